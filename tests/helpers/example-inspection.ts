/**
 * What the browser tests of the pipeline pages (token embeddings … weighted sum of values) share:
 * opening a page, finding an example by its id, reading which cells are marked, and the three
 * ways a reader inspects a number.
 */
import { type Locator, type Page } from "@playwright/test";
import { wakeIsland } from "./site.ts";

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 360, height: 740 };

/**
 * Opens /concepts/<slug>/ (with an optional query, e.g. "?step=3") and wakes the examples `ids`
 * the test uses (scrolled into view, then waited for): never the whole page, so that the tests
 * keep working when islands hydrate lazily.
 */
export async function openConcept(
  page: Page,
  slug: string,
  ids: string | readonly string[],
  search = "",
): Promise<void> {
  await page.goto(`/concepts/${slug}/${search}`);
  for (const id of typeof ids === "string" ? [ids] : ids) await wakeIsland(page, id);
}

/** The example with this id, and the parts every example has. */
export function exampleById(page: Page, id: string) {
  const root = page.locator(`[data-example="${id}"]`);
  return {
    root,
    readout: root.locator(".readout"),
    expansion: root.locator(".readout .expansion").first(),
    group: (name: string) => root.getByRole("group", { name, exact: true }),
    /** Every element of the example that takes part in the current inspection. */
    marked: root.locator("[data-role]"),
  };
}

/** The "row-col" keys of the cells of `group` whose data-role is `role`, in document order. */
export function cellsWithRole(group: Locator, role: "inspected" | "ingredient"): Promise<string[]> {
  return group
    .locator(`[data-role="${role}"]`)
    .evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset.cell ?? ""));
}

/** One way of inspecting a number, with the browser settings it needs. */
export interface InspectMethod {
  readonly name: string;
  readonly use: { viewport: { width: number; height: number }; hasTouch?: boolean; isMobile?: boolean };
  inspect(target: Locator): Promise<void>;
}

/** Hover with a mouse, keyboard focus (Tab into the matrix, then arrows) and a touch tap. */
export const INSPECT_METHODS: readonly InspectMethod[] = [
  { name: "mouse hover", use: { viewport: DESKTOP }, inspect: (target) => target.hover() },
  { name: "keyboard focus", use: { viewport: DESKTOP }, inspect: (target) => target.focus() },
  { name: "touch tap", use: { viewport: PHONE, hasTouch: true, isMobile: true }, inspect: (target) => target.tap() },
];

/** Whether `locator` is the focused element. */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Presses Tab from the top of the page until `target` has focus; fails after `maxPresses`. */
export async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<number> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  for (let presses = 1; presses <= maxPresses; presses++) {
    await page.keyboard.press("Tab");
    if (await isFocused(target)) return presses;
  }
  throw new Error(`${target} was not reached after ${maxPresses} presses of Tab`);
}
