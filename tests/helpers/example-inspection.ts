/**
 * What the browser tests of the pipeline pages (token embeddings … weighted sum of values) share:
 * opening a page, finding an example by its id, reading which cells are marked, and the three
 * ways a reader inspects a number.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { checkA11y } from "./a11y.ts";
import { waitForHydration } from "./site.ts";

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 360, height: 740 };

/** Opens /concepts/<slug>/ and waits until its islands answer. */
export async function openConcept(page: Page, slug: string): Promise<void> {
  await page.goto(`/concepts/${slug}/`);
  await waitForHydration(page);
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
  return group.locator(`[data-role="${role}"]`).evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset.cell ?? ""));
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

/** Axe in light and dark, at desktop and phone width, with `inspect` run first on the open page. */
export const A11Y_SETTINGS = (["light", "dark"] as const).flatMap((colorScheme) =>
  [DESKTOP, PHONE].map((viewport) => ({ colorScheme, viewport, label: `${colorScheme}, ${viewport.width} px` })),
);

/** Runs axe and also checks the page does not scroll sideways while something is inspected. */
export async function checkInspectedPage(page: Page, when: string): Promise<void> {
  await checkA11y(page, when);
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(scrollWidth, `scrollWidth while inspecting (${when})`).toBeLessThanOrEqual(clientWidth);
}

/**
 * axe in light and dark, at desktop and phone width, with one number inspected: `inspect` opens
 * nothing, it focuses the number on the already-open page and checks that it is marked.
 */
export function describeAxeWhileInspecting(slug: string, what: string, inspect: (page: Page) => Promise<void>): void {
  test.describe("axe while inspecting", () => {
    for (const { colorScheme, viewport, label } of A11Y_SETTINGS) {
      test(`${label}: no violations with ${what} inspected`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize(viewport);
        await openConcept(page, slug);
        await inspect(page);
        await checkInspectedPage(page, `${slug} with ${what} inspected (${label})`);
      });
    }
  });
}
