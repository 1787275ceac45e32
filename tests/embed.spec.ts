import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type FrameLocator, type Page } from "@playwright/test";
import { checkA11y } from "./helpers/a11y.ts";
import { watchConsole } from "./helpers/console.ts";
import { wakeIsland } from "./helpers/site.ts";

/** The Q, K, V example alone: x = (2, 3), W = [[1, 10], [0, −1]], so y = (2, 17). */
const EMBED = "/embed/qkv-projections/qkv-projection/";
const CONCEPT = "/concepts/qkv-projections/";
const SOURCE_LINK = "From Q, K, and V Projections · Attention, by Hand (opens in a new tab)";
const PHONE = { width: 360, height: 740 };

/** The note src/chrome/example-links.ts puts at the top of a concept page for an unknown id. */
const note = (page: Page) => page.locator("main > [data-unknown-example]");

/** The path, query and hash of a link's href, as the browser resolved it. */
async function linkTarget(page: Page) {
  const href = await page
    .getByRole("link", { name: SOURCE_LINK, exact: true })
    .evaluate((a: HTMLAnchorElement) => a.href);
  const url = new URL(href);
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The projection example's output buttons and readout, inside a page or a frame. */
function projection(root: Page | FrameLocator) {
  const example = root.getByRole("group", { name: "Worked projection example", exact: true });
  const outputs = example.getByRole("group", { name: "Projected vector y: inspect a component", exact: true });
  return {
    output: (name: string) => outputs.getByRole("button", { name, exact: true }),
    expansion: example.locator(".readout .expansion"),
  };
}

test.describe("an embed page alone", () => {
  test("shows the example hydrated without the site frame, marked noindex, with a link to the full page", async ({
    page,
  }) => {
    const problems = watchConsole(page);
    await page.goto(`${EMBED}?qkv-projection.x=2,3`);
    await wakeIsland(page, "qkv-projection");
    await expect(page.locator("[data-island]")).toHaveCount(1);
    await expect(page.locator("#qkv-projection[data-island][data-hydrated]")).toHaveCount(1);
    await expect(page.locator("body")).toHaveAttribute("data-embed", "");
    await expect(page.locator("header, nav, footer, .breadcrumb, .toc, [data-theme-switch], .skip-link")).toHaveCount(
      0,
    );
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(/\/concepts\/qkv-projections\/$/);

    const link = page.getByRole("link", { name: SOURCE_LINK, exact: true });
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(link).toHaveAttribute("rel", "noopener");
    expect(await linkTarget(page)).toBe(`${CONCEPT}?qkv-projection.x=2%2C3#qkv-projection`);

    // The example rewrites the query as the learner edits; the link follows when it is reached.
    await page.evaluate(() => history.replaceState(null, "", "?qkv-projection.x=4,1&theme=dark"));
    await link.focus();
    expect(await linkTarget(page)).toBe(`${CONCEPT}?qkv-projection.x=4%2C1#qkv-projection`);
    problems.expectNone("on load and after hydration");
  });

  test("works at 360 px with no sideways scroll and no axe violation, in light and dark", async ({ page }) => {
    await page.setViewportSize(PHONE);
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(EMBED);
      await wakeIsland(page, "qkv-projection");
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth, `scrollWidth at 360 px (${colorScheme})`).toBeLessThanOrEqual(clientWidth);
      await checkA11y(page, `${EMBED} (${colorScheme}, 360 px)`);
    }
  });

  test("?theme=dark or light forces that theme; any other value is ignored", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.goto(EMBED);
    const light = await background();
    await page.goto(`${EMBED}?theme=dark`);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    expect(await background()).not.toBe(light);
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(`${EMBED}?theme=light`);
    expect(await background()).toBe(light);
    await page.goto(`${EMBED}?theme=%3Cb%3Ex`);
    await expect(page.locator("html")).not.toHaveAttribute("data-theme", /./);
  });
});

test.describe("an embed page in an iframe", () => {
  /**
   * A course page on another origin (same host, another port) that frames `src`: a small server
   * of its own, since the browser lets `frame-ancestors *` match http(s) parents only, not the
   * test's blank page.
   */
  let parent: Server;
  let parentOrigin = "";
  test.beforeAll(async () => {
    parent = createServer((request, response) => {
      const src = new URL(request.url ?? "/", "http://x").searchParams.get("src") ?? "";
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      response.end(
        `<!doctype html><html lang="en"><title>Course</title><iframe title="Worked example" width="720" height="640" src="${src.replace(/"/g, "")}"></iframe></html>`,
      );
    });
    await new Promise<void>((resolve) => parent.listen(0, "127.0.0.1", resolve));
    parentOrigin = `http://127.0.0.1:${(parent.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => parent.close(() => resolve())));

  const framing = (baseURL: string, path: string) => `${parentOrigin}/?src=${encodeURIComponent(`${baseURL}${path}`)}`;

  test("wakes inside a page on another origin when pointed at, and hover and focus inspect the same numbers", async ({
    page,
    baseURL,
  }) => {
    await page.goto(framing(baseURL!, EMBED));
    const frame = page.frameLocator("iframe");
    await expect(frame.locator("#qkv-projection")).toHaveCount(1);
    // Shown in full but not woken until the reader acts on it: the hover that wakes it is shown.
    await expect(frame.locator("#qkv-projection[data-hydrated]")).toHaveCount(0);

    const example = projection(frame);
    await example.output("y₁ = 17").hover();
    await expect(frame.locator("#qkv-projection[data-hydrated]")).toHaveCount(1, { timeout: 10_000 });
    await expect(example.expansion).toHaveText("y₁ = 2·10 + 3·(−1) = 17");
    await page.mouse.move(0, 0);
    await example.output("y₀ = 2").focus();
    await expect(example.expansion).toHaveText("y₀ = 2·1 + 3·0 = 2");
  });

  test("a concept page is refused in a frame on another origin", async ({ page, baseURL }) => {
    const answered = page.waitForEvent("response", (response) => response.url().endsWith(CONCEPT));
    await page.goto(framing(baseURL!, CONCEPT));
    expect((await answered).status()).toBe(200);
    // Chromium replaces a frame its policy refuses with its own error page.
    await expect.poll(() => page.frames().map((frame) => frame.url())).toContain("chrome-error://chromewebdata/");
    await expect(page.frameLocator("iframe").locator("main")).toHaveCount(0);
  });

  test("the embed page may be framed by any site, a concept page only by the site itself", async ({ request }) => {
    const ancestors = async (path: string) => {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      return /frame-ancestors ([^;]+)/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
    };
    expect(await ancestors(EMBED)).toBe("*");
    expect(await ancestors(CONCEPT)).toBe("'self'");
    expect(await ancestors("/")).toBe("'self'");
  });
});

test.describe("a link to an example id that is not on the page", () => {
  test("?nope.x=1 and #nope open the page with a note naming “nope”", async ({ page }) => {
    for (const path of [`${CONCEPT}?nope.x=1`, `${CONCEPT}#nope`]) {
      await page.goto(path);
      await expect(note(page), path).toHaveText(
        "This link points to an example called “nope”, which is not on this page: it may have been renamed or removed. The page shows its examples as written.",
      );
      await expect(page.locator("#qkv-projection")).toHaveCount(1);
    }
  });

  test("shows markup in an id as literal text and creates no element from it", async ({ page }) => {
    await page.goto(`${CONCEPT}?%3Cimg%20src%3Dx%3E.x=1`);
    await expect(note(page)).toContainText("called “<img src=x>”");
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(note(page).locator("*")).toHaveCount(0);
  });

  test("a known example, a heading, an exercise seed and ?step show no note", async ({ page }) => {
    for (const [path, id] of [
      [`${CONCEPT}?qkv-projection.x=2,3#qkv-projection`, "qkv-projection"],
      [`${CONCEPT}#why-three-versions-of-the-same-token`, "qkv-projection"],
      [`${CONCEPT}?seed.qkv-check-2=42`, "qkv-check"],
      ["/concepts/kv-cache/?step=2", "kv-steps"],
    ] as const) {
      await page.goto(path);
      await wakeIsland(page, id);
      await expect(note(page), path).toHaveCount(0);
    }
  });

  // axe with the note shown runs in tests/site.spec.ts (the qkv page is scanned with ?nope.x=1).
  test("names every missing example in one note", async ({ page }) => {
    await page.goto(`${CONCEPT}?nope.x=1&gone.W=1#also-gone`);
    await expect(note(page)).toContainText("examples called “nope”, “gone” and “also-gone”");
  });
});

test("an embed URL for an unknown example, an exercise or an unknown concept answers 404", async ({ request }) => {
  for (const path of [
    "/embed/qkv-projections/nope/",
    "/embed/qkv-projections/qkv-check/",
    "/embed/nope/qkv-projection/",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain("Page not found");
  }
});
