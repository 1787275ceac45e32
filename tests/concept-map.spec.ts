import { expect, test } from "@playwright/test";
import { isConceptRoute, prerenderedPages } from "./helpers/site.ts";

const CONCEPTS = prerenderedPages()
  .filter((p) => isConceptRoute(p.route))
  .map((p) => p.route);

test.describe("concept map", () => {
  test("has one box per concept, each a link to its page, required ones marked in words", async ({ page }) => {
    await page.goto("/map/");
    const nodes = page.locator("svg.concept-map-wide a.map-node");
    const hrefs = await nodes.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs.sort()).toEqual([...CONCEPTS].sort());
    for (const node of await nodes.all()) {
      const required = (await node.getAttribute("data-required")) === "true";
      await expect(node.locator("text")).toContainText(required ? "(Required)" : /^((?!Required).)*$/);
    }
    await page
      .getByRole("link", { name: /^Softmax/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/concepts\/softmax\/$/);
  });

  test("every arrow joins two boxes and points from the required concept down to the one that needs it", async ({
    page,
  }) => {
    await page.goto("/map/");
    const arrows = await page.locator(".concept-map-wide .map-edges path").evaluateAll((paths) =>
      paths.map((p) => ({
        from: p.getAttribute("data-from")!,
        to: p.getAttribute("data-to")!,
        box: (p as SVGPathElement).getBBox(),
      })),
    );
    expect(arrows.length).toBeGreaterThan(0);
    for (const { from, to } of arrows) {
      const fromBox = await page
        .locator(`a[data-slug="${from}"] rect`)
        .first()
        .evaluate((r) => (r as SVGRectElement).getBBox().y);
      const toBox = await page
        .locator(`a[data-slug="${to}"] rect`)
        .first()
        .evaluate((r) => (r as SVGRectElement).getBBox().y);
      expect(toBox, `${from} → ${to}`).toBeGreaterThan(fromBox);
    }
  });

  test("reads without JavaScript, with the nested list as its text version", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/map/");
    await expect(page.locator("svg.concept-map-wide a.map-node")).toHaveCount(CONCEPTS.length);
    const list = page.locator("ul.map-list");
    await expect(list.locator(":scope > li")).not.toHaveCount(0);
    await expect(list.locator(":scope > li > ul > li > a", { hasText: "Q, K, and V Projections" })).toHaveCount(1);
    await expect(list.getByRole("list", { name: "Q, K, and V Projections builds on" }).getByRole("link")).toHaveText([
      "Token Embeddings",
      "Vector × Matrix as a Projection",
    ]);
    await context.close();
  });

  // axe runs on the map in both themes in tests/site.spec.ts; tests/theme.spec.ts checks that the
  // theme chosen with the switch paints it as the system theme does.
  test("is linked from the header and the index", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Concept map" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Concept map" })).toBeVisible();
    await page.goto("/");
    await expect(page.locator("main").getByRole("link", { name: "concept map" })).toHaveAttribute("href", "/map/");
  });

  test("at 360 px the map is drawn narrow and fits without scrolling sideways", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/map/");
    const sizes = await page.evaluate(() => ({
      doc: document.documentElement.scrollWidth,
      view: document.documentElement.clientWidth,
    }));
    expect(sizes.doc).toBeLessThanOrEqual(sizes.view);
    await expect(page.locator("svg.concept-map-wide")).toBeHidden();
    await expect(page.locator("svg.concept-map-narrow a.map-node")).toHaveCount(CONCEPTS.length);
    const box = page.locator(".concept-map-scroll");
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(false);
  });
});
