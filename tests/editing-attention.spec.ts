import { expect, test, type Page } from "@playwright/test";
import { checkA11y } from "./helpers/a11y.ts";
import { copyLinkAndOpen, editable, expectOnlyFiniteNumbers, isScrolledTo, openEditable, queryOf, startEditing, type EditableExample } from "./helpers/editing.ts";

/**
 * Editing the attention-matrix examples: scores S = QKᵀ, softmax of each row (and of very large
 * scores), the weighted sum O = AV, and the causal mask. Every expected number is worked out by
 * hand in the comment beside it.
 */

const SOFTMAX = "/concepts/softmax/";
const SCORES = "/concepts/attention-scores/";
const WEIGHTED = "/concepts/weighted-sum-of-values/";
const CAUSAL = "/concepts/causal-masking/";

/** What a matrix's cells show, row by row (a cell being edited: its text field's value), found by the matrix's accessible name. */
function cells(ex: EditableExample, matrix: string): Promise<string[]> {
  return ex.example
    .getByRole("group", { name: matrix, exact: true })
    .locator("[data-cell]")
    .evaluateAll((found) => found.map((cell) => (cell instanceof HTMLInputElement ? cell.value : (cell.textContent ?? "").trim())));
}

const weights = (ex: EditableExample) => cells(ex, "Weights: inspect a weight");

/** The softmax page's weights: (2, 1, 0) → (0.67, 0.24, 0.09), (1, 3, 1) → (0.11, 0.79, 0.11), (0, 0, 0) → ⅓ each. */
const SOFTMAX_WEIGHTS = ["0.67", "0.24", "0.09", "0.11", "0.79", "0.11", "0.33", "0.33", "0.33"];
/** The scores page's S = QKᵀ with Q = [[1, 0], [0, 1], [1, 1]], K = [[1, 0], [2, 1], [0, 2]]. */
const SCORES_S = ["1", "2", "0", "0", "1", "2", "1", "3", "2"];
/** The weighted-sum page's O = AV. */
const WEIGHTED_O = ["2.5", "1", "1.5", "1.5", "0.6", "1.8"];

/** Moves focus with Tab (no mouse) until `target` has it. */
async function tabTo(page: Page, target: ReturnType<EditableExample["cell"]>): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

test.describe("editing the softmax examples", () => {
  test("an edited score recomputes its row of weights, the readout, the shares and the text alternative", async ({ page }) => {
    const ex = await openEditable(page, SOFTMAX, "softmax");
    await startEditing(ex);
    // s₀₀ from 2 to 1: row 0 is (1, 1, 0); exps 1, 1, exp(−1) = 0.368, sum 2.368, so
    // weights 0.422, 0.422, 0.155.
    await ex.cell("s₀₀").fill("1");
    expect((await weights(ex)).slice(0, 3)).toEqual(["0.42", "0.42", "0.16"]);
    await ex.example.getByRole("button", { name: /^a₀₂/ }).click();
    await expect(ex.example.locator(".readout .expansion").last()).toHaveText(
      "a₀₂ = exp(−1) / (exp(0) + exp(0) + exp(−1)) ≈ 0.368 / (1 + 1 + 0.368) ≈ 0.368 / 2.368 ≈ 0.155",
    );
    await expect(ex.example.locator(".row-shares desc")).toContainText("q₀: k₀ 0.42, k₁ 0.42, k₂ 0.16.");
    await expect(ex.example.locator(".in-words")).toContainText("Scores (1, 1, 0)");
    await expect(ex.example.locator(".in-words")).toContainText("Weights (0.42, 0.42, 0.16), which sum to 1");
    expect(await queryOf(page)).toMatchObject({ "softmax.scores": "1,1,0;1,3,1;0,0,0", "softmax.inspect": "0,2" });
  });

  test("a whole matrix typed in the editor, and rows and columns added and removed", async ({ page }) => {
    const ex = await openEditable(page, SOFTMAX, "softmax");
    await startEditing(ex);
    // (0, 0) → (0.5, 0.5); (3, 1): exp(−2) = 0.135, so 1 / 1.135 = 0.88 and 0.12.
    await ex.field("scores").fill("0 0; 3 1");
    expect(await weights(ex)).toEqual(["0.5", "0.5", "0.88", "0.12"]);
    // One more key: a 0 at the end of each row. (0, 0, 0) → ⅓ each; (3, 1, 0): exps 1, 0.135,
    // 0.050, sum 1.185 → 0.84, 0.11, 0.04.
    await ex.frame.getByRole("button", { name: "Add one to the keys (columns of scores)" }).click();
    await expect(ex.field("scores")).toHaveValue("0 0 0; 3 1 0");
    expect(await weights(ex)).toEqual(["0.33", "0.33", "0.33", "0.84", "0.11", "0.04"]);
    await ex.frame.getByRole("button", { name: "Remove the last of the queries (rows of scores)" }).click();
    expect(await weights(ex)).toEqual(["0.33", "0.33", "0.33"]);
    await expect(ex.frame.getByRole("button", { name: "Remove the last of the queries (rows of scores)" })).toBeVisible();
    await ex.frame.getByRole("button", { name: "Remove the last of the queries (rows of scores)" }).click();
    await expect(ex.message).toContainText("Queries (rows of scores) cannot go below 1.");
  });

  test("keyboard only: open the editor, change a score, and move on", async ({ page }) => {
    const ex = await openEditable(page, SOFTMAX, "softmax");
    await ex.tool("Edit numbers").focus();
    await page.keyboard.press("Enter");
    await expect(ex.tool("Done editing")).toBeFocused();
    await tabTo(page, ex.cell("s₂₀"));
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("2");
    await page.keyboard.press("Tab");
    await expect(ex.cell("s₂₁")).toBeFocused();
    // Row 2 is (2, 0, 0): exps 1, 0.135, 0.135, sum 1.271 → 0.79, 0.11, 0.11.
    expect((await weights(ex)).slice(6)).toEqual(["0.79", "0.11", "0.11"]);
  });

  test("bad numbers typed into a cell are refused with a message, and the last weights stay", async ({ page }) => {
    const ex = await openEditable(page, SOFTMAX, "softmax");
    await startEditing(ex);
    const cell = ex.cell("s₀₀");
    for (const [typed, expected] of [
      ["abc", "“abc” in scores row 0, column 0 is not a number"],
      ["", "scores row 0, column 0 is empty"],
      ["1e999", "“1e999” in scores row 0, column 0 is too large"],
      ["NaN", "“NaN” in scores row 0, column 0 is not a number"],
      ["--2", "“--2” in scores row 0, column 0 is not a number"],
      ["10000", "too large to show"],
    ] as const) {
      await cell.fill(typed);
      await expect(ex.message).toContainText(expected);
      await expect(cell).toHaveAttribute("aria-invalid", "true");
      expect(await weights(ex)).toEqual(SOFTMAX_WEIGHTS);
      await expectOnlyFiniteNumbers(ex);
    }
    await cell.blur();
    await expect(cell).toHaveValue("2");
  });

  test("bad matrices typed into the editor are refused at the field", async ({ page }) => {
    const ex = await openEditable(page, SOFTMAX, "softmax");
    await startEditing(ex);
    const field = ex.field("scores");
    for (const [typed, expected] of [
      ["abc", "“abc” in row 0 of scores is not a number"],
      ["", "scores is empty"],
      ["1,,2", "has an empty entry"],
      ["1 2; 3", "Row 1 of scores has 1 number but row 0 has 2"],
      ["1 2 3 4 5 6 7", "scores has 7 columns; it takes at most 6"],
      ["1; 2; 3; 4; 5; 6; 7", "scores has 7 rows; it takes at most 6"],
      ["1 99999", "too large to show"],
      ["NaN 1", "“NaN” in row 0 of scores is not a number"],
    ] as const) {
      await field.fill(typed);
      await expect(field).toHaveAttribute("aria-invalid", "true");
      const messageId = (await field.getAttribute("aria-describedby"))!.split(" ").at(-1)!;
      await expect(page.locator(`[id="${messageId}"]`)).toContainText(expected);
      expect(await weights(ex)).toEqual(SOFTMAX_WEIGHTS);
      await expectOnlyFiniteNumbers(ex);
    }
  });

  test("bad values in a link give a note and the page's numbers", async ({ page }) => {
    for (const [query, expected] of [
      ["softmax.scores=abc", "The link’s scores was not used: “abc” in row 0 of scores is not a number"],
      ["softmax.scores=", "scores is empty"],
      ["softmax.scores=1e999", "too large"],
      ["softmax.scores=NaN", "“NaN” in row 0 of scores is not a number"],
      ["softmax.scores=--2", "“--2” in row 0 of scores is not a number"],
      ["softmax.scores=1,,2", "has an empty entry"],
      ["softmax.scores=1,2;3", "every row needs the same number of entries"],
      ["softmax.scores=1,2,3,4,5,6,7", "it takes at most 6"],
      ["softmax.scores=99999", "too large to show"],
      ["softmax.inspect=5,5", "The link asks to inspect “5,5”"],
      ["softmax.tokens=a,b,c", "The link sets “tokens”, which this example does not have"],
    ] as const) {
      const ex = await openEditable(page, `${SOFTMAX}?${query}`, "softmax");
      await expect(ex.note).toContainText(expected);
      expect(await weights(ex)).toEqual(SOFTMAX_WEIGHTS);
      await expectOnlyFiniteNumbers(ex);
    }
  });

  test("scores of ±9999 from a link still give finite weights, with the shift by the largest score shown", async ({ page }) => {
    const ex = await openEditable(page, `${SOFTMAX}?large-scores.scores=9999,-9999,9998&large-scores.inspect=0,1`, "large-scores");
    // Shifted by 9999: (0, −19998, −1); exps 1, 0 (underflow, not ∞), 0.368; sum 1.368 →
    // 0.731, 0 and 0.269.
    expect(await weights(ex)).toEqual(["0.73", "0", "0.27"]);
    await expect(ex.example.getByRole("button", { name: /^a₀₁/ })).toHaveAttribute("aria-pressed", "true");
    await expect(ex.example.locator(".readout")).toContainText("(0, −19998, −1)");
    await expect(ex.example.locator(".readout .expansion").last()).toContainText("≈ 0 / (1 + 0 + 0.368)");
    await expectOnlyFiniteNumbers(ex);
  });

  test("Copy link opens the same scores and inspected weight, scrolled to the example; Reset clears them", async ({ page, context }) => {
    const ex = await openEditable(page, SOFTMAX, "softmax");
    await startEditing(ex);
    await ex.field("scores").fill("1 0; 0 0");
    await ex.example.getByRole("button", { name: /^a₀₀/ }).click();
    const { link, page: opened } = await copyLinkAndOpen(context, ex);
    expect(link).toContain("?softmax.scores=1,0;0,0&softmax.inspect=0,0#softmax");
    const copy = editable(opened, "softmax");
    // (1, 0): exp(−1) = 0.368, so 1 / 1.368 = 0.73 and 0.27.
    expect(await weights(copy)).toEqual(["0.73", "0.27", "0.5", "0.5"]);
    await expect(copy.example.getByRole("button", { name: /^a₀₀/ })).toHaveAttribute("aria-pressed", "true");
    await expect(copy.example.locator(".readout .expansion").last()).toContainText("a₀₀ = exp(0) / (exp(0) + exp(−1))");
    expect(await isScrolledTo(copy.frame)).toBe(true);
    await copy.tool("Reset").click();
    expect(await weights(copy)).toEqual(SOFTMAX_WEIGHTS);
    expect(await queryOf(opened)).toEqual({});
  });
});

test.describe("editing the scores example", () => {
  const S = (ex: EditableExample) => cells(ex, "Scores S = QKᵀ: inspect an entry");

  test("Q and K edited in place recompute S, Kᵀ, the readout and the text alternative", async ({ page }) => {
    const ex = await openEditable(page, SCORES, "scores");
    await startEditing(ex);
    // q₂ from (1, 1) to (3, 1): S₂ⱼ = q₂·kⱼ = 3·1 + 1·0 = 3, 3·2 + 1·1 = 7, 3·0 + 1·2 = 2.
    await ex.cell("Q row 2 (“sat”), column 0").fill("3");
    expect(await S(ex)).toEqual(["1", "2", "0", "0", "1", "2", "3", "7", "2"]);
    // k₀ from (1, 0) to (1, 4): column 0 of S is q·k₀ = 1, 4, 3·1 + 1·4 = 7; Kᵀ's column 0 follows.
    await ex.cell("K row 0 (“the”), column 1").fill("4");
    expect(await S(ex)).toEqual(["1", "2", "0", "4", "1", "2", "7", "7", "2"]);
    expect(await cells(ex, "Keys, transposed: Kᵀ")).toEqual(["1", "2", "0", "4", "1", "2"]);
    await ex.example.getByRole("button", { name: /^S row 2 \(“sat”\), column 0/ }).click();
    await expect(ex.example.locator(".readout .expansion")).toHaveText("S₂₀ = q₂·k₀ = 3·1 + 1·4 = 7");
    await expect(ex.example.locator(".in-words")).toContainText("3·1 + 1·4 = 7");
    expect(await queryOf(page)).toMatchObject({ "scores.Q": "1,0;0,1;3,1", "scores.K": "1,4;2,1;0,2", "scores.inspect": "2,0" });
  });

  test("tokens and dₖ grow and shrink together; a mismatched K is refused", async ({ page }) => {
    const ex = await openEditable(page, SCORES, "scores");
    await startEditing(ex);
    await ex.frame.getByRole("button", { name: "Add one to the tokens (rows of Q and of K)" }).click();
    await expect(ex.field("Q")).toHaveValue("1 0; 0 1; 1 1; 0 0");
    await expect(ex.field("K")).toHaveValue("1 0; 2 1; 0 2; 0 0");
    await expect(ex.field("tokens")).toHaveValue("the cat sat t3");
    // A fourth token with zero query and key scores 0 against everything.
    expect(await S(ex)).toEqual(["1", "2", "0", "0", "0", "1", "2", "0", "1", "3", "2", "0", "0", "0", "0", "0"]);
    await ex.frame.getByRole("button", { name: "Remove the last of the columns of Q and of K (dₖ)" }).click();
    // dₖ = 1: Q = (1, 0, 1, 0), K = (1, 2, 0, 0); S = Q Kᵀ is their outer product.
    expect(await S(ex)).toEqual(["1", "2", "0", "0", "0", "0", "0", "0", "1", "2", "0", "0", "0", "0", "0", "0"]);
    const field = ex.field("K");
    await field.fill("1 2; 3 4; 5 6; 7 8");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(ex.frame.locator(".example-editor")).toContainText("K has 2 columns but Q has 1 column: they must match");
    await expectOnlyFiniteNumbers(ex);
  });

  test("a link with a mismatched Q is refused with a note; a good one is used", async ({ page }) => {
    let ex = await openEditable(page, `${SCORES}?scores.Q=1,0;0,1`, "scores");
    await expect(ex.note).toContainText("do not fit together");
    expect(await S(ex)).toEqual(SCORES_S);
    ex = await openEditable(page, `${SCORES}?scores.tokens=a+b+c&scores.inspect=1,2`, "scores");
    await expect(ex.note).toHaveCount(0);
    await expect(ex.example.getByRole("button", { name: /^S row 1 \(“b”\), column 2 \(“c”\)/ })).toHaveAttribute("aria-pressed", "true");
  });
});

test.describe("editing the weighted sum", () => {
  const O = (ex: EditableExample) => cells(ex, "Output O = AV: inspect an entry");

  test("an edited value recomputes O, its readout and the text alternative", async ({ page }) => {
    const ex = await openEditable(page, WEIGHTED, "weighted-sum");
    await startEditing(ex);
    // v₁ from (0, 2) to (0, 10): o₂ = 0.1·(4, 0) + 0.8·(0, 10) + 0.1·(2, 2) = (0.6, 8.2).
    await ex.cell("V row 1 (“cat”), column 1").fill("10");
    expect((await O(ex)).slice(4)).toEqual(["0.6", "8.2"]);
    await ex.example.getByRole("button", { name: /^O row 2 \(“sat”\), column 1/ }).click();
    await expect(ex.example.locator(".readout .expansion").first()).toHaveText("O₂₁ = 0.1·0 + 0.8·10 + 0.1·2 = 8.2");
    await expect(ex.example.locator(".in-words")).toContainText("o₂ = 0.1·(4, 0) + 0.8·(0, 10) + 0.1·(2, 2) = (0.6, 8.2)");
  });

  test("a weight that breaks its row is refused, naming the row and its sum; keyboard only, it can be kept by rescaling the row", async ({ page }) => {
    const ex = await openEditable(page, WEIGHTED, "weighted-sum");
    await ex.tool("Edit numbers").focus();
    await page.keyboard.press("Enter");
    const cell = ex.cell("A row 2 (“sat”), column 1 (“cat”)");
    await tabTo(page, cell);
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("0.5");
    await expect(ex.message).toContainText("In the weights, row 2 sums to 0.7; softmax makes each row sum to 1.");
    await expect(cell).toHaveAttribute("aria-invalid", "true");
    expect(await O(ex)).toEqual(WEIGHTED_O);
    const rescale = ex.example.getByRole("button", { name: "Set a₂₁ = 0.5 and rescale row 2" });
    await tabTo(page, rescale);
    await page.keyboard.press("Enter");
    // Row 2 keeps 0.5 for "cat"; "the" and "sat" (0.1 each) share 0.5: 0.25 each.
    // o₂ = 0.25·(4, 0) + 0.5·(0, 2) + 0.25·(2, 2) = (1.5, 1.5).
    expect(await cells(ex, "Attention weights A")).toEqual(["0.5", "0.25", "0.25", "0.25", "0.5", "0.25", "0.25", "0.5", "0.25"]);
    expect((await O(ex)).slice(4)).toEqual(["1.5", "1.5"]);
    expect(await queryOf(page)).toMatchObject({ "weighted-sum.weights": "0.5,0.25,0.25;0.25,0.5,0.25;0.25,0.5,0.25" });
  });

  test("whole weights typed, sizes changed, and bad weights refused at the field", async ({ page }) => {
    const ex = await openEditable(page, WEIGHTED, "weighted-sum");
    await startEditing(ex);
    const field = ex.field("weights");
    await field.fill("1 0 0; 0 1 0; 0 0 1");
    // Each query takes exactly its own value row: O = V.
    expect(await O(ex)).toEqual(["4", "0", "0", "2", "2", "2"]);
    await ex.frame.getByRole("button", { name: "Add one to the columns of V (and of O)" }).click();
    expect(await O(ex)).toEqual(["4", "0", "0", "0", "2", "0", "2", "2", "0"]);
    await ex.frame.getByRole("button", { name: "Remove the last of the columns of V (and of O)" }).click();
    // A new token: the others give it weight 0, its own row shares equally and its value row is
    // zeros, so its output is ¼·(4, 0) + ¼·(0, 2) + ¼·(2, 2) + ¼·(0, 0) = (1.5, 1).
    await ex.frame.getByRole("button", { name: "Add one to the tokens (rows and columns of the weights, rows of V)" }).click();
    expect(await O(ex)).toEqual(["4", "0", "0", "2", "2", "2", "1.5", "1"]);
    await ex.frame.getByRole("button", { name: "Remove the last of the tokens (rows and columns of the weights, rows of V)" }).click();
    expect(await O(ex)).toEqual(["4", "0", "0", "2", "2", "2"]);
    for (const [typed, expected] of [
      ["0.5 0.5 0; 0 1 0; 0.2 0.2 0.2", "row 2 sums to 0.6"],
      ["1.5 -0.5 0; 0 1 0; 0 0 1", "row 0 has a weight outside 0 … 1"],
      ["1 0; 0 1", "weights has 2 rows but V has 3 rows"],
      ["1 0 0; 0 1", "Row 1 of weights has 2 numbers but row 0 has 3"],
    ] as const) {
      await field.fill(typed);
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expect(ex.frame.locator(".example-editor")).toContainText(expected);
      expect(await O(ex)).toEqual(["4", "0", "0", "2", "2", "2"]);
      await expectOnlyFiniteNumbers(ex);
    }
  });

  test("a link whose weights do not sum to 1 gives a note naming the row; Copy link keeps good ones", async ({ page, context }) => {
    let ex = await openEditable(page, `${WEIGHTED}?weighted-sum.weights=1,0,0;0,1,0;0,0,0.5`, "weighted-sum");
    await expect(ex.note).toContainText("row 2 sums to 0.5");
    expect(await O(ex)).toEqual(WEIGHTED_O);
    ex = await openEditable(page, WEIGHTED, "weighted-sum");
    await startEditing(ex);
    await ex.field("weights").fill("0 1 0; 0 1 0; 0 1 0");
    await ex.example.getByRole("button", { name: /^O row 1 \(“cat”\), column 1/ }).click();
    const { link, page: opened } = await copyLinkAndOpen(context, ex);
    expect(link).toContain("weighted-sum.weights=0,1,0;0,1,0;0,1,0&weighted-sum.inspect=1,1#weighted-sum");
    const copy = editable(opened, "weighted-sum");
    // Every query copies v₁ = (0, 2).
    expect(await O(copy)).toEqual(["0", "2", "0", "2", "0", "2"]);
    await expect(copy.example.getByRole("button", { name: /^O row 1 \(“cat”\), column 1/ })).toHaveAttribute("aria-pressed", "true");
    expect(await isScrolledTo(copy.frame)).toBe(true);
    await copy.tool("Reset").click();
    expect(await O(copy)).toEqual(WEIGHTED_O);
    expect(await queryOf(opened)).toEqual({});
  });
});

test.describe("editing the causal mask example", () => {
  test("an edited score recomputes the masked weights; the toggle still works and is kept in the URL", async ({ page }) => {
    const ex = await openEditable(page, CAUSAL, "causal-mask");
    await startEditing(ex);
    // s₁₀ from 0 to 2: "cat" sees (2, 2) under the mask → 0.5 and 0.5.
    await ex.cell("s₁₀").fill("2");
    expect((await weights(ex)).slice(4, 8)).toEqual(["0.5", "0.5", "0", "0"]);
    await ex.example.getByRole("button", { name: /^a₁₀/ }).click();
    await expect(ex.example.locator(".readout .expansion").last()).toHaveText(
      "a₁₀ = exp(0) / (exp(0) + exp(0) + exp(−∞) + exp(−∞)) = 1 / (1 + 1 + 0 + 0) = 1 / 2 = 0.5",
    );
    await expect(ex.example.locator(".in-words")).toContainText("Weights (0.5, 0.5, 0, 0), which sum to 1");
    // Mask off: row 1 is (2, 2, 1, 3); shift by 3 → exps 0.368, 0.368, 0.135, 1; sum 1.871 →
    // 0.2, 0.2, 0.07, 0.53.
    await ex.example.getByRole("checkbox", { name: /Causal mask/ }).uncheck();
    expect((await weights(ex)).slice(4, 8)).toEqual(["0.2", "0.2", "0.07", "0.53"]);
    expect(await queryOf(page)).toMatchObject({ "causal-mask.scores": "1,2,0,1;2,2,1,3;1,3,2,0;0,1,2,1", "causal-mask.mask": "0" });
  });

  test("a token added and removed with the size buttons keeps the scores square", async ({ page }) => {
    const ex = await openEditable(page, CAUSAL, "causal-mask");
    await startEditing(ex);
    await ex.frame.getByRole("button", { name: "Add one to the tokens (rows and columns of scores)" }).click();
    await expect(ex.field("tokens")).toHaveValue("The cat sat down t4");
    await expect(ex.field("scores")).toHaveValue("1 2 0 1 0; 0 2 1 3 0; 1 3 2 0 0; 0 1 2 1 0; 0 0 0 0 0");
    // The new token sees five equal scores of 0: 0.2 each.
    expect((await weights(ex)).slice(20)).toEqual(["0.2", "0.2", "0.2", "0.2", "0.2"]);
    await ex.field("scores").fill("1 2; 3 4");
    await expect(ex.frame.locator(".example-editor")).toContainText("scores has 2 rows but tokens has 5 words: they must match");
    await ex.frame.getByRole("button", { name: "Remove the last of the tokens (rows and columns of scores)" }).click();
    expect(await weights(ex)).toHaveLength(16);
  });

  test("bad links give a note; Copy link keeps the mask state and the inspected weight; Reset clears them", async ({ page, context }) => {
    for (const [query, expected] of [
      ["causal-mask.mask=2", "“2” is not a whole number from 0 to 1"],
      ["causal-mask.mask=abc", "“abc” is not a whole number from 0 to 1"],
      ["causal-mask.scores=1,2;3,4", "do not fit together"],
      ["causal-mask.scores=1,2,3;4,5,6;7,8,9;1,2,3;4,5,6;7,8,9;1,2,3", "at most 6"],
      ["causal-mask.inspect=4,0", "The link asks to inspect “4,0”"],
    ] as const) {
      const ex = await openEditable(page, `${CAUSAL}?${query}`, "causal-mask");
      await expect(ex.note).toContainText(expected);
      expect((await weights(ex)).slice(4, 8)).toEqual(["0.12", "0.88", "0", "0"]);
      await expect(ex.example.getByRole("checkbox", { name: /Causal mask/ })).toBeChecked();
    }
    const ex = await openEditable(page, CAUSAL, "causal-mask");
    await ex.example.getByRole("checkbox", { name: /Causal mask/ }).uncheck();
    await ex.example.getByRole("button", { name: /^a₁₃/ }).click();
    const { link, page: opened } = await copyLinkAndOpen(context, ex);
    expect(link).toContain("?causal-mask.mask=0&causal-mask.inspect=1,3#causal-mask");
    const copy = editable(opened, "causal-mask");
    await expect(copy.example.getByRole("checkbox", { name: /Causal mask/ })).not.toBeChecked();
    // Unmasked row 1 (0, 2, 1, 3): 0.03, 0.24, 0.09, 0.64.
    expect((await weights(copy)).slice(4, 8)).toEqual(["0.03", "0.24", "0.09", "0.64"]);
    await expect(copy.example.getByRole("button", { name: /^a₁₃/ })).toHaveAttribute("aria-pressed", "true");
    expect(await isScrolledTo(copy.frame)).toBe(true);
    await copy.tool("Reset").click();
    await expect(copy.example.getByRole("checkbox", { name: /Causal mask/ })).toBeChecked();
    expect(await queryOf(opened)).toEqual({});
  });
});

test("while editing, with a refused weight and its rescale offer showing, every page has no axe violations", async ({ page }) => {
  for (const [path, id] of [
    [SOFTMAX, "softmax"],
    [SCORES, "scores"],
    [WEIGHTED, "weighted-sum"],
    [CAUSAL, "causal-mask"],
  ] as const) {
    const ex = await openEditable(page, path, id);
    await startEditing(ex);
    if (id === "weighted-sum") {
      await ex.cell("A row 0 (“the”), column 0 (“the”)").fill("0.9");
      await expect(ex.example.getByRole("button", { name: "Set a₀₀ = 0.9 and rescale row 0" })).toBeVisible();
    }
    await checkA11y(page, `${path} while editing`);
  }
});
