import { expect, test, type Locator, type Page } from "@playwright/test";
import { checkA11y } from "./helpers/a11y.ts";
import { watchConsole } from "./helpers/console.ts";
import { editable, openEditable, startEditing } from "./helpers/editing.ts";

// The link's format, every bad input and the limits are unit tests (src/lesson/lesson.test.ts), and
// an example reading and writing its state through a lesson, and Add to lesson, are too
// (src/lesson/lesson-host.test.tsx). Here: what needs a browser: the lesson built across pages in
// localStorage, the live examples, keyboard reordering, the link opened in a fresh browser, a bad
// link's note, the page without JavaScript, and axe in both themes.

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 800 };

/** Chooses "Add to lesson" in example `id`'s Share menu and waits for what it says. */
async function addToLesson(page: Page, id: string, says: string): Promise<void> {
  const ex = editable(page, id);
  await ex.tool("Share").click();
  await ex.frame.getByRole("menuitem", { name: "Add to lesson", exact: true }).click();
  await expect(ex.frame.locator(".example-status")).toHaveText(says);
}

/** The lesson page once its examples are shown: `count` live examples. */
async function lessonShown(page: Page, count: number): Promise<void> {
  await expect(page.locator("[data-lesson-ready]")).toBeVisible();
  await expect(page.locator("[data-lesson-example] .example-frame")).toHaveCount(count);
}

const items = (page: Page) => page.locator("[data-lesson-item]");
const itemNamed = (page: Page, name: string) => page.locator(`[data-lesson-item="${name}"]`);
const order = (page: Page) =>
  items(page).evaluateAll((all) => all.map((item) => item.getAttribute("data-lesson-item")));
const projectedY = (item: Locator) =>
  item.getByRole("group", { name: "Projected vector y: inspect a component", exact: true }).locator("[data-cell]");

test("a lesson built on two pages opens from its link with the same items, numbers, order and notes", async ({
  page,
  context,
  browser,
}) => {
  // Two pages, the lesson page, and the lesson again in a fresh browser.
  test.setTimeout(90_000);
  await page.setViewportSize(DESKTOP);
  const console = watchConsole(page);
  // Page 1: new numbers in the projection, and y₁ inspected. y₁ = 1·10 + (−2)·(−1) = 12.
  const projection = await openEditable(page, "/concepts/qkv-projections/", "qkv-projection");
  await startEditing(projection);
  await projection.field("x").fill("1, -2");
  await projection.example.getByRole("button", { name: /^y₁ = 12/ }).click();
  await addToLesson(page, "qkv-projection", "Added to your lesson: 1 example — open lesson");
  // Page 2: the softmax example as the page has it.
  await openEditable(page, "/concepts/softmax/", "softmax");
  await addToLesson(page, "softmax", "Added to your lesson: 2 examples — open lesson");
  await editable(page, "softmax").frame.getByRole("link", { name: "open lesson" }).click();

  await expect(page).toHaveURL(/\/lesson\/$/);
  await lessonShown(page, 2);
  expect(await order(page)).toEqual(["qkv-projections/qkv-projection", "softmax/softmax"]);
  await expect(projectedY(itemNamed(page, "qkv-projections/qkv-projection"))).toHaveText(["1", "12"]);

  // A title, and a note for the softmax item (text, never HTML).
  await page.getByLabel("Lesson title").fill("Projection, then softmax");
  const softmax = itemNamed(page, "softmax/softmax");
  await softmax.getByText("Add a note").click();
  const note = "Each row sums to 1. <b>Not bold</b>";
  await softmax.getByLabel("Note for item 2").fill(note);
  await expect(softmax.locator("[data-lesson-note]")).toHaveText(note);
  await expect(softmax.locator("[data-lesson-note] b")).toHaveCount(0);

  // Reorder with the keyboard: softmax's Move up, pressed with Enter, keeps the focus on the item.
  await softmax.getByRole("button", { name: "Move up" }).focus();
  await page.keyboard.press("Enter");
  expect(await order(page)).toEqual(["softmax/softmax", "qkv-projections/qkv-projection"]);
  // Now first: its Move up is disabled, so the focus is on its Move down.
  await expect(softmax.getByRole("button", { name: "Move down" })).toBeFocused();
  await expect(softmax.getByRole("heading", { level: 3 })).toHaveText("1. Softmax: example “softmax”");

  // The link, from the field and from Copy lesson link: the same.
  const link = await page.locator("[data-lesson-link]").inputValue();
  expect(new URL(link).pathname).toBe("/lesson/");
  expect(link).toContain("1=softmax/softmax");
  expect(link).toContain("2=qkv-projections/qkv-projection&2.x=1,-2&2.inspect=0,1");
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy lesson link" }).click();
  await expect(page.getByText("Lesson link copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  console.expectNone("building a lesson");

  // A fresh browser (no lesson in progress): the link alone holds the lesson.
  const fresh = await browser.newContext({ viewport: DESKTOP, serviceWorkers: "block" });
  const other = await fresh.newPage();
  const otherConsole = watchConsole(other);
  await other.goto(link);
  await lessonShown(other, 2);
  expect(await order(other)).toEqual(["softmax/softmax", "qkv-projections/qkv-projection"]);
  await expect(other.getByLabel("Lesson title")).toHaveValue("Projection, then softmax");
  await expect(other.getByRole("heading", { level: 2, name: "Projection, then softmax" })).toBeVisible();
  await expect(itemNamed(other, "softmax/softmax").locator("[data-lesson-note]")).toHaveText(note);
  const copied = itemNamed(other, "qkv-projections/qkv-projection");
  await expect(projectedY(copied)).toHaveText(["1", "12"]);
  // y₁ is inspected, as when the lesson was made, and the example can be inspected further.
  await expect(copied.getByRole("button", { name: /^y₁ = 12/ })).toHaveAttribute("aria-pressed", "true");
  await copied.getByRole("button", { name: /^y₀ = 1/ }).click();
  await expect(copied.locator(".readout .expansion")).toHaveText("y₀ = 1·1 + (−2)·0 = 1");
  await expect(other.locator("[data-lesson-link]")).toHaveValue(/2\.inspect=0,0/);
  // The item's own page, at its section, with its numbers.
  await expect(copied.getByRole("link", { name: /^Open it on its page/ })).toHaveAttribute(
    "href",
    "/concepts/qkv-projections/?qkv-projection.x=1,-2&qkv-projection.inspect=0,0#qkv-projection",
  );
  // Presented one item per slide, by keyboard: the clicker's PageDown moves on, the example stays
  // live on its slide (a tap inspects), and Escape puts the lesson back as it was.
  const present = other.getByRole("button", { name: "Present lesson", exact: true });
  await present.focus();
  await other.keyboard.press("Enter");
  const dialog = other.getByRole("dialog", { name: "Projection, then softmax" });
  await expect(dialog.locator(".present-position")).toHaveText("1 of 2");
  await expect(dialog.locator("[data-lesson-note]")).toHaveText(note);
  await expect(dialog.locator("[data-lesson-item]:visible")).toHaveCount(1);
  await expect(dialog.getByRole("button", { name: "Copy lesson link" })).toBeHidden();
  await other.keyboard.press("PageDown");
  await expect(dialog.locator(".present-position")).toHaveText("2 of 2");
  // The address keeps the slide: a reload (or the link sent on) reopens the lesson's slide 2, once
  // the lesson, a page island, has woken.
  await expect(other).toHaveURL(/[?&]present=/);
  await other.reload();
  await expect(dialog.locator(".present-position")).toHaveText("2 of 2");
  await expect(dialog.locator("[data-lesson-item]:visible")).toHaveCount(1);
  await dialog.getByRole("button", { name: /^y₁ = 12/ }).click();
  await expect(dialog.locator(".readout .expansion:visible")).toHaveText("y₁ = 1·10 + (−2)·(−1) = 12");
  await other.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(present).toBeFocused();
  await lessonShown(other, 2);
  await expect(items(other).filter({ visible: true })).toHaveCount(2);
  await expect(other.locator("[data-lesson-link]")).toHaveValue(/2\.inspect=0,1/);
  // A lesson from a link is not the reader's own: their lesson in progress stays empty.
  expect(await other.evaluate(() => localStorage.getItem("attention-by-hand:lesson"))).toBeNull();
  // Until the reader keeps it: then it is their lesson in progress, and the address is /lesson/.
  const kept = await other.locator("[data-lesson-link]").inputValue();
  await other.getByRole("button", { name: "Make this my lesson in progress" }).click();
  await expect(other.getByText(/^This is your lesson in progress/)).toBeVisible();
  expect(await other.evaluate(() => window.location.search)).toBe("");
  expect(await other.evaluate(() => localStorage.getItem("attention-by-hand:lesson"))).toBe(
    new URL(kept).search.slice(1),
  );
  otherConsole.expectNone("opening a lesson link");
  await fresh.close();
});

test("a bad link keeps what it can and lists exactly what was dropped or shortened", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  const long = "n".repeat(300);
  await page.goto(
    `/lesson/?v=1&t=Bad&1=softmax/softmax&n1=${long}&2=qkv-projections/qkv-projection&2.x=abc&3=softmax/foo&4=nope/x`,
  );
  await lessonShown(page, 2);
  const problems = page.locator("[data-lesson-problems] li");
  await expect(problems).toHaveText([
    // In the order of the items; the example's own message for what it refused.
    "Item 1: the note had 300 characters, more than 280: it was shortened to the first 280.",
    /^Item 2 \(qkv-projections\/qkv-projection\): The link’s x was not used: “abc” in x is not a number\./,
    "Item 3: no example “foo” on “softmax”: dropped.",
    "Item 4: there is no concept page “nope”: dropped.",
  ]);
  // The projection shows the page's numbers for what it could not use: y = (2, 17).
  await expect(projectedY(itemNamed(page, "qkv-projections/qkv-projection"))).toHaveText(["2", "17"]);
  // The address keeps what was used, and nothing else.
  expect(await page.evaluate(() => window.location.search)).toBe(
    `?v=1&t=Bad&1=softmax/softmax&n1=${"n".repeat(280)}&2=qkv-projections/qkv-projection`,
  );
  // Remove: the item goes, from the page and the address, and the focus moves to the next item.
  await itemNamed(page, "softmax/softmax").getByRole("button", { name: "Remove" }).click();
  await expect(items(page)).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 3, name: /^1\. Q, K, and V Projections/ })).toBeFocused();
  await expect(page.getByRole("heading", { level: 2, name: "1 example" })).toBeVisible();
  expect(await page.evaluate(() => window.location.search)).toBe("?v=1&t=Bad&1=qkv-projections/qkv-projection");
});

test("the lesson page has no axe violations, light and dark, and fits 360 px", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto(
    "/lesson/?v=1&t=Two+steps&1=qkv-projections/qkv-projection&1.inspect=0,1&n1=Start+here&2=softmax/nope",
  );
  await lessonShown(page, 1);
  await checkA11y(page, "/lesson/ in light at 1280 px");
  await page.emulateMedia({ colorScheme: "dark" });
  await page.setViewportSize(PHONE);
  await checkA11y(page, "/lesson/ in dark at 360 px");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the lesson page says what a lesson is and that showing one needs JavaScript", async ({ page }) => {
    await page.goto("/lesson/?v=1&1=softmax/softmax");
    await expect(page.getByRole("heading", { level: 1, name: "Lesson" })).toBeVisible();
    await expect(page.getByText(/^A lesson is a handful of worked examples/)).toBeVisible();
    await expect(page.getByText(/^Showing a lesson needs JavaScript/)).toBeVisible();
  });
});
