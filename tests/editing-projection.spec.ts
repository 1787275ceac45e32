import { expect, test } from "@playwright/test";
import {
  copyLinkAndOpen,
  editable,
  expectOnlyFiniteNumbers,
  expectRefusedCell,
  expectRefusedField,
  isScrolledTo,
  openEditable,
  queryOf,
  shown,
  startEditing,
  tabUntil,
  type EditableExample,
} from "./helpers/editing.ts";

const PAGE = "/concepts/qkv-projections/";
const ID = "qkv-projection";

const Y = "Projected vector y: inspect a component";

/** The projected row y as shown, e.g. ["2", "17"]. */
const shownY = (ex: EditableExample) => shown(ex, Y);

test.describe("editing the Q/K/V projection example", () => {
  test("an edited cell recomputes y, its expansion, the plot and the text alternative", async ({ page }) => {
    const ex = await openEditable(page, PAGE, ID);
    await startEditing(ex);
    // W₀₁ from 10 to 7: y₁ = 2·7 + 3·(−1) = 11, y₀ = 2·1 + 3·0 = 2.
    await ex.cell("W row 0, column 1").fill("7");
    expect(await shownY(ex)).toEqual(["2", "11"]);
    await ex.example.getByRole("button", { name: /^y₁ = 11/ }).click(); // a tap pins it: a hover would end if the layout moved under the pointer
    await expect(ex.example.locator(".readout .expansion")).toHaveText("y₁ = 2·7 + 3·(−1) = 11");
    await expect(ex.example.locator(".vector-plot")).toContainText("y₁ = 11");
    await expect(ex.example.locator(".in-words")).toContainText("(2, 11)");
    expect(await queryOf(page)).toMatchObject({ "qkv-projection.W": "1,7;0,-1" });
  });

  test("a whole matrix typed in the editor, and sizes changed with the buttons", async ({ page }) => {
    const ex = await openEditable(page, PAGE, ID);
    await startEditing(ex);
    // y = (2·1 + 3·4, 2·2 + 3·5, 2·3 + 3·6) = (14, 19, 24).
    await ex.field("W").fill("1 2 3; 4 5 6");
    expect(await shownY(ex)).toEqual(["14", "19", "24"]);
    await expect(ex.example.locator(".plot-note")).toContainText("this example has 2 inputs and 3 outputs");

    await ex.frame.getByRole("button", { name: "Remove the last of the columns of W (entries of y)" }).click();
    expect(await shownY(ex)).toEqual(["14", "19"]);
    // A third entry of x (0) and a third row of W (zeros) arrive together; y does not change.
    await ex.frame.getByRole("button", { name: "Add one to the entries of x (rows of W)" }).click();
    await expect(ex.field("x")).toHaveValue("2, 3, 0");
    await expect(ex.field("W")).toHaveValue("1 2; 4 5; 0 0");
    expect(await shownY(ex)).toEqual(["14", "19"]);
    await ex.cell("x₂").fill("1");
    await ex.cell("W row 2, column 1").fill("-9");
    expect(await shownY(ex)).toEqual(["14", "10"]);
  });

  test("keyboard only: open the editor, change a number, and move on", async ({ page }) => {
    const ex = await openEditable(page, PAGE, ID);
    const edit = ex.tool("Edit numbers");
    await edit.focus();
    await page.keyboard.press("Enter");
    await expect(ex.tool("Done editing")).toBeFocused();
    // Tab through the editor to the first cell of x, in the example below it.
    await tabUntil(ex, ex.cell("x₀"));
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("5");
    await page.keyboard.press("Tab");
    await expect(ex.cell("x₁")).toBeFocused();
    // y = (5·1 + 3·0, 5·10 + 3·(−1)) = (5, 47).
    expect(await shownY(ex)).toEqual(["5", "47"]);
  });

  // One refused cell and one refused field per kind of field (a row, x; a matrix, W), and one bad
  // link of each: every other way a value can be wrong, in every example, is a table in
  // src/examples/typed-values.cases.test.tsx and url-state.cases.test.tsx.
  test("a refused cell and a refused field, of a row (x) and of a matrix (W): the message is tied to them, the last numbers stay", async ({
    page,
  }) => {
    const ex = await openEditable(page, PAGE, ID);
    await startEditing(ex);
    await expectRefusedCell(ex, "x₀", "abc", "“abc” in x₀ is not a number", Y, ["2", "17"]);
    await ex.cell("x₀").blur();
    await expect(ex.cell("x₀")).toHaveValue("2");
    await expectRefusedCell(ex, "W row 1, column 1", "1e999", "“1e999” in W row 1, column 1 is too large", Y, [
      "2",
      "17",
    ]);
    await expectRefusedField(ex, "x", "1,,2", "has an empty entry", Y, ["2", "17"]);
    await expectRefusedField(ex, "W", "1 2; 3", "Row 1 of W has 1 number but row 0 has 2", Y, ["2", "17"]);
  });

  test("a link with a bad x and a bad W shows one note, as text never as HTML, and the page's numbers", async ({
    page,
  }) => {
    const x = encodeURIComponent('<img src=x id=injected onerror="document.title=1">');
    const ex = await openEditable(page, `${PAGE}?qkv-projection.x=${x}&qkv-projection.W=1,2;3`, ID);
    await expect(ex.note).toContainText("The link’s x was not used: “<img” in x is not a number");
    await expect(ex.note).toContainText("every row needs the same number of entries");
    await expect(page.locator("#injected")).toHaveCount(0);
    expect(await shownY(ex)).toEqual(["2", "17"]);
    await expectOnlyFiniteNumbers(ex);
  });

  test("Copy link opens the same numbers and inspected output, scrolled to the example; Reset clears them", async ({
    page,
    context,
  }) => {
    const ex = await openEditable(page, PAGE, ID);
    await startEditing(ex);
    await ex.field("x").fill("1, -2");
    // Pin y₁ by tapping (clicking) it: y₁ = 1·10 + (−2)·(−1) = 12.
    await ex.example.getByRole("button", { name: /^y₁ = 12/ }).click();
    const { link, page: opened } = await copyLinkAndOpen(context, ex);
    expect(link).toContain("?qkv-projection.x=1,-2&qkv-projection.inspect=0,1#qkv-projection");
    const copy = editable(opened, ID);
    expect(await shownY(copy)).toEqual(["1", "12"]);
    await expect(copy.example.getByRole("button", { name: /^y₁ = 12/ })).toHaveAttribute("aria-pressed", "true");
    await expect(copy.example.locator(".readout .expansion")).toHaveText("y₁ = 1·10 + (−2)·(−1) = 12");
    expect(await isScrolledTo(copy.frame)).toBe(true);

    await copy.tool("Reset").click();
    expect(await shownY(copy)).toEqual(["2", "17"]);
    expect(await queryOf(opened)).toEqual({});
    await expect(copy.tool("Reset")).toHaveCount(0);
  });

  test("without JavaScript the tools are hidden and the authored numbers show", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${PAGE}?qkv-projection.x=5,5`);
    const frame = page.locator(`[data-example-frame="${ID}"]`);
    await expect(frame.locator(".example-tools")).toBeHidden();
    await expect(frame.locator(".in-words")).toContainText("(2, 17)");
    await context.close();
  });

  test("when the browser refuses the clipboard, the link is shown selected to copy by hand", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", {
        value: { writeText: () => Promise.reject(new Error("denied")) },
      });
    });
    const ex = await openEditable(page, `${PAGE}?qkv-projection.x=4,4`, ID);
    await ex.tool("Share").click();
    await ex.frame.getByRole("menuitem", { name: "Copy link", exact: true }).click();
    await expect(ex.frame.locator(".example-status")).toContainText("did not allow copying");
    const manual = ex.frame.getByRole("textbox", { name: "Link to this example" });
    await expect(manual).toHaveValue(/\/concepts\/qkv-projections\/\?qkv-projection\.x=4,4#qkv-projection$/);
    expect(
      await manual.evaluate((input: HTMLInputElement) =>
        input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0),
      ),
    ).toBe(await manual.inputValue());
  });
});
