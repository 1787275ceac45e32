import { expect, test, type Locator, type Page } from "@playwright/test";
import { checkA11y } from "./helpers/a11y.ts";
import { DESKTOP, PHONE, exampleById, openConcept } from "./helpers/example-inspection.ts";

// Snapping, nudging, the inverse scale and the keyboard through the example's values are unit
// tests (src/charts/drag/, src/examples/*/…drag.test.tsx). Here: what needs a browser — a real
// pointer (mouse, touch) on the handle, the focus ring, and axe with the handles in the page.

const ID = "similar-directions";
const tipOf = (page: Page, name: string) =>
  exampleById(page, ID).root.getByRole("button", { name: `Vector ${name} tip at`, exact: false });

/**
 * Where the data point (u, v) is on screen, from the plot's own tick labels (0 and 1 on each
 * axis) and the SVG's screen transform: the test works out the target as a learner sees it.
 */
async function screenPoint(plot: Locator, u: number, v: number): Promise<{ x: number; y: number }> {
  return plot.evaluate(
    (svg, [u, v]) => {
      const tick = (selector: string, label: string, attribute: "x" | "y") => {
        const text = [...svg.querySelectorAll<SVGTextElement>(selector)].find((t) => t.textContent === label);
        if (!text) throw new Error(`No tick labelled ${label}`);
        return Number(text.getAttribute(attribute));
      };
      const xTicks = ".axis text[text-anchor='middle']";
      const yTicks = ".axis text[text-anchor='end']";
      const x0 = tick(xTicks, "0", "x");
      const x1 = tick(xTicks, "1", "x");
      const y0 = tick(yTicks, "0", "y");
      const y1 = tick(yTicks, "1", "y");
      const point = new DOMPoint(x0 + u * (x1 - x0), y0 + v * (y1 - y0)).matrixTransform(
        (svg as SVGSVGElement).getScreenCTM()!,
      );
      return { x: point.x, y: point.y };
    },
    [u, v] as const,
  );
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = (await locator.locator(".tip-ring").boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Opens the dot product page with the first example awake and a·b inspected (pinned by a click). */
async function openWithDotInspected(page: Page) {
  await openConcept(page, "dot-product", ID);
  const ex = exampleById(page, ID);
  await ex.group("Results: inspect one").getByRole("button").first().click();
  await expect(ex.expansion).toHaveText("a·b = 3·1 + 1·2 = 5");
  return ex;
}

test.describe("dragging a vector's tip", () => {
  test.use({ viewport: DESKTOP });

  test("with the mouse: a snaps to halves; the expansion, legend and URL follow", async ({ page }) => {
    const ex = await openWithDotInspected(page);
    const plot = ex.root.getByRole("img", { name: /The vectors a and b/ });
    const from = await centre(tipOf(page, "a"));
    // Aim a little off the grid: (2.1, 2.4) lands on (2, 2.5).
    const to = await screenPoint(plot, 2.1, 2.4);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let step = 1; step <= 8; step += 1)
      await page.mouse.move(from.x + ((to.x - from.x) * step) / 8, from.y + ((to.y - from.y) * step) / 8);
    await page.mouse.up();
    await expect(ex.expansion).toHaveText("a·b = 2·1 + 2.5·2 = 7");
    await expect(ex.root.locator(".legend-a")).toHaveText("a = (2, 2.5)");
    await expect(tipOf(page, "a")).toHaveAccessibleName(/^Vector a tip at \(2, 2\.5\)/);
    expect(new URL(page.url()).searchParams.get(`${ID}.a`)).toBe("2,2.5");
    await expect(ex.root.locator(".dot-plot [aria-live='polite']")).toHaveText("Vector a tip at (2, 2.5).");
  });

  test("with the keyboard: ArrowUp moves the focused tip up by ½, with a visible focus ring", async ({ page }) => {
    const ex = await openWithDotInspected(page);
    const tip = tipOf(page, "a");
    // From the inspected result, Tab reaches a's tip (the plot's first control) in a few presses.
    for (let presses = 0; presses < 10 && !(await tip.evaluate((el) => el === document.activeElement)); presses++)
      await page.keyboard.press("Tab");
    await expect(tip).toBeFocused();
    const ring = tip.locator(".tip-focus");
    await expect(ring).toHaveCSS("stroke-width", "3px");
    expect(await ring.evaluate((circle) => getComputedStyle(circle).stroke)).not.toBe("none");
    await page.keyboard.press("ArrowUp");
    await expect(ex.expansion).toHaveText("a·b = 3·1 + 1.5·2 = 6");
    expect(new URL(page.url()).searchParams.get(`${ID}.a`)).toBe("3,1.5");
    await expect(ex.root.locator(".dot-plot [aria-live='polite']")).toHaveText("Vector a tip at (3, 1.5).");
    await expect(tip).toBeFocused();
    await page.keyboard.press("Shift+ArrowRight");
    await expect(ex.root.locator(".legend-a")).toHaveText("a = (4, 1.5)");
  });

  test("axe finds nothing wrong with the handles in place (dot product and projection pages)", async ({ page }) => {
    await openConcept(page, "dot-product", ID);
    await expect(tipOf(page, "b")).toBeVisible();
    await checkA11y(page, "the dot product page with its handles");
    await openConcept(page, "qkv-projections", "qkv-projection");
    const handles = exampleById(page, "qkv-projection").root.getByRole("button", { name: / tip at / });
    // Only the input x is dragged; the projected y follows it.
    await expect(handles).toHaveCount(1);
    await expect(handles).toHaveAccessibleName(/^Input x tip at \(2, 3\)/);
    await checkA11y(page, "the Q, K and V page with its handle");
  });
});

test.describe("dragging with a finger", () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test("a touch drag on a 360 px screen moves b's tip and does not scroll the page", async ({ page }) => {
    await openConcept(page, "dot-product", ID);
    const ex = exampleById(page, ID);
    const tip = tipOf(page, "b");
    await tip.scrollIntoViewIfNeeded();
    const plot = ex.root.getByRole("img", { name: /The vectors a and b/ });
    const from = await centre(tip);
    const to = await screenPoint(plot, 2, 0.5);
    const scrolled = await page.evaluate(() => window.scrollY);
    // Real touch input through the DevTools protocol: the browser makes the pointer events
    // (pointerType "touch") and decides about scrolling from touch-action, as on a phone.
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", x: number, y: number) =>
      cdp.send("Input.dispatchTouchEvent", {
        type,
        touchPoints: type === "touchEnd" ? [] : [{ x: Math.round(x), y: Math.round(y) }],
      });
    await touch("touchStart", from.x, from.y);
    for (let step = 1; step <= 6; step += 1)
      await touch("touchMove", from.x + ((to.x - from.x) * step) / 6, from.y + ((to.y - from.y) * step) / 6);
    await touch("touchEnd", to.x, to.y);
    await expect(ex.root.locator(".legend-b")).toHaveText("b = (2, 0.5)");
    expect(new URL(page.url()).searchParams.get(`${ID}.b`)).toBe("2,0.5");
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);

    // Elsewhere on the plot a finger still scrolls the page: touch-action is off on the handles only.
    const box = (await plot.boundingBox())!;
    const [x, y] = [box.x + box.width * 0.85, box.y + box.height * 0.8];
    await touch("touchStart", x, y);
    for (let step = 1; step <= 8; step += 1) await touch("touchMove", x, y - 15 * step);
    await touch("touchEnd", x, y - 120);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled);
    await expect(ex.root.locator(".legend-b")).toHaveText("b = (2, 0.5)");
  });
});
