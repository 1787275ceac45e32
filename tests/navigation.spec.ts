import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { watchConsole } from "./helpers/console.ts";
import { DIST, isConceptRoute, prerenderedPages, worksheetKind } from "./helpers/site.ts";

const PHONE = { width: 360, height: 740 };
const CONCEPTS = prerenderedPages()
  .filter((p) => isConceptRoute(p.route))
  .map((p) => p.route);

/** The visible concept entries of the index, by link text. */
async function visibleTitles(page: Page): Promise<string[]> {
  return page.locator("li[data-concept-slug]:visible > a").allTextContents();
}

test.describe("index search and filter", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/");
  });

  test("typing an alias (QKV) or a word of the title (projection) finds Q, K, and V Projections", async ({ page }) => {
    const search = page.getByRole("searchbox", { name: "Search concepts" });
    await search.fill("QKV");
    expect(await visibleTitles(page)).toEqual(["Q, K, and V Projections"]);
    await expect(page.getByRole("status").filter({ hasText: "shown" })).toHaveText(/^1 of \d+ concepts shown\.$/);
    await search.fill("projection");
    expect(await visibleTitles(page)).toContain("Q, K, and V Projections");
    // A category left without matches is hidden with its heading.
    await search.fill("softmax function");
    await expect(page.getByRole("heading", { level: 2, name: "Foundations" })).toBeHidden();
  });

  test("is keyboard friendly: Tab reaches the box, Enter does not reload, Escape-free clearing restores the list", async ({
    page,
  }) => {
    const total = await page.locator("li[data-concept-slug]").count();
    await page.keyboard.press("Tab"); // skip link
    let presses = 0;
    while (!(await page.getByRole("searchbox").evaluate((el) => el === document.activeElement)) && presses++ < 10)
      await page.keyboard.press("Tab");
    await page.keyboard.type("mask");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/$/);
    expect(await visibleTitles(page)).toContain("Causal Masking");
    await page.getByRole("searchbox").fill("");
    expect((await visibleTitles(page)).length).toBe(total);
    await expect(page.locator("[data-search-count]")).toHaveText(`All ${total} concepts shown.`);
  });

  test("the required-only filter shows exactly the entries with the badge", async ({ page }) => {
    const required = await page.locator("li[data-concept-slug]:has(.badge-required) > a").allTextContents();
    await page.getByRole("checkbox", { name: "Required concepts only" }).check();
    expect(await visibleTitles(page)).toEqual(required);
    await expect(page.locator("li[data-concept-slug]:visible .badge-required")).toHaveCount(required.length);
  });

  test("no match says so and offers the whole list; regex characters and very long input are harmless", async ({
    page,
  }) => {
    const problems = watchConsole(page);
    const search = page.getByRole("searchbox", { name: "Search concepts" });
    for (const odd of [".*", "[(", "\\", "a|b", "x".repeat(5000)]) {
      await search.fill(odd);
      expect(await visibleTitles(page), odd.slice(0, 20)).toEqual([]);
      await expect(page.getByText(/No concept matches/).first()).toBeVisible();
    }
    await expect(page.locator("[data-search-count]")).toHaveText("No concepts match.");
    await page.getByRole("button", { name: "show all concepts" }).click();
    await expect(search).toHaveValue("");
    await expect(search).toBeFocused();
    expect((await visibleTitles(page)).length).toBeGreaterThan(5);
    problems.expectNone("while searching odd input");
  });

  test("each entry carries data-concept-slug, and the list is complete without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.getByRole("searchbox")).toHaveCount(0); // hidden: it needs JavaScript
    const slugs = await page
      .locator("li[data-concept-slug]")
      .evaluateAll((items) => items.map((li) => `/concepts/${(li as HTMLElement).dataset.conceptSlug}/`));
    expect(slugs.sort()).toEqual([...CONCEPTS].sort());
    await expect(page.locator("[data-progress-controls]")).toHaveCount(1);
    await context.close();
  });
});

test.describe("concept page navigation", () => {
  test("breadcrumb, before this, used by and previous / next link where the catalogue says", async ({ page }) => {
    await page.goto("/concepts/qkv-projections/");
    const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
    await expect(crumbs.getByRole("link")).toHaveText(["All concepts", "Foundations"]);
    const related = page.getByRole("navigation", { name: "Related concepts" });
    await expect(related.getByRole("link", { name: "Token Embeddings" })).toHaveAttribute(
      "href",
      "/concepts/token-embeddings/",
    );
    await expect(related.getByRole("link", { name: "Attention Scores QKᵀ" })).toHaveAttribute(
      "href",
      "/concepts/attention-scores/",
    );
    const pager = page.getByRole("navigation", { name: "Previous and next concept" });
    await expect(pager.locator('a[rel="prev"]')).toHaveAttribute("href", "/concepts/matrix-vector-projection/");
    await expect(pager.locator('a[rel="next"]')).toHaveAttribute("href", "/concepts/attention-scores/");
    await crumbs.getByRole("link", { name: "Foundations" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Foundations" })).toBeInViewport();
  });

  test("following next from the first concept visits every concept page in reading order, ending without a next link", async ({
    page,
  }) => {
    // Fifteen page loads, each waited for in full.
    test.setTimeout(90_000);
    await page.goto("/");
    const order = await page
      .locator("li[data-concept-slug] > a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    await page.goto(order[0]!);
    for (const expected of order.slice(1)) {
      await page.locator('a[rel="next"]').click();
      await page.waitForURL((url) => url.pathname === expected);
    }
    await expect(page.locator('a[rel="next"]')).toHaveCount(0);
  });

  test("the table of contents links to headings with stable ids, and each heading's link copies its URL", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/concepts/softmax/");
    const toc = page.getByRole("navigation", { name: "On this page" });
    const first = toc.getByRole("link").first();
    const id = (await first.getAttribute("href"))!.slice(1);
    expect(id).toMatch(/^[a-z0-9-]+$/);
    await first.click();
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();

    const heading = page.locator(`h2[id="${id}"]`);
    const copy = heading.getByRole("link", { name: /^Copy link to section: / });
    await copy.focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("[data-copy-status]")).toHaveText(/copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      new URL(`/concepts/softmax/#${id}`, page.url()).href,
    );
  });

  test("heading ids are unique on every concept page, and every table-of-contents entry has its heading", async ({
    page,
  }) => {
    // The ids and the contents are in the served HTML: no need to wait for the page's load event.
    for (const route of CONCEPTS) {
      await page.goto(route, { waitUntil: "domcontentloaded" });
      const { ids, missing } = await page.evaluate(() => ({
        ids: [...document.querySelectorAll("[id]")].map((element) => element.id),
        missing: [...document.querySelectorAll<HTMLAnchorElement>(".toc a")]
          .map((link) => link.getAttribute("href")!)
          .filter((href) => document.querySelectorAll(`h2${href}, h3${href}`).length !== 1),
      }));
      expect(new Set(ids).size, `${route}: duplicate ids`).toBe(ids.length);
      expect(missing, `${route}: contents entries without their one heading`).toEqual([]);
    }
  });

  test("title, description, canonical and link-preview tags are set, and the preview image is a PNG", async ({
    page,
    request,
  }) => {
    await page.goto("/concepts/qkv-projections/");
    await expect(page).toHaveTitle("Q, K, and V Projections · Attention, by Hand");
    const meta = (selector: string) => page.locator(selector).getAttribute("content");
    expect(await meta('meta[name="description"]')).toMatch(/remixed/);
    expect(await meta('meta[property="og:title"]')).toBe("Q, K, and V Projections");
    expect(await meta('meta[property="og:type"]')).toBe("article");
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(/\/concepts\/qkv-projections\/$/);
    // `npm test` builds with SITE_URL (see package.json, build:test), so the absolute tags are there.
    await expect(
      page.locator('meta[property="og:image"]'),
      "og:image (is the build missing SITE_URL?)",
    ).toHaveAttribute("content", /^https?:\/\/.+\/og\/qkv-projections\.png$/);
    expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
    const png = await request.get("/og/qkv-projections.png");
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
  });
});

test.describe("404, sitemap and robots", () => {
  test("the 404 page searches the concepts and says when nothing matches", async ({ page }) => {
    const response = await page.goto("/no/such/page/");
    expect(response?.status()).toBe(404);
    const search = page.getByRole("searchbox", { name: "Search concepts" });
    await search.fill("qkv");
    await expect(page.locator("[data-search-results]").getByRole("link")).toHaveText(["Q, K, and V Projections"]);
    await search.fill("(((" + "z".repeat(3000));
    await expect(page.locator("[data-search-count]")).toContainText("No concept matches");
    await page.locator("[data-search-count]").getByRole("link", { name: "Browse all concepts" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "All concepts" })).toBeVisible();
  });

  test("robots.txt is served and names sitemap.xml, which lists every page except 404 and the embed pages", async ({
    request,
  }) => {
    const robots = await request.get("/robots.txt");
    expect(robots.status()).toBe(200);
    expect(await robots.text()).toContain("User-agent: *");
    const sitemapFile = join(DIST, "sitemap.xml");
    expect(existsSync(sitemapFile), "sitemap.xml (is the build missing SITE_URL? npm test sets it)").toBe(true);
    const xml = readFileSync(sitemapFile, "utf8");
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    // Embed pages are for iframes: noindex, with the concept page as their canonical. Worksheets
    // and answer keys are printouts of a page's exercises, reached from the page.
    const listed = prerenderedPages()
      .filter((p) => worksheetKind(p) === undefined)
      .map((p) => p.route)
      .filter((r) => r !== "/404.html" && !r.startsWith("/embed/"));
    expect(locs.sort()).toEqual(listed.sort());
    expect(await robots.text()).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
  });

  test("the favicon is served", async ({ request }) => {
    expect((await request.get("/favicon.svg")).status()).toBe(200);
  });
});

test.describe("360 px", () => {
  test.use({ viewport: PHONE });

  test("header, search, concept map and a concept page fit without sideways scrolling; controls are at least 24 px", async ({
    page,
  }) => {
    for (const route of ["/", "/map/", "/404.html", "/concepts/multi-head-attention/"]) {
      await page.goto(route);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth, route).toBeLessThanOrEqual(clientWidth);
      const small = await page
        .locator(
          "header a, header select, .concept-search input, .related-list a, .pager a, .heading-link, .map-list a",
        )
        .evaluateAll((els) =>
          els
            .filter((el) => {
              const box = el.getBoundingClientRect();
              return box.width > 0 && box.height < 24;
            })
            .map((el) => el.outerHTML.slice(0, 80)),
        );
      expect(small, `${route}: targets under 24 px high`).toEqual([]);
    }
  });
});
