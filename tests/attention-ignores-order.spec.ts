import { expect, test, type Locator, type Page } from "@playwright/test";
import { watchConsole } from "./helpers/console.ts";
import { DESKTOP, PHONE, exampleById, openConcept } from "./helpers/example-inspection.ts";

// What only a browser shows on the word order page: the swap chosen from the keyboard, the cell
// of the other map drawn dashed (not by colour), a tap on a phone, and the page without
// JavaScript. The numbers, links and refusals are unit tests (src/examples/order-shuffle/).
const SLUG = "attention-ignores-order";
const ID = "order-swap";

function shuffle(page: Page) {
  const ex = exampleById(page, ID);
  const maps = ex.root.locator(".attention-map");
  return {
    ...ex,
    cell: (map: 0 | 1, i: number, j: number) => maps.nth(map).locator(`[data-cell="${i}-${j}"]`),
    row: (map: 0 | 1, i: number) => maps.nth(map).locator(`[data-cell^="${i}-"] text`),
  };
}

async function stroke(cell: Locator) {
  return cell.locator("rect").evaluate((rect) => {
    const style = getComputedStyle(rect);
    return { width: parseFloat(style.strokeWidth), dashed: style.strokeDasharray !== "none" };
  });
}

// By hand (python3): q(cat) = (0, −2, 4) against The cat sat on the mat, scores / √3 → these weights.
const CAT_ROW = ["0.39", "0.04", "0.01", "0.12", "0.39", "0.04"];

test.describe("swapping and inspecting", () => {
  test.use({ viewport: DESKTOP });

  test("a swap chosen with the keyboard moves “cat”'s row and column; its weights stay the same numbers", async ({
    page,
  }) => {
    const problems = watchConsole(page);
    await openConcept(page, SLUG, ID);
    const ex = shuffle(page);
    await expect(ex.row(0, 1)).toHaveText(CAT_ROW);
    const withWord = ex.root.getByRole("combobox", { name: "with word" });
    await withWord.focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(withWord).toHaveValue("4");
    await expect(page).toHaveURL(/order-swap\.b=4/);
    // After: The the sat on cat mat; “cat” is row 4, columns 1 and 4 traded.
    await expect(ex.row(1, 4)).toHaveText(["0.39", "0.39", "0.01", "0.12", "0.04", "0.04"]);
    problems.expectNone("after choosing a swap");
  });

  test("inspecting a weight after the swap draws the same number's cell in the first map dashed", async ({ page }) => {
    await openConcept(page, SLUG, ID);
    const ex = shuffle(page);
    const plain = await stroke(ex.cell(0, 1, 2));
    await ex.cell(1, 2, 1).focus();
    await expect(ex.expansion).toHaveText("After the swap: “cat” → “sat”");
    await expect(ex.readout).toHaveAttribute("aria-live", "polite");
    const echo = await stroke(ex.cell(0, 1, 2));
    expect(echo.dashed, "the partner cell is dashed, not only coloured").toBe(true);
    expect(echo.width).toBeGreaterThan(plain.width);
    expect(await stroke(ex.cell(1, 2, 1))).toEqual({ width: expect.any(Number), dashed: false });
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test("a tap inspects a weight; the two maps fit the screen", async ({ page }) => {
    await openConcept(page, SLUG, ID);
    const ex = shuffle(page);
    await ex.cell(0, 1, 5).tap();
    await expect(ex.readout).toContainText("After the swap “cat” is row 2 and “mat” is column 5 of the second map");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });

  test("both maps, the verdict and the maps in words read; the swap lists are off", async ({ page }) => {
    await page.goto(`/concepts/${SLUG}/`);
    const ex = shuffle(page);
    await expect(ex.row(0, 1)).toHaveText(CAT_ROW);
    await expect(ex.root.locator(".order-verdict")).toContainText("0 up to rounding");
    await expect(ex.root.getByRole("combobox", { name: "Swap word" })).toBeDisabled();
    await expect(page.getByRole("region", { name: "The two maps in words" })).toContainText(
      "“cat” looks most at “The” and “the”, which tie",
    );
  });
});
