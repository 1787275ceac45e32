import { expect, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { wakeIsland } from "./site.ts";

/** One editable example on a page: its frame and the parts of it the tests use. */
export interface EditableExample {
  readonly page: Page;
  readonly id: string;
  /** The frame: tools, editor, note and the example. */
  readonly frame: Locator;
  /** The example itself (what is downloaded and embedded). */
  readonly example: Locator;
  /** A button of the tools row, by its visible name. */
  tool(name: string | RegExp): Locator;
  /** The editor's text field for a value, by its label ("W", "x", "sentence"). */
  field(label: string): Locator;
  /** An in-place cell, by the start of its accessible name after "Edit " ("W row 0, column 1"). */
  cell(name: string): Locator;
  /** The note about a link's values that could not be used. */
  readonly note: Locator;
  /** The message of the editor for cells and size buttons. */
  readonly message: Locator;
}

/** Opens `path` (with any query) and wakes example `id` (scrolled into view, hydrated). */
export async function openEditable(page: Page, path: string, id: string): Promise<EditableExample> {
  await page.goto(path);
  await wakeIsland(page, id);
  return editable(page, id);
}

/** The example `id` of an already open page. */
export function editable(page: Page, id: string): EditableExample {
  const frame = page.locator(`[data-example-frame="${id}"]`);
  return {
    page,
    id,
    frame,
    example: frame.locator(".example").first(),
    tool: (name) => frame.locator(".example-tools-row").getByRole("button", { name, exact: typeof name === "string" }),
    field: (label) => frame.locator(".example-editor").getByLabel(label, { exact: true }),
    cell: (name) =>
      frame.getByRole("textbox", { name: new RegExp(`^Edit ${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) }),
    note: frame.locator(".example-note"),
    message: frame.locator(".example-editor-message"),
  };
}

/** Opens the editor with the "Edit numbers" button. */
export async function startEditing(ex: EditableExample): Promise<void> {
  await ex.tool("Edit numbers").click();
  await expect(ex.frame.locator(".example-editor")).toBeVisible();
}

/**
 * No NaN, Infinity or ∞ anywhere in the example's own text (the tools' messages may quote what
 * was typed, "NaN" included, so they are not part of it).
 */
export async function expectOnlyFiniteNumbers(ex: EditableExample): Promise<void> {
  await expect(ex.example).not.toContainText(/NaN|Infinity|∞/);
}

/**
 * The query parameters of the page now, as a plain object. Read in the page itself: `page.url()`
 * can lag behind history.replaceState.
 */
export async function queryOf(page: Page): Promise<Record<string, string>> {
  return Object.fromEntries(new URLSearchParams(await page.evaluate(() => window.location.search)));
}

/**
 * Presses Copy link, reads the clipboard, and opens the link in a new page of the same context;
 * returns the link and the new page, with the example hydrated.
 */
export async function copyLinkAndOpen(
  context: BrowserContext,
  ex: EditableExample,
): Promise<{ link: string; page: Page }> {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await ex.tool("Share").click();
  await ex.frame.getByRole("menuitem", { name: "Copy link", exact: true }).click();
  await expect(ex.frame.locator(".example-status")).toContainText("Link copied");
  const link = await ex.page.evaluate(() => navigator.clipboard.readText());
  const page = await context.newPage();
  await page.goto(link);
  // The link targets the example (#id), which scrolls there and wakes it: wait without scrolling.
  await wakeIsland(page, ex.id, { scroll: false });
  return { link, page };
}

/** True when the top of `locator` is inside the viewport. */
export async function isScrolledTo(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= -2 && box.top < window.innerHeight;
  });
}

/** The numbers of one matrix of an example as shown, row by row, e.g. ["2", "17"]. */
export async function shown(ex: EditableExample, group: string): Promise<string[]> {
  return ex.example.getByRole("group", { name: group, exact: true }).locator("[data-cell]").allInnerTexts();
}

/** Tabs until `target` has focus (at most 40 presses), then checks that it has. */
export async function tabUntil(ex: EditableExample, target: Locator): Promise<void> {
  for (
    let presses = 0;
    presses < 40 && !(await target.evaluate((element) => element === document.activeElement));
    presses += 1
  ) {
    await ex.page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

/** Types `text` into the editor's field `label`, and checks the field's message and that the example kept `group`'s numbers. */
export async function expectRefusedField(
  ex: EditableExample,
  label: string,
  text: string,
  message: string,
  group: string,
  kept: string[],
): Promise<void> {
  const field = ex.field(label);
  await field.fill(text);
  await expect(field).toHaveAttribute("aria-invalid", "true");
  const messageId = (await field.getAttribute("aria-describedby"))!.split(" ").at(-1)!;
  await expect(ex.page.locator(`[id="${messageId}"]`)).toContainText(message);
  expect(await shown(ex, group)).toEqual(kept);
  await expectOnlyFiniteNumbers(ex);
}

/** Types `text` into one in-place cell, and checks the message, aria-invalid and the kept numbers. */
export async function expectRefusedCell(
  ex: EditableExample,
  cell: string,
  text: string,
  message: string,
  group: string,
  kept: string[],
): Promise<void> {
  const input = ex.cell(cell);
  await input.fill(text);
  await expect(ex.message).toContainText(message);
  await expect(input).toHaveAttribute("aria-invalid", "true");
  await expect(input).toHaveAttribute("aria-describedby", (await ex.message.getAttribute("id")) ?? "");
  expect(await shown(ex, group)).toEqual(kept);
  await expectOnlyFiniteNumbers(ex);
}
