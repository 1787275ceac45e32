import { expect, test, type Page } from "@playwright/test";
import { watchConsole } from "./helpers/console.ts";
import { wakeIsland } from "./helpers/site.ts";
import {
  copyLinkAndOpen,
  editable,
  expectOnlyFiniteNumbers,
  isScrolledTo,
  openEditable,
  queryOf,
  startEditing,
  type EditableExample,
} from "./helpers/editing.ts";

const MAP_PAGE = "/concepts/self-attention-map/";
const HEADS_PAGE = "/concepts/multi-head-attention/";

/** The weights of row `i` of the heatmap in `ex` (`map` picks one of several), as shown. */
async function mapRow(ex: EditableExample, i: number, map = 0): Promise<string[]> {
  return ex.example.locator(".attention-map").nth(map).locator(`[data-cell^="${i}-"] text`).allTextContents();
}

/** The entries of row `i` of the matrix group named `name`, as shown. */
async function matrixRow(ex: EditableExample, name: string, i: number): Promise<string[]> {
  return ex.example.getByRole("group", { name, exact: true }).locator(`[data-cell^="${i}-"]`).allInnerTexts();
}

/** The page's own map: row “sat” of “The cat sat on the mat”. */
const AUTHORED_SAT = ["0.09", "0.69", "0.09", "0.01", "0.01", "0.09"];

async function openMap(page: Page, query = ""): Promise<EditableExample> {
  return openEditable(page, `${MAP_PAGE}${query}`, "cat-sat-map");
}

test.describe("the attention map takes a learner's own sentence", () => {
  test("a typed sentence recomputes the map, its readout, the word kinds and the text alternative", async ({
    page,
  }) => {
    const console = watchConsole(page);
    const ex = await openMap(page);
    await startEditing(ex);
    await ex.field("sentence").fill("the dog ran");
    // X: the (0,0,1,−1), dog (1,0,0,0), ran (0,1,0,1); Q = XW_q: the (3,0,0,−2), dog (0,−2,4,0), ran (4,0,0,2).
    // Scores / √4: the (1, 1.5, −1), dog (2, 0, −1), ran (−1, 2, 1); softmax of each row:
    await expect.poll(() => mapRow(ex, 0)).toEqual(["0.36", "0.59", "0.05"]);
    await expect.poll(() => mapRow(ex, 1)).toEqual(["0.84", "0.11", "0.04"]);
    await expect.poll(() => mapRow(ex, 2)).toEqual(["0.04", "0.71", "0.26"]);
    await ex.example.getByRole("button", { name: /^“ran” looks at “dog”/ }).click(); // a tap pins it: a hover would end if the layout moved under the pointer
    await expect(ex.example.locator(".map-facts dd")).toHaveText([
      "“ran”, row 2",
      "“dog”, column 1",
      "S₂₁ = q₂·k₁ = 4·1 + 0·0 + 0·0 + 2·0 = 4",
      "4 / √4 = 4 / 2 = 2",
      "≈ 0.71",
    ]);
    await expect(ex.example.locator(".word-kinds")).toContainText("dog: noun (not in the word list)");
    await expect(ex.example.locator(".word-kinds")).toContainText("ran: relation word");
    await expect(ex.example.locator(".sentence-features")).toContainText("a word not in the list counts as a noun");
    await expect.poll(() => matrixRow(ex, "Embeddings X: the features of each word", 1)).toEqual(["1", "0", "0", "0"]);
    await expect(ex.example.getByRole("region", { name: "The map in words" })).toContainText(
      "“ran” looks most at “dog”: the 0.04, dog 0.71, ran 0.26.",
    );
    await expect(ex.example.locator("svg desc")).toContainText("the → dog; dog → the; ran → dog");
    expect(await queryOf(page)).toMatchObject({ "cat-sat-map.sentence": "the dog ran" });
    console.expectNone("after typing a sentence and inspecting a cell");
  });

  test("keyboard only: open the editor, type a sentence, and move on", async ({ page }) => {
    const ex = await openMap(page);
    await ex.tool("Edit numbers").focus();
    await page.keyboard.press("Enter");
    await expect(ex.tool("Done editing")).toBeFocused();
    const field = ex.field("sentence");
    for (
      let presses = 0;
      presses < 20 && !(await field.evaluate((element) => element === document.activeElement));
      presses += 1
    ) {
      await page.keyboard.press("Tab");
    }
    await expect(field).toBeFocused();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("dog ran");
    await page.keyboard.press("Tab");
    await expect(field).not.toBeFocused();
    // “dog ran”: q(dog) = (0, −2, 4, −2), q(ran) = (4, 0, 0, 2); scores / 2: dog (1, −2), ran (1, 1).
    await expect.poll(() => mapRow(ex, 0)).toEqual(["0.95", "0.05"]);
    await expect.poll(() => mapRow(ex, 1)).toEqual(["0.5", "0.5"]);
  });

  // One bad link and one refused field for words: every other refused sentence, and the other
  // examples that take one, are tables in src/examples/url-state.cases.test.tsx and
  // typed-values.cases.test.tsx.
  test("markup in a link's sentence and typed as one is refused as text, never made into elements; the page's sentence stays", async ({
    page,
  }) => {
    const ex = await openMap(page, `?cat-sat-map.sentence=${encodeURIComponent("<b>hi</b> there")}`);
    await expect(ex.note).toContainText("The link’s sentence was not used: “<b>hi</b>” in sentence is not a word");
    await expect.poll(() => mapRow(ex, 2)).toEqual(AUTHORED_SAT);
    await startEditing(ex);
    const field = ex.field("sentence");
    await field.fill("the <i>cat</i>");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    const messageId = (await field.getAttribute("aria-describedby"))!.split(" ").at(-1)!;
    await expect(page.locator(`[id="${messageId}"]`)).toContainText("“<i>cat</i>” in sentence is not a word");
    await expect.poll(() => mapRow(ex, 2)).toEqual(AUTHORED_SAT);
    await expect(page.locator("b, i", { hasText: /^(hi|cat)$/ })).toHaveCount(0);
    await expectOnlyFiniteNumbers(ex);
  });
});

test.describe("the steps of one head take a learner's own sentence", () => {
  test("the scores step recomputes, and Copy link keeps its sentence and inspected score", async ({
    page,
    context,
  }) => {
    const ex = await openEditable(page, MAP_PAGE, "cat-sat-scores");
    await startEditing(ex);
    await ex.field("sentence").fill("the dog ran");
    // q(ran) = (4, 0, 0, 2) against k = x: the (0,0,1,−1) → −2, dog (1,0,0,0) → 4, ran (0,1,0,1) → 2.
    await expect.poll(() => matrixRow(ex, "Scores S = QKᵀ: inspect an entry", 2)).toEqual(["−2", "4", "2"]);
    const entry = ex.example
      .getByRole("group", { name: "Scores S = QKᵀ: inspect an entry" })
      .locator('[data-cell="2-1"]');
    await entry.click();
    await expect(ex.example.locator(".readout .expansion")).toHaveText("S₂₁ = q₂·k₁ = 4·1 + 0·0 + 0·0 + 2·0 = 4");
    const { link, page: opened } = await copyLinkAndOpen(context, ex);
    // The step shares the map's sentence, so its link carries it under the map's id.
    expect(link).toContain("cat-sat-map.sentence=the+dog+ran");
    expect(link).toContain("cat-sat-scores.inspect=2,1");
    expect(link).toMatch(/#cat-sat-scores$/);
    const copy = editable(opened, "cat-sat-scores");
    const copied = copy.example
      .getByRole("group", { name: "Scores S = QKᵀ: inspect an entry" })
      .locator('[data-cell="2-1"]');
    await expect(copied).toHaveAttribute("aria-pressed", "true");
    await expect(copied).toHaveText("4");
    // The other steps follow the map's sentence too: one story, one input.
    await wakeIsland(opened, "cat-sat-weights");
    await expect(editable(opened, "cat-sat-weights").frame).toContainText("ran");
  });
});

test.describe("multi-head attention takes a learner's own sentence", () => {
  test("both maps, C, Y and the text alternative follow “dog ran”; the inspected entry of Y travels in the link", async ({
    page,
    context,
  }) => {
    const ex = await openEditable(page, HEADS_PAGE, "two-heads");
    await startEditing(ex);
    await ex.field("sentence").fill("dog ran");
    // Head 1: q(dog) = (0, 3) against k = (1, 0), (0, 1): (0, 3) / √2 → 0.11, 0.89.
    await expect.poll(() => mapRow(ex, 0, 0)).toEqual(["0.11", "0.89"]);
    // Head 2: q(dog) = (−2, 0) against k = (−1, 1), (1, 0): (2, −2) / √2 → 0.94, 0.06.
    await expect.poll(() => mapRow(ex, 0, 1)).toEqual(["0.94", "0.06"]);
    // C row “dog” = (0.107, 0.893, 0.944, 0.056); Y = (c0 + c2, c1 + c3, c0 − c2, c1 − c3).
    await expect.poll(() => matrixRow(ex, "Output Y: inspect an entry", 0)).toEqual(["1.05", "0.95", "−0.84", "0.84"]);
    await expect(ex.example.getByRole("region", { name: "Worked multi-head example in words" })).toContainText(
      "Y row (1.05, 0.95, −0.84, 0.84)",
    );
    await expect(ex.example.locator(".word-kinds")).toContainText("dog: noun (not in the word list)");

    await ex.example.getByRole("group", { name: "Output Y: inspect an entry" }).locator('[data-cell="0-2"]').click();
    const { link, page: opened } = await copyLinkAndOpen(context, ex);
    expect(link).toContain("?two-heads.sentence=dog+ran&two-heads.inspect=out:0,2#two-heads");
    const copy = editable(opened, "two-heads");
    await expect(
      copy.example.getByRole("group", { name: "Output Y: inspect an entry" }).locator('[data-cell="0-2"]'),
    ).toHaveAttribute("aria-pressed", "true");
    expect(await isScrolledTo(copy.frame)).toBe(true);
    await copy.tool("Reset").click();
    await expect.poll(() => mapRow(copy, 0, 0)).toEqual(["0.05", "0.45", "0.45", "0.05"]);
    expect(await queryOf(opened)).toEqual({});
  });
});
