import { expect, test, type Locator, type Page } from "@playwright/test";
import { checkA11y } from "./helpers/a11y.ts";
import { watchConsole } from "./helpers/console.ts";
import { CONCEPT_URL, OUTPUTS, expectInspected, isFocused, tabUntilFocused } from "./helpers/projection-example.ts";

/** Presenter mode (src/present/): keyboard use, the address, high contrast and accessibility. */

const MAP_URL = "/concepts/self-attention-map/";
const STEPS = ["1. Queries", "2. Scores", "3. Scaling", "4. Softmax", "5. Output"];

test.use({ viewport: { width: 1280, height: 900 } });
// Long Tab walks, two page loads and two axe scans in a test: more than the default on a shared machine.
test.describe.configure({ timeout: 90_000 });

/** The size a number is drawn at: its font size times the zoom it is shown with. */
function renderedFontSize(cell: Locator): Promise<number> {
  return cell.evaluate((element) => {
    const zoom = (element as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
    return parseFloat(getComputedStyle(element).fontSize) * zoom;
  });
}

const presenter = (page: Page) => page.locator("dialog[data-present-dialog]");
const position = (page: Page) => presenter(page).locator(".present-position");
const presentParams = (page: Page) => {
  const params = new URL(page.url()).searchParams;
  return [params.get("present"), params.get("slide")];
};

/** Whether the focus is inside the presenter's dialog. */
const focusInDialog = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest("dialog[data-present-dialog]") !== null);

test("an example is presented full-screen from its Present button, inspected by keyboard, and left with Escape", async ({
  page,
}) => {
  const console = watchConsole(page);
  await page.goto(CONCEPT_URL);
  const present = page.locator('#qkv-projection button[data-present="qkv-projection"]');
  await tabUntilFocused(page, present);
  await expect(present).toHaveAccessibleName("Present");
  const output = page.locator("#qkv-projection").getByRole("button", { name: OUTPUTS[1]!.name, exact: true });
  await expect(output).toBeVisible();
  const onPage = await renderedFontSize(output);

  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Projection example" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute("aria-modal", "true");
  expect(presentParams(page)).toEqual(["qkv-projection", "1"]);
  // It fills the window, the tools are hidden and the numbers are drawn larger.
  const box = (await dialog.boundingBox())!;
  expect(box).toEqual({ x: 0, y: 0, width: 1280, height: 900 });
  await expect(dialog.getByRole("button", { name: "Share" })).toBeHidden();
  await expect(dialog.getByRole("button", { name: "Edit numbers" })).toBeHidden();
  expect(await renderedFontSize(output)).toBeGreaterThan(onPage * 1.2);
  await expect(position(page)).toHaveText("1 of 1");
  // Full screen came with the press, where the browser allows it; the bar offers it otherwise.
  const fullscreen = await page.evaluate(() => document.fullscreenElement !== null);
  await expect(dialog.getByRole("button", { name: "Full screen" })).toBeVisible({ visible: !fullscreen });

  // Tab reaches the numbers, arrow keys move between them and inspect, the slide stays.
  await page.keyboard.press("Tab");
  const first = dialog.getByRole("button", { name: OUTPUTS[0]!.name, exact: true });
  expect(await isFocused(first)).toBe(true);
  await expectInspected(page, OUTPUTS[0]!);
  await page.keyboard.press("ArrowRight");
  expect(await isFocused(output)).toBe(true);
  await expectInspected(page, OUTPUTS[1]!);
  await expect(dialog).toBeVisible();
  expect(await output.evaluate((cell) => cell.closest("dialog") !== null)).toBe(true);

  // The focus stays in the dialog however often Tab is pressed, both ways.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    expect(await focusInDialog(page), `Tab ${i + 1} stays in the dialog`).toBe(true);
  }
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press("Shift+Tab");
    expect(await focusInDialog(page), `Shift+Tab ${i + 1} stays in the dialog`).toBe(true);
  }

  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  expect(await isFocused(present)).toBe(true);
  expect(presentParams(page)).toEqual([null, null]);
  // The example is back in its place on the page, at its own size, with its numbers.
  await expect(page.locator("article #qkv-projection")).toHaveCount(1);
  expect(await renderedFontSize(output)).toBeCloseTo(onPage, 1);
  await expect(page.locator("#qkv-projection").getByRole("button", { name: "Share" })).toBeVisible();
  console.expectNone("after presenting");
});

test("a step-through is presented one step at a time with PageDown and PageUp, and a reload keeps the slide", async ({
  page,
}) => {
  const console = watchConsole(page);
  await page.goto(MAP_URL);
  const present = page.getByRole("button", { name: "Present steps" });
  await tabUntilFocused(page, present, 80);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Steps from embeddings to output" });
  await expect(dialog).toBeVisible();
  const heading = (title: string) => dialog.getByRole("heading", { name: title, exact: true });
  await expect(position(page)).toHaveText("1 of 5");
  await expect(heading(STEPS[0]!)).toBeVisible();

  await page.keyboard.press("PageDown");
  await page.keyboard.press("PageDown");
  await expect(position(page)).toHaveText("3 of 5");
  await expect(heading(STEPS[2]!)).toBeVisible();
  await expect(dialog.locator(".step-tab")).toHaveCount(1);
  await expect(dialog.locator(".present-live")).toHaveText(`Slide 3 of 5: ${STEPS[2]}`);
  expect(presentParams(page)).toEqual(["map-step-queries", "3"]);
  await page.keyboard.press("PageUp");
  await expect(position(page)).toHaveText("2 of 5");
  await expect(heading(STEPS[1]!)).toBeVisible();
  // The step's example wakes on its slide.
  await expect(dialog.locator("[data-island][data-hydrated]").first()).toBeAttached();

  await page.reload();
  const again = page.getByRole("dialog", { name: "Steps from embeddings to output" });
  await expect(again).toBeVisible();
  await expect(position(page)).toHaveText("2 of 5");
  await expect(again.getByRole("heading", { name: STEPS[1]!, exact: true })).toBeVisible();
  await expect(again.locator(".present-note")).toBeHidden();

  // From the slide itself, End, Home, → and Space move too; the bar's buttons as well.
  await page.keyboard.press("End");
  await expect(position(page)).toHaveText("5 of 5");
  await expect(again.getByRole("button", { name: "Next →" })).toBeDisabled();
  await page.keyboard.press("Home");
  await expect(position(page)).toHaveText("1 of 5");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press(" ");
  await expect(position(page)).toHaveText("3 of 5");
  await again.getByRole("button", { name: "← Previous" }).press("Enter");
  await expect(position(page)).toHaveText("2 of 5");

  // Exit: the page's tabs show the step presented last, and the focus is on Present steps.
  await again.getByRole("button", { name: "Exit" }).press("Enter");
  await expect(again).toHaveCount(0);
  await expect(page.getByRole("tab", { name: STEPS[1]! })).toHaveAttribute("aria-selected", "true");
  expect(await isFocused(present)).toBe(true);
  expect(presentParams(page)).toEqual([null, null]);
  console.expectNone("after presenting the steps");
});

test.describe("an address the presenter cannot use", () => {
  // An unknown name falls back to the page's first deck: on the map page, the map's own example.
  for (const [search, note, deck, title, slide] of [
    [
      "?present=map-step-queries&slide=99",
      "There is no slide “99”",
      "map-step-queries",
      "Steps from embeddings to output",
      "1 of 5",
    ],
    [
      "?present=map-step-queries&slide=two",
      "There is no slide “two”",
      "map-step-queries",
      "Steps from embeddings to output",
      "1 of 5",
    ],
    [
      "?present=no-such-example&slide=3",
      "no example or steps called “no-such-example”",
      "cat-sat-map",
      "Attention map example",
      "1 of 1",
    ],
  ] as const) {
    test(`${search} opens the first valid slide and says why`, async ({ page }) => {
      await page.goto(`${MAP_URL}${search}`);
      const dialog = page.getByRole("dialog", { name: title });
      await expect(dialog).toBeVisible();
      await expect(position(page)).toHaveText(slide);
      await expect(dialog.locator(".present-note")).toContainText(note);
      await expect(dialog.locator(".present-live")).toContainText(note);
      expect(presentParams(page)).toEqual([deck, "1"]);
    });
  }
});

for (const scheme of ["light", "dark"] as const) {
  test(`high contrast forces ${scheme === "light" ? "black on white" : "white on black"}, and axe finds nothing while presenting (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${CONCEPT_URL}?present=qkv-projection`);
    const dialog = page.getByRole("dialog", { name: "Projection example" });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator("[data-island][data-hydrated]")).toBeAttached();
    await checkA11y(page, `presenting (${scheme})`);

    const cell = dialog.getByRole("button", { name: OUTPUTS[0]!.name, exact: true });
    const colours = () =>
      Promise.all([
        dialog.evaluate((element) => getComputedStyle(element).backgroundColor),
        cell.evaluate((element) => [getComputedStyle(element).color, getComputedStyle(element).borderTopWidth]),
      ]);
    const before = await colours();
    const toggle = dialog.getByRole("button", { name: "High contrast" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    const [paper, ink] =
      scheme === "light" ? ["rgb(255, 255, 255)", "rgb(0, 0, 0)"] : ["rgb(0, 0, 0)", "rgb(255, 255, 255)"];
    const after = await colours();
    expect(after).not.toEqual(before);
    expect(after[0]).toBe(paper);
    expect(after[1][0]).toBe(ink);
    // Thicker outlines (widths are rounded to whole device pixels at the slide's zoom).
    expect(parseFloat(after[1][1]!)).toBeGreaterThan(parseFloat(before[1][1]!));
    // The pointer inspects as on the page, at the slide's zoom.
    await dialog.getByRole("button", { name: OUTPUTS[1]!.name, exact: true }).hover();
    await expectInspected(page, OUTPUTS[1]!);
    await checkA11y(page, `presenting in high contrast (${scheme})`);

    // Opened by its address, the page could not go full screen by itself; one press does it.
    const full = dialog.getByRole("button", { name: "Full screen" });
    await full.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName ?? null)).toBe("HTML");
    await expect(full).toBeHidden();
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test("the presentation fits 360 px: nothing scrolls sideways, the bar's controls are on screen, a tap inspects", async ({
    page,
  }) => {
    await page.goto(`${MAP_URL}?present=map-step-queries&slide=2`);
    const dialog = page.getByRole("dialog", { name: "Steps from embeddings to output" });
    await expect(dialog).toBeVisible();
    await expect(position(page)).toHaveText("2 of 5");
    const stage = dialog.locator(".present-stage");
    expect(await stage.evaluate((element) => element.scrollWidth <= element.clientWidth + 1)).toBe(true);
    for (const name of ["← Previous", "Next →", "High contrast", "Exit"]) {
      const box = (await dialog.getByRole("button", { name }).boundingBox())!;
      expect(box.x, name).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, name).toBeLessThanOrEqual(360);
      expect(box.y + box.height, name).toBeLessThanOrEqual(740);
    }
    await expect(dialog.locator("[data-island][data-hydrated]")).toBeAttached();
    const cell = dialog.locator("[data-island] button[data-cell]").first();
    await cell.tap();
    await expect(cell).toHaveAttribute("data-role", "inspected");
    await dialog.getByRole("button", { name: "Next →" }).tap();
    await expect(position(page)).toHaveText("3 of 5");
  });
});
