import { expect, test, type Page } from "@playwright/test";
import { checkA11y } from "./helpers/a11y.ts";
import { DESKTOP, PHONE, exampleById, isFocused, tabTo } from "./helpers/example-inspection.ts";
import { wakeIsland } from "./helpers/site.ts";

// The sweep (src/inspect/sweep.ts, useSweep.ts, SweepControls.tsx) is one piece shared by the
// projection, matrix product, scores and weighted-sum examples; it is driven in a browser once,
// here, on Y = XW of the matrix-vector-projection page. Its order and bounds are unit tests
// (src/inspect/sweep.test.ts), its clock's hygiene too (useSweep.test.tsx).
//
// Y = XW with X = [[1, 0, 1], [0, 2, 1], [2, 1, 0]] and W = [[1, 0], [0, 1], [1, −1]], by hand:
// Y₀₀ = 1·1 + 0·0 + 1·1 = 2, Y₀₁ = 1·0 + 0·1 + 1·(−1) = −1, Y₁₁ = 0·0 + 2·1 + 1·(−1) = 1.

const ROUTE = "/concepts/matrix-vector-projection/";
const ID = "rows-times-columns";

function sweepOf(page: Page) {
  const ex = exampleById(page, ID);
  const controls = ex.root.getByRole("group", { name: "Build Y term by term" });
  return {
    ...ex,
    controls,
    status: controls.getByRole("status"),
    play: controls.getByRole("button", { name: "Play" }),
    pause: controls.getByRole("button", { name: "Pause" }),
    forward: controls.getByRole("button", { name: "Step forward" }),
    back: controls.getByRole("button", { name: "Step back" }),
    /** The cells marked as the pair being multiplied, as "X 0-0" / "W 0-0". */
    factors: () =>
      ex.root.locator('[data-role="factor"]').evaluateAll((cells) =>
        cells.map((cell) => {
          const matrix = cell.closest("[role=group]")?.getAttribute("aria-label") ?? "";
          return `${matrix.startsWith("Embeddings") ? "X" : "W"} ${(cell as HTMLElement).dataset.cell}`;
        }),
      ),
    cell: (name: string) => ex.root.getByRole("button", { name, exact: true }),
  };
}

async function open(page: Page) {
  await page.goto(ROUTE);
  await wakeIsland(page, ID);
  return sweepOf(page);
}

test.describe("a sweep through Y = XW", () => {
  test.use({ viewport: DESKTOP });

  test("with the keyboard only: Step ▶ builds Y₀₀ term by term with each pair marked, then its result; ◀ Step goes back", async ({
    page,
  }) => {
    const s = await open(page);
    await expect(s.status).toHaveText("entry 1 of 6, not started");
    await tabTo(page, s.forward);
    const ring = await s.forward.evaluate((button) => getComputedStyle(button).outlineStyle);
    expect(ring, "the focused button shows a focus ring").not.toBe("none");

    await page.keyboard.press("Enter");
    await expect(s.expansion).toHaveText("Y₀₀ = 1·1");
    await expect(s.status).toHaveText("entry 1 of 6, term 1 of 3");
    expect(await s.factors()).toEqual(["X 0-0", "W 0-0"]);

    await page.keyboard.press("Space");
    await expect(s.expansion).toHaveText("Y₀₀ = 1·1 + 0·0");
    expect(await s.factors()).toEqual(["X 0-1", "W 1-0"]);

    await page.keyboard.press("Enter");
    await expect(s.expansion).toHaveText("Y₀₀ = 1·1 + 0·0 + 1·1");
    await expect(s.status).toHaveText("entry 1 of 6, term 3 of 3");
    expect(await s.factors()).toEqual(["X 0-2", "W 2-0"]);

    await page.keyboard.press("Enter");
    await expect(s.expansion).toHaveText("Y₀₀ = 1·1 + 0·0 + 1·1 = 2");
    await expect(s.status).toHaveText("entry 1 of 6, result");
    expect(await s.factors()).toEqual([]);

    // On to Y₀₁: the same row of X, the next column of W.
    await page.keyboard.press("Enter");
    await expect(s.expansion).toHaveText("Y₀₁ = 1·0");
    expect(await s.factors()).toEqual(["X 0-0", "W 0-1"]);
    expect(await isFocused(s.forward), "focus stays on Step ▶").toBe(true);

    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    expect(await isFocused(s.back)).toBe(true);
    await page.keyboard.press("Enter");
    await expect(s.expansion).toHaveText("Y₀₀ = 1·1 + 0·0 + 1·1 = 2");

    // Play and Pause from the keyboard: the button between the steps changes its name.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(s.pause).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(s.play).toBeFocused();
  });

  test("Play advances one step per tick and the row slides along the columns; Pause stops it", async ({ page }) => {
    await page.clock.install();
    const s = await open(page);
    await page.clock.pauseAt(Date.now() + 60_000);
    await s.play.click();
    await expect(s.expansion).toHaveText("Y₀₀ = 1·1");
    await page.clock.runFor(1000);
    await expect(s.expansion).toHaveText("Y₀₀ = 1·1 + 0·0");
    await page.clock.runFor(2000);
    await expect(s.expansion).toHaveText("Y₀₀ = 1·1 + 0·0 + 1·1 = 2");
    await page.clock.runFor(1000);
    await expect(s.expansion).toHaveText("Y₀₁ = 1·0");
    await expect(s.status).toHaveText("entry 2 of 6, term 1 of 3");
    await expect(s.cell("Y row 0 (“the”), column 1: minus 1")).toHaveAttribute("data-role", "inspected");
    await expect(s.group("Weight matrix W").locator('[data-cell="1-1"]')).toHaveAttribute("data-role", "ingredient");

    await s.pause.click();
    await page.clock.runFor(5000);
    await expect(s.expansion).toHaveText("Y₀₁ = 1·0");
    await expect(s.status).toHaveText("entry 2 of 6, term 1 of 3");
  });

  test("inspecting another entry while paused moves the sweep there, and Step ▶ builds that entry", async ({
    page,
  }) => {
    const s = await open(page);
    await s.forward.click();
    await s.forward.click();
    await expect(s.expansion).toHaveText("Y₀₀ = 1·1 + 0·0");

    await s.cell("Y row 1 (“cat”), column 1: 1").click();
    // At rest on Y₁₁: the example shows it as any inspection does.
    await expect(s.expansion).toHaveText("Y₁₁ = 0·0 + 2·1 + 1·(−1) = 1");
    await expect(s.status).toHaveText("entry 4 of 6, not started");
    expect(await s.factors()).toEqual([]);

    await s.forward.click();
    await expect(s.expansion).toHaveText("Y₁₁ = 0·0");
    await expect(s.status).toHaveText("entry 4 of 6, term 1 of 3");
    expect(await s.factors()).toEqual(["X 1-0", "W 0-1"]);
    await checkA11y(page, "the sweep under way");
  });

  test("with reduced motion, Play still advances but nothing in the example animates or transitions", async ({
    page,
  }) => {
    const moving = () =>
      page.locator(`[data-example="${ID}"]`).evaluate((root) => {
        const elements = [root, ...root.querySelectorAll("*")];
        const transitions = elements.filter((element) =>
          getComputedStyle(element)
            .transitionDuration.split(",")
            .some((duration) => parseFloat(duration) > 0),
        );
        const animations = root.getAnimations({ subtree: true }).filter((a) => a.playState === "running");
        return { transitions: transitions.length, animations: animations.length };
      });

    const s = await open(page);
    await s.play.click();
    await expect(s.expansion).toHaveText("Y₀₀ = 1·1");
    expect((await moving()).transitions, "without reduced motion the marks fade").toBeGreaterThan(0);
    await s.pause.click();

    await page.emulateMedia({ reducedMotion: "reduce" });
    await s.play.click();
    await expect(s.expansion).toHaveText(/^Y₀₀ = 1·1 \+ 0·0/, { timeout: 3000 });
    expect(await moving()).toEqual({ transitions: 0, animations: 0 });
  });
});

test.describe("at 360 px", () => {
  test.use({ viewport: PHONE });
  test("the controls fit the width and keep their row", async ({ page }) => {
    const s = await open(page);
    await s.forward.click();
    const boxes = await Promise.all([s.back, s.play, s.forward].map((button) => button.boundingBox()));
    for (const box of boxes) expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    expect(new Set(boxes.map((box) => Math.round(box!.y))).size, "the three buttons share one row").toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });
});
