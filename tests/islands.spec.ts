/**
 * Islands wake when a reader comes near (src/islands/boot.ts): once per way of waking, on one
 * example, since every island goes through the same boot step. Nothing is loaded on first view; an
 * island wakes when scrolled within a screen of the window, when a link targets it, or when a
 * reader points, taps, tabs or presses inside it, and what the reader did before it woke is shown.
 */
import { expect, test, type Page } from "@playwright/test";
import { isConceptRoute, isEmbed, prerenderedPages, worksheetKind } from "./helpers/site.ts";
import { DESKTOP } from "./helpers/example-inspection.ts";
import { OUTPUTS, expectInspected, projectionExample, tabUntilFocused } from "./helpers/projection-example.ts";

const QKV = "/concepts/qkv-projections/";

/** Islands hydrated, and those still waking, on the page now. */
function awake(page: Page) {
  return page.evaluate(() => ({
    hydrated: [...document.querySelectorAll("[data-island][data-hydrated]")].map((island) => island.id),
    waking: document.querySelectorAll("[data-island][data-island-waking]").length,
  }));
}

/**
 * Holds back the code of the islands named `name` (their chunk, e.g. ProjectionExample-…js) until
 * `release()`, so that a test can act on an island that has begun waking but has not woken.
 */
async function holdIslandCode(page: Page, name: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(new RegExp(`/assets/${name}-[^/]*\\.js$`), async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test.use({ viewport: DESKTOP });

test.describe("on first view", () => {
  // Every concept page, the first embed page, and one worksheet and one answer key (opened without
  // variants in the address: their island then waits like any other). The lesson is left out: its
  // island is the page and wakes at load (data-wake="load").
  const pages = prerenderedPages().filter(
    (p) => p.hasIslands && (isConceptRoute(p.route) || isEmbed(p) || worksheetKind(p) !== undefined),
  );
  const sample = [
    ...pages.filter((p) => isConceptRoute(p.route)),
    ...pages.filter(isEmbed).slice(0, 1),
    ...["worksheet", "answers"].flatMap((kind) => pages.filter((p) => worksheetKind(p) === kind).slice(0, 1)),
  ];

  for (const { route } of sample) {
    test(`${route} wakes no island and loads only the site script`, async ({ page }) => {
      const scripts: string[] = [];
      page.on("request", (request) => {
        if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
      });
      await page.goto(route);
      await page.waitForLoadState("networkidle");
      expect(await awake(page)).toEqual({ hydrated: [], waking: 0 });
      expect(scripts.filter((path) => !/\/(theme-init\.js|assets\/chrome-[^/]+\.js)$/.test(path))).toEqual([]);
    });
  }
});

test("an island wakes when scrolled within a screen of the window, before it shows", async ({ page }) => {
  await page.goto(QKV);
  const top = await page.locator("#qkv-projection").evaluate((island) => island.getBoundingClientRect().top);
  const height = page.viewportSize()!.height;
  // The island's top edge half a screen below the window's bottom edge: near, not visible.
  await page.evaluate((y) => window.scrollTo(0, y), Math.max(1, top - height * 1.5));
  await expect(page.locator("#qkv-projection")).toHaveAttribute("data-hydrated", "", { timeout: 10_000 });
  await expect(page.locator("#qkv-projection")).not.toBeInViewport();
  expect((await awake(page)).hydrated).toEqual(["qkv-projection"]);
});

test("an example far below is not rendered until it comes near; woken, it renders like any block", async ({ page }) => {
  await page.goto("/concepts/self-attention-map/");
  const island = page.locator("#cat-sat-queries");
  // checkVisibility with contentVisibilityAuto is false inside a subtree the browser skips.
  const rendered = () =>
    island.locator(".example-frame").evaluate((frame) => frame.checkVisibility({ contentVisibilityAuto: true }));
  expect(await rendered()).toBe(false);

  await island.scrollIntoViewIfNeeded();
  await expect(island).toHaveAttribute("data-hydrated", "", { timeout: 10_000 });
  expect(await rendered()).toBe(true);
  // No paint containment once woken: a menu or focus ring may reach past its edge unclipped.
  expect(await island.evaluate((element) => getComputedStyle(element).contentVisibility)).toBe("visible");
});

test("a page opened at a heading far down wakes the islands near it, not those a screen away", async ({ page }) => {
  await page.goto(`${QKV}#check-yourself`);
  // The heading is scrolled to as the page loads: that counts as the reader's scroll, and what is
  // near wakes (whether the browser scrolled before or after the site script ran).
  await expect(page.locator("#qkv-check")).toHaveAttribute("data-hydrated", "", { timeout: 10_000 });
  await page.waitForLoadState("networkidle");
  const far = await page.evaluate(() => {
    const height = window.innerHeight;
    return [...document.querySelectorAll<HTMLElement>("[data-island]")]
      .filter((island) => {
        const box = (island.closest("[data-wake-area]") ?? island).getBoundingClientRect();
        return box.bottom < -height || box.top > 2 * height;
      })
      .map((island) => island.id);
  });
  const { hydrated } = await awake(page);
  expect(far.length).toBeGreaterThan(0);
  for (const id of far) expect(hydrated).not.toContain(id);
});

test("a copied link to an example far down the page wakes it alone, with the link's numbers, scrolled to", async ({
  page,
}) => {
  await page.goto("/concepts/self-attention-map/?cat-sat-output.sentence=the+dog+ran#cat-sat-output");
  const island = page.locator("#cat-sat-output");
  await expect(island).toHaveAttribute("data-hydrated", "", { timeout: 10_000 });
  await expect(island.getByText("ran", { exact: true }).first()).toBeVisible();
  await expect(island).toBeInViewport();
  await page.waitForLoadState("networkidle");
  expect((await awake(page)).hydrated).toEqual(["cat-sat-output"]);
});

test("an exercise seed link wakes the Check yourself block alone, with the seed's numbers", async ({ page }) => {
  await page.goto(`${QKV}?seed.qkv-check-2=42`);
  await expect(page.locator("#qkv-check")).toHaveAttribute("data-hydrated", "", { timeout: 10_000 });
  await expect(page.locator('[data-exercise="qkv-check-2"]')).toHaveAttribute("data-seed", "42");
  await page.waitForLoadState("networkidle");
  expect((await awake(page)).hydrated).toEqual(["qkv-check"]);
});

test.describe("input before the island has woken is not lost", () => {
  test.beforeEach(async ({ page }) => {
    // Nearness would wake the example as soon as a test scrolls to it; these test the other ways.
    await page.addInitScript(() => {
      window.IntersectionObserver = class {
        observe() {}
        unobserve() {}
        disconnect() {}
        takeRecords() {
          return [];
        }
      } as unknown as typeof IntersectionObserver;
    });
  });

  test("a hover is highlighted at once, and once it has woken its expansion is announced", async ({ page }) => {
    const release = await holdIslandCode(page, "ProjectionExample");
    await page.goto(QKV);
    const ex = projectionExample(page);
    await ex.output(1).hover();
    await expect(page.locator("#qkv-projection")).toHaveAttribute("data-island-waking", "");
    // Painted from the server HTML before any of the example's code has arrived.
    await expect(ex.output(1)).toHaveAttribute("data-role", "inspected");
    await ex.output(0).hover();
    await expect(ex.output(0)).toHaveAttribute("data-role", "inspected");
    await expect(ex.output(1)).not.toHaveAttribute("data-role", /./);
    await ex.output(1).hover();
    release();
    await expect(page.locator("#qkv-projection")).toHaveAttribute("data-hydrated", "", { timeout: 10_000 });
    await expectInspected(page, OUTPUTS[1]!);
  });

  test("a hover that left before waking leaves nothing highlighted", async ({ page }) => {
    const release = await holdIslandCode(page, "ProjectionExample");
    await page.goto(QKV);
    const ex = projectionExample(page);
    await ex.output(1).hover();
    await expect(ex.output(1)).toHaveAttribute("data-role", "inspected");
    await page.mouse.move(1, 1);
    await expect(ex.output(1)).not.toHaveAttribute("data-role", /./);
    release();
    await expect(page.locator("#qkv-projection")).toHaveAttribute("data-hydrated", "", { timeout: 10_000 });
    await expect(page.locator('#qkv-projection [data-role="inspected"]')).toHaveCount(0);
  });

  test("focus by Tab, and arrow keys, are carried out once it has woken; focus stays", async ({ page }) => {
    const release = await holdIslandCode(page, "ProjectionExample");
    await page.goto(QKV);
    const ex = projectionExample(page);
    await tabUntilFocused(page, ex.output(0));
    await page.keyboard.press("ArrowRight");
    expect((await awake(page)).hydrated).toEqual([]);
    release();
    await expect(page.locator("#qkv-projection")).toHaveAttribute("data-hydrated", "", { timeout: 10_000 });
    await expectInspected(page, OUTPUTS[1]!);
    await expect(ex.output(1)).toBeFocused();
  });

  test("a tool button pressed before waking is carried out", async ({ page }) => {
    const release = await holdIslandCode(page, "ProjectionExample");
    await page.goto(QKV);
    const tools = page.locator("#qkv-projection .example-tools");
    await tools.getByRole("button", { name: "Edit numbers", exact: true }).click();
    expect((await awake(page)).hydrated).toEqual([]);
    release();
    await expect(page.locator("#qkv-projection")).toHaveAttribute("data-hydrated", "", { timeout: 10_000 });
    await expect(tools.getByRole("button", { name: "Done editing", exact: true })).toBeVisible();
    await expect(page.locator("#qkv-projection .example-editor")).toBeVisible();
  });
});
