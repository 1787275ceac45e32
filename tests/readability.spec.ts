import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { woffToSfnt } from "../build/woff.ts";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { pageOverflow, smallestFigureText } from "../scripts/bench/readability-probe.mjs";
import { iframeSnippet } from "../src/frame/links.ts";
import { openEditable } from "./helpers/editing.ts";
import { prerenderedPages, sampledPages, wakeAllIslands } from "./helpers/site.ts";

/**
 * Readable everywhere (issue 15): on a phone no figure text is drawn below 11 CSS px and no page
 * scrolls sideways; the Share menu works by keyboard; downloads leave the screen's instructions
 * out; an embed in a page on another origin follows its example's height.
 */

const PHONE = { width: 360, height: 800 };
const MIN_FIGURE_TEXT_PX = 11;
const QKV = "/concepts/qkv-projections/";
const ID = "qkv-projection";

test.describe("at 360 px", () => {
  test.use({ viewport: PHONE });

  test("every page draws its figure text at 11 px or more and does not scroll sideways", async ({ page }) => {
    test.setTimeout(180_000);
    const problems: string[] = [];
    for (const { route } of sampledPages(prerenderedPages())) {
      await page.goto(route);
      await wakeAllIslands(page);
      // Every step of a tabbed walk-through at once, as without JavaScript, so all are measured.
      await page.evaluate(() => {
        for (const panel of document.querySelectorAll<HTMLElement>(".step-tab[hidden]")) panel.hidden = false;
      });
      const smallest = await page.evaluate(smallestFigureText);
      const overflow = await page.evaluate(pageOverflow);
      if (smallest !== null && smallest.px < MIN_FIGURE_TEXT_PX)
        problems.push(`${route}: "${smallest.text}" is drawn at ${smallest.px} px`);
      if (overflow > 0) problems.push(`${route}: the page is ${overflow} px wider than the screen`);
    }
    expect(problems).toEqual([]);
  });

  test("the attention map grown to its longest sentence keeps its labels at 11 px and scrolls inside its frame", async ({
    page,
  }) => {
    const ex = await openEditable(page, "/concepts/self-attention-map/", "cat-sat-map");
    await ex.tool("Edit numbers").click();
    const grow = ex.frame.locator('.example-sizes button[aria-label^="Add one"]:not([disabled])');
    await expect(grow.first()).toBeVisible();
    for (let guard = 0; guard < 20 && (await grow.count()) > 0; guard++) await grow.first().click();
    await ex.frame.getByRole("button", { name: "Done editing", exact: true }).click();
    await expect(ex.frame.locator(".attention-map .heat-cell")).not.toHaveCount(36);
    const smallest = await page.evaluate(smallestFigureText);
    expect(smallest?.px).toBeGreaterThanOrEqual(MIN_FIGURE_TEXT_PX);
    expect(await page.evaluate(pageOverflow)).toBe(0);
  });
});

test("the Share menu opens, moves and closes by keyboard, and its entries keep their names", async ({ page }) => {
  const ex = await openEditable(page, QKV, ID);
  const share = ex.tool("Share");
  await expect(share).toHaveAttribute("aria-haspopup", "menu");
  await share.focus();
  await page.keyboard.press("Enter");
  await expect(share).toHaveAttribute("aria-expanded", "true");
  const menu = ex.frame.getByRole("menu");
  await expect(menu.getByRole("menuitem")).toHaveText([
    "Copy link",
    "Embed",
    "Add to lesson",
    "Download SVG",
    "Download PNG",
  ]);
  await expect(menu.getByRole("menuitem", { name: "Copy link" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(menu.getByRole("menuitem", { name: "Embed" })).toBeFocused();
  await page.keyboard.press("End");
  await expect(menu.getByRole("menuitem", { name: "Download PNG" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(menu.getByRole("menuitem", { name: "Copy link" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(share).toBeFocused();

  // ↑ opens on the last entry; Enter chooses, closes the menu and returns to the button.
  await page.keyboard.press("ArrowUp");
  await expect(menu.getByRole("menuitem", { name: "Download PNG" })).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(menu.getByRole("menuitem", { name: "Embed" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(menu).toBeHidden();
  await expect(share).toBeFocused();
  await expect(ex.frame.locator(".example-embed textarea")).toBeVisible();
});

test("Download SVG leaves out the instructions and the tools", async ({ page }) => {
  const ex = await openEditable(page, QKV, ID);
  await expect(ex.example).toContainText("Hover, focus or tap");
  await ex.tool("Share").click();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    ex.frame.getByRole("menuitem", { name: "Download SVG" }).click(),
  ]);
  const svg = await readFile(await file.path(), "utf8");
  expect(svg).toContain("17");
  for (const text of ["Hover", "focus or tap", "Edit numbers", "Share", "Copy link"]) expect(svg).not.toContain(text);
});

test("Download SVG carries the site font: without any system font it renders each label as wide as on screen", async ({
  page,
}) => {
  const ex = await openEditable(page, QKV, ID);
  await ex.tool("Share").click();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    ex.frame.getByRole("menuitem", { name: "Download SVG" }).click(),
  ]);
  const svg = await readFile(await file.path(), "utf8");

  // The faces it embeds, written out as the TrueType files they wrap, are the only fonts resvg gets.
  const faces = [...svg.matchAll(/font-weight:(\d+);src:url\(data:font\/woff;base64,([A-Za-z0-9+/=]+)\)/g)];
  expect(faces.map(([, weight]) => weight).sort()).toEqual(["400", "600"]);
  const dir = await mkdtemp(join(tmpdir(), "export-font-"));
  const fontFiles = await Promise.all(
    faces.map(async ([, weight, data]) => {
      const path = join(dir, `plex-${weight}.ttf`);
      await writeFile(path, woffToSfnt(Buffer.from(data!, "base64")));
      return path;
    }),
  );
  const inkWidth = (doc: string, withFont: boolean) =>
    new Resvg(doc, { font: { loadSystemFonts: false, fontFiles: withFont ? fontFiles : [] } }).getBBox()?.width ?? 0;

  // Each label in the site font, drawn alone without the width the screen measured (textLength):
  // its glyphs' width from the embedded font alone must match that measured width.
  const labels = [...svg.matchAll(/<text ([^>]*textLength="([\d.]+)"[^>]*)>([^<]{6,})<\/text>/g)]
    .filter(([, attributes]) => attributes!.includes("IBM Plex Sans"))
    .slice(0, 8);
  expect(labels.length).toBeGreaterThanOrEqual(4);
  for (const [, attributes, screenWidth, text] of labels) {
    const bare = attributes!.replace(/ (textLength|lengthAdjust)="[^"]*"/g, "");
    const alone = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="100"><text ${bare.replace(/ x="[^"]*"/, ' x="10"').replace(/ y="[^"]*"/, ' y="50"')}>${text}</text></svg>`;
    expect(inkWidth(alone, false), `"${text}" has no font to draw with unless the file brings one`).toBe(0);
    const drawn = inkWidth(alone, true);
    // Ink is narrower than the advance by the first and last glyphs' side bearings (about 1 px each).
    expect(
      Math.abs(drawn - Number(screenWidth)),
      `"${text}": ${drawn} px drawn, ${screenWidth} px on screen`,
    ).toBeLessThanOrEqual(0.03 * Number(screenWidth) + 3);
  }
});

test("the text version of an example is a closed disclosure with JavaScript, open without", async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(QKV);
    const words = page.getByRole("region", { name: "Worked projection example in words" });
    await expect(words.locator("details")).toHaveJSProperty("open", !javaScriptEnabled);
    await expect(words.getByText("The example in words")).toBeVisible();
    await context.close();
  }
});

test.describe("an embed on another origin", () => {
  let host: Server;
  let hostOrigin = "";
  test.beforeAll(async () => {
    host = createServer((request, response) => {
      const src = new URL(request.url ?? "/", "http://x").searchParams.get("src") ?? "";
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      // The snippet the Embed entry gives out, with a height far from the right one.
      response.end(
        `<!doctype html><html lang="en"><title>Course</title><body style="margin:0">${iframeSnippet(src, "Worked example", 300)}</body></html>`,
      );
    });
    await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
    hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

  test("grows and shrinks its frame with the example as it is edited", async ({ page, baseURL }) => {
    await page.goto(`${hostOrigin}/?src=${encodeURIComponent(`${baseURL}/embed/qkv-projections/${ID}/`)}`);
    const iframe = page.locator("iframe");
    const frame = page.frameLocator("iframe");
    // An embedded example wakes when the reader acts on it: point at it, as a reader would.
    await frame.locator(`#${ID}`).hover();
    await expect(frame.locator(`#${ID}[data-hydrated]`)).toHaveCount(1, { timeout: 10_000 });
    const fits = async () => {
      const inner = await frame.locator("body").evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
      const outer = await iframe.evaluate((element) => element.getBoundingClientRect().height);
      return Math.abs(inner - outer) <= 1 ? outer : -1;
    };
    await expect.poll(fits).toBeGreaterThan(300);
    const before = await fits();

    await frame.getByRole("button", { name: "Edit numbers", exact: true }).click();
    await expect(frame.locator(".example-editor")).toBeVisible();
    await expect.poll(fits).toBeGreaterThan(before);

    await frame.getByRole("button", { name: "Done editing", exact: true }).click();
    await expect.poll(fits).toBe(before);
  });
});
