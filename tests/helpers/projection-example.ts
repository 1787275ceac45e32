import { expect, type Locator, type Page } from "@playwright/test";

export const CONCEPT_URL = "/concepts/qkv-projections/";

/** The worked example on the concept page: x = (2, 3), W = [[1, 10], [0, −1]], so y = (2, 17). */
export const X = ["2", "3"] as const;
export const W = [
  ["1", "10"],
  ["0", "−1"],
] as const;

/** What inspecting each output component must show. */
export interface OutputCase {
  readonly j: 0 | 1;
  /** The output button's accessible name. */
  readonly name: string;
  /** The dot-product expansion in the readout, with U+00B7 and U+2212 as the page prints them. */
  readonly expansion: string;
  /** The column of W the readout's sentence names. */
  readonly column: "first" | "second";
}

export const OUTPUTS: readonly OutputCase[] = [
  { j: 0, name: "y₀ = 2", expansion: "y₀ = 2·1 + 3·0 = 2", column: "first" },
  { j: 1, name: "y₁ = 17", expansion: "y₁ = 2·10 + 3·(−1) = 17", column: "second" },
];

/** The readout's text while nothing is inspected. */
export const HINT = "Hover or focus 2 or 17 above to highlight the ingredients of that output component.";

/** Locators for the parts of the example, found by role and accessible name where they have one. */
export function projectionExample(page: Page) {
  const example = page.getByRole("group", { name: "Worked projection example", exact: true });
  const x = example.getByRole("group", { name: "Input vector x", exact: true });
  const w = example.getByRole("group", { name: "Weight matrix W", exact: true });
  const y = example.getByRole("group", { name: "Projected vector y: inspect a component", exact: true });
  return {
    example,
    x,
    w,
    y,
    xCells: x.locator("[data-cell]"),
    wCell: (row: number, col: number) => w.locator(`[data-cell="${row}-${col}"]`),
    output: (j: number) => y.getByRole("button", { name: OUTPUTS[j]!.name, exact: true }),
    outputs: y.getByRole("button"),
    readout: example.locator(".readout"),
    expansion: example.locator(".readout .expansion"),
    guide: (j: number) => example.locator(".vector-plot .guide").nth(j),
    /** Every element of the example that takes part in the current inspection. */
    highlighted: example.locator("[data-role]"),
  };
}

/**
 * Waits until the example's island has hydrated, i.e. until React has attached its props to the
 * output buttons (there is no public "hydrated" flag), then for two frames so that the hydration
 * has committed and its event handlers answer.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const islands = [...document.querySelectorAll("[data-island]")];
    return (
      islands.length > 0 &&
      islands.every((island) => {
        const button = island.querySelector("button");
        return button !== null && Object.keys(button).some((key) => key.startsWith("__reactProps$"));
      })
    );
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Opens the concept page and waits for its example to hydrate. */
export async function openExample(page: Page) {
  await page.goto(CONCEPT_URL);
  await waitForHydration(page);
  return projectionExample(page);
}

/**
 * Asserts the whole inspected state for output `c`: the readout's expansion and sentence, y_j
 * inspected and pressed, both x entries and column j of W marked as ingredients, nothing else
 * marked, and guide j of the plot active.
 */
export async function expectInspected(page: Page, c: OutputCase): Promise<void> {
  const ex = projectionExample(page);
  await expect(ex.expansion).toHaveText(c.expansion);
  await expect(ex.readout).toContainText(`Take the ${c.column} column of W`);

  for (const j of [0, 1]) {
    const button = ex.output(j);
    if (j === c.j) {
      await expect(button).toHaveAttribute("data-role", "inspected");
      await expect(button).toHaveAttribute("aria-pressed", "true");
    } else {
      await expect(button).not.toHaveAttribute("data-role");
      await expect(button).toHaveAttribute("aria-pressed", "false");
    }
  }
  await expect(ex.xCells).toHaveCount(2);
  for (const i of [0, 1]) await expect(ex.xCells.nth(i)).toHaveAttribute("data-role", "ingredient");
  for (const row of [0, 1]) {
    for (const col of [0, 1]) {
      if (col === c.j) await expect(ex.wCell(row, col)).toHaveAttribute("data-role", "ingredient");
      else await expect(ex.wCell(row, col)).not.toHaveAttribute("data-role");
    }
  }
  // 2 x entries + 2 entries of column j + the inspected output: nothing else is marked.
  await expect(ex.highlighted).toHaveCount(5);

  await expect(ex.guide(c.j)).toHaveAttribute("data-active", "true");
  await expect(ex.guide(1 - c.j)).not.toHaveAttribute("data-active");
}

/** Asserts that nothing is inspected: the hint is back and no cell or guide is marked. */
export async function expectNothingInspected(page: Page): Promise<void> {
  const ex = projectionExample(page);
  await expect(ex.readout).toHaveText(HINT);
  await expect(ex.highlighted).toHaveCount(0);
  await expect(ex.example.locator(".vector-plot .guide[data-active]")).toHaveCount(0);
  for (const j of [0, 1]) await expect(ex.output(j)).toHaveAttribute("aria-pressed", "false");
}

/** Whether `locator` is the focused element. */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/**
 * Presses Tab from the top of the page until `target` has focus and returns how many presses it
 * took; fails if it is not reached within `maxPresses`.
 */
export async function tabUntilFocused(page: Page, target: Locator, maxPresses = 40): Promise<number> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  for (let presses = 1; presses <= maxPresses; presses++) {
    await page.keyboard.press("Tab");
    if (await isFocused(target)) return presses;
  }
  throw new Error(`${target} was not reached after ${maxPresses} presses of Tab from the top of the page`);
}
