import { expect, test, type Locator, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { wakeIsland } from "./helpers/site.ts";

/**
 * Download SVG and Download PNG of a worked example: the projection on the Q, K and V page,
 * x = (2, 3), W = [[1, 10], [0, −1]], so y = (2, 17).
 */
const ROUTE = "/concepts/qkv-projections/";
const EXAMPLE = "qkv-projection";
const STEM = "qkv-projections-qkv-projection";
/** Every number the matrices show: x, then W row by row, then y. */
const NUMBERS = ["2", "3", "1", "10", "0", "−1", "17"];
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function openExample(page: Page) {
  await page.goto(ROUTE);
  await wakeIsland(page, EXAMPLE);
  const frame = page.locator(`[data-example-frame="${EXAMPLE}"]`);
  await frame.scrollIntoViewIfNeeded();
  return frame;
}

/** The example's size in CSS px, rounded up as the export rounds it. */
function figureSize(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate((id) => {
    const rect = document.querySelector(`.example[data-example="${id}"]`)!.getBoundingClientRect();
    return { width: Math.ceil(rect.width), height: Math.ceil(rect.height) };
  }, EXAMPLE);
}

/** Clicks a toolbar button of an open example and returns the file it downloads. */
async function save(page: Page, frame: Locator, name: "Download SVG" | "Download PNG") {
  await frame.getByRole("button", { name: "Share", exact: true }).click();
  const [file] = await Promise.all([page.waitForEvent("download"), frame.getByRole("menuitem", { name }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** Opens the example, runs `prepare` on it, and returns the file a toolbar button downloads. */
async function download(
  page: Page,
  name: "Download SVG" | "Download PNG",
  prepare?: (frame: Locator) => Promise<void>,
) {
  const frame = await openExample(page);
  await prepare?.(frame);
  return save(page, frame, name);
}

/** What the browser's own XML parser finds in an SVG document. */
function parseSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "image/svg+xml");
    const root = doc.documentElement;
    const ids = new Set([...doc.querySelectorAll("[id]")].map((e) => e.id));
    const refs = [...source.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1] ?? "");
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      namespace: root.namespaceURI,
      width: Number(root.getAttribute("width")),
      height: Number(root.getAttribute("height")),
      viewBox: root.getAttribute("viewBox"),
      title: root.querySelector(":scope > title")?.textContent ?? null,
      background: root.querySelector(":scope > rect")?.getAttribute("fill") ?? null,
      texts: [...doc.querySelectorAll("text")].map((t) => t.textContent?.trim() ?? ""),
      danglingRefs: refs.filter((id) => !ids.has(id)),
      externalRefs: [...doc.querySelectorAll("image, [href]:not([href^='#'])")].length,
    };
  }, text);
}

/** Relative luminance (0 black … 1 white) of an "rgb(r,g,b)" colour. */
function luminance(rgb: string | null): number {
  const [r = 0, g = 0, b = 0] = (rgb ?? "").match(/\d+/g)?.map(Number) ?? [];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

test.describe("Download SVG and Download PNG", () => {
  test("Download SVG saves a valid, standalone SVG of the example with every number shown", async ({ page }) => {
    const { name, bytes } = await download(page, "Download SVG");
    const size = await figureSize(page);
    expect(name).toBe(`${STEM}.svg`);
    const parsed = await parseSvg(page, bytes.toString("utf8"));
    expect(parsed.error).toBeNull();
    expect(parsed.namespace).toBe("http://www.w3.org/2000/svg");
    // As wide as the example; as high, less the text alternative under it, which is not drawn.
    expect(parsed.width).toBe(size.width);
    expect(parsed.height).toBeLessThanOrEqual(size.height);
    expect(parsed.height).toBeGreaterThan(size.height / 3);
    expect(parsed.viewBox).toBe(`0 0 ${parsed.width} ${parsed.height}`);
    expect(parsed.title).toBe("Worked projection example");
    for (const n of NUMBERS) expect(parsed.texts, `the number ${n}`).toContain(n);
    expect(parsed.texts.filter((t) => t === "2").length, "2 appears as x₀ and as y₀").toBeGreaterThanOrEqual(2);
    expect(parsed.danglingRefs).toEqual([]);
    expect(parsed.externalRefs).toBe(0);
    expect(luminance(parsed.background), "light theme: light background").toBeGreaterThan(0.8);
  });

  test("Download SVG keeps what is inspected: the expansion of y₁ and the thick outline of its cell", async ({
    page,
  }) => {
    const { bytes } = await download(page, "Download SVG", async (frame) => {
      await frame.getByRole("button", { name: "y₁ = 17" }).click();
      await expect(frame.locator(".expansion").first()).toHaveText("y₁ = 2·10 + 3·(−1) = 17");
    });
    const text = bytes.toString("utf8");
    const parsed = await parseSvg(page, text);
    expect(parsed.texts).toContain("y₁ = 2·10 + 3·(−1) = 17");
    // The inspected cell's 3 px solid border; the ingredients' 2 px dashed ones.
    expect(text).toMatch(/<rect [^>]*stroke-width="3"(?![^>]*stroke-dasharray)[^>]*\/>/);
    expect(text.match(/<rect [^>]*stroke-width="2" stroke-dasharray="6 4"\/>/g)?.length).toBe(4);
  });

  test("the exported SVG renders on its own as an image of the same size", async ({ page, context }) => {
    const { bytes } = await download(page, "Download SVG");
    const size = await parseSvg(page, bytes.toString("utf8"));
    const blank = await context.newPage();
    await blank.setContent("<!doctype html><title>render</title>");
    const rendered = await blank.evaluate(async (source) => {
      const image = new Image();
      image.src = `data:image/svg+xml;base64,${btoa(String.fromCharCode(...new TextEncoder().encode(source)))}`;
      await image.decode();
      const inline = new DOMParser().parseFromString(source, "image/svg+xml").documentElement;
      document.body.append(document.importNode(inline, true));
      const box = document.body.lastElementChild!.getBoundingClientRect();
      return { image: [image.naturalWidth, image.naturalHeight], inline: [box.width, box.height] };
    }, bytes.toString("utf8"));
    expect(rendered.image).toEqual([size.width, size.height]);
    expect(rendered.inline).toEqual([size.width, size.height]);
  });

  test("Download PNG saves a PNG at twice the size of the SVG figure", async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    // Both from one page load: the web font is `font-display: optional`, so a second load may
    // lay the text out in a different font, and the figure's height with it.
    const frame = await openExample(page);
    const { name, bytes } = await save(page, frame, "Download PNG");
    const svg = await save(page, frame, "Download SVG");
    const size = await parseSvg(page, svg.bytes.toString("utf8"));
    expect(size.width).toBe((await figureSize(page)).width);
    expect(name).toBe(`${STEM}.png`);
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
    expect({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }).toEqual({
      width: 2 * size.width,
      height: 2 * size.height,
    });
    expect(errors).toEqual([]);
  });

  test.describe("in the dark theme", () => {
    test.use({ colorScheme: "dark" });

    test("Download SVG draws the example on its dark background", async ({ page }) => {
      const { bytes } = await download(page, "Download SVG");
      const parsed = await parseSvg(page, bytes.toString("utf8"));
      expect(parsed.error).toBeNull();
      expect(luminance(parsed.background)).toBeLessThan(0.2);
      for (const n of NUMBERS) expect(parsed.texts, `the number ${n}`).toContain(n);
    });
  });
});
