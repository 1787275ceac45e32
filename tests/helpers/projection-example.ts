import { expect, type Locator, type Page } from "@playwright/test";
import { wakeIsland } from "./site.ts";

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
  };
}

/** Opens the concept page and wakes its example (scrolled into view, hydrated). */
export async function openExample(page: Page) {
  await page.goto(CONCEPT_URL);
  await wakeIsland(page, "qkv-projection");
  return projectionExample(page);
}

/** What the example shows about the current inspection, read from the DOM in one go. */
export interface InspectionState {
  /** The readout's paragraphs, whitespace-normalised and joined with a space. */
  readonly readout: string;
  /** The readout's expansion, or null while nothing is inspected. */
  readonly expansion: string | null;
  /** data-role of each x entry (null: none). */
  readonly x: readonly (string | null)[];
  /** data-role of each W entry, row by row. */
  readonly W: readonly (readonly (string | null)[])[];
  /** data-role and aria-pressed of each output button. */
  readonly y: readonly { readonly role: string | null; readonly pressed: string | null }[];
  /** Indexes of the plot guides marked active. */
  readonly activeGuides: readonly number[];
}

/** Reads the example's inspection state; the example is found by role and name, its matrices by their names. */
export function inspectionState(page: Page): Promise<InspectionState> {
  return projectionExample(page).example.evaluate((root): InspectionState => {
    const text = (element: Element | null) => (element?.textContent ?? "").replace(/\s+/g, " ").trim();
    const matrix = (name: string) => root.querySelector(`[role="group"][aria-label="${name}"]`);
    const cells = (name: string) => [...(matrix(name)?.querySelectorAll("[data-cell]") ?? [])];
    const wCells = cells("Weight matrix W");
    const columns = Math.sqrt(wCells.length);
    return {
      readout: [...root.querySelectorAll(".readout p")].map(text).join(" "),
      expansion: root.querySelector(".readout .expansion") ? text(root.querySelector(".readout .expansion")) : null,
      x: cells("Input vector x").map((cell) => cell.getAttribute("data-role")),
      W: Array.from({ length: columns }, (_, row) =>
        wCells.slice(row * columns, (row + 1) * columns).map((cell) => cell.getAttribute("data-role")),
      ),
      y: cells("Projected vector y: inspect a component").map((cell) => ({
        role: cell.getAttribute("data-role"),
        pressed: cell.getAttribute("aria-pressed"),
      })),
      activeGuides: [...root.querySelectorAll(".vector-plot .guide")].flatMap((guide, j) =>
        guide.hasAttribute("data-active") ? [j] : [],
      ),
    };
  });
}

/**
 * The state inspecting output `c` must give: the readout's expansion and a sentence naming
 * column j, y_j inspected and pressed, both x entries and column j of W marked as ingredients,
 * nothing else marked, and guide j of the plot active.
 */
export function inspectedState(c: OutputCase) {
  return {
    readout: expect.stringContaining(`Take the ${c.column} column of W`),
    expansion: c.expansion,
    x: ["ingredient", "ingredient"],
    W: [0, 1].map(() => [0, 1].map((col) => (col === c.j ? "ingredient" : null))),
    y: [0, 1].map((j) => (j === c.j ? { role: "inspected", pressed: "true" } : { role: null, pressed: "false" })),
    activeGuides: [c.j],
  };
}

/** The state with nothing inspected: the hint in the readout, nothing marked. */
export const NOTHING_INSPECTED = {
  readout: HINT,
  expansion: null,
  x: [null, null],
  W: [
    [null, null],
    [null, null],
  ],
  y: [
    { role: null, pressed: "false" },
    { role: null, pressed: "false" },
  ],
  activeGuides: [],
};

/** Waits (retrying) until the example shows output `c` inspected, and nothing else. */
export async function expectInspected(page: Page, c: OutputCase): Promise<void> {
  await expect
    .poll(() => inspectionState(page), { message: `example shows ${c.name} inspected` })
    .toEqual(inspectedState(c));
}

/** Waits (retrying) until nothing is inspected: the hint is back and no cell or guide is marked. */
export async function expectNothingInspected(page: Page): Promise<void> {
  await expect
    .poll(() => inspectionState(page), { message: "example shows nothing inspected" })
    .toEqual(NOTHING_INSPECTED);
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
