import { expect, test, type Page } from "@playwright/test";
import { openEditable, queryOf, startEditing, type EditableExample } from "./helpers/editing.ts";

/**
 * Editing the attention-matrix examples: scores S = QKᵀ, softmax of each row (and of very large
 * scores), the weighted sum O = AV, and the causal mask. Every expected number is worked out by
 * hand in the comment beside it. Each example's in-place editing is driven end to end here, and
 * the weighted sum's rescale offer with the keyboard; refused values, bad links, size buttons and
 * link round trips are unit tests, example by example (src/examples/*.cases.test.tsx,
 * src/components/*.editing.test.tsx), and axe with an editor open runs in tests/site.spec.ts.
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
    .evaluateAll((found) =>
      found.map((cell) => (cell instanceof HTMLInputElement ? cell.value : (cell.textContent ?? "").trim())),
    );
}

const weights = (ex: EditableExample) => cells(ex, "Weights: inspect a weight");

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
  test("an edited score recomputes its row of weights, the readout, the shares and the text alternative", async ({
    page,
  }) => {
    const ex = await openEditable(page, SOFTMAX, "softmax");
    await startEditing(ex);
    // s₀₀ from 2 to 1: row 0 is (1, 1, 0); exps 1, 1, exp(−1) = 0.368, sum 2.368, so
    // weights 0.422, 0.422, 0.155.
    await ex.cell("s₀₀").fill("1");
    expect((await weights(ex)).slice(0, 3)).toEqual(["0.42", "0.42", "0.16"]);
    await ex.example.getByRole("button", { name: /^A₀₂/ }).click();
    await expect(ex.example.locator(".readout .expansion").last()).toHaveText(
      "A₀₂ = exp(−1) / (exp(0) + exp(0) + exp(−1)) ≈ 0.368 / (1 + 1 + 0.368) ≈ 0.368 / 2.368 ≈ 0.155",
    );
    await expect(ex.example.locator(".row-shares desc")).toContainText("q₀: k₀ 0.42, k₁ 0.42, k₂ 0.16.");
    await expect(ex.example.locator(".in-words")).toContainText("Scores (1, 1, 0)");
    await expect(ex.example.locator(".in-words")).toContainText("Weights (0.42, 0.42, 0.16), which sum to 1");
    expect(await queryOf(page)).toMatchObject({ "softmax.scores": "1,1,0;1,3,1;0,0,0", "softmax.inspect": "0,2" });
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
    expect(await queryOf(page)).toMatchObject({
      "scores.Q": "1,0;0,1;3,1",
      "scores.K": "1,4;2,1;0,2",
      "scores.inspect": "2,0",
    });
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
    await expect(ex.example.locator(".in-words")).toContainText(
      "o₂ = 0.1·(4, 0) + 0.8·(0, 10) + 0.1·(2, 2) = (0.6, 8.2)",
    );
  });

  test("a weight that breaks its row is refused, naming the row and its sum; keyboard only, it can be kept by rescaling the row", async ({
    page,
  }) => {
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
    const rescale = ex.example.getByRole("button", { name: "Set A₂₁ = 0.5 and rescale row 2" });
    await tabTo(page, rescale);
    await page.keyboard.press("Enter");
    // Row 2 keeps 0.5 for "cat"; "the" and "sat" (0.1 each) share 0.5: 0.25 each.
    // o₂ = 0.25·(4, 0) + 0.5·(0, 2) + 0.25·(2, 2) = (1.5, 1.5).
    expect(await cells(ex, "Attention weights A")).toEqual([
      "0.5",
      "0.25",
      "0.25",
      "0.25",
      "0.5",
      "0.25",
      "0.25",
      "0.5",
      "0.25",
    ]);
    expect((await O(ex)).slice(4)).toEqual(["1.5", "1.5"]);
    expect(await queryOf(page)).toMatchObject({ "weighted-sum.weights": "0.5,0.25,0.25;0.25,0.5,0.25;0.25,0.5,0.25" });
  });
});

test.describe("editing the causal mask example", () => {
  test("an edited score recomputes the masked weights; the toggle still works and is kept in the URL", async ({
    page,
  }) => {
    const ex = await openEditable(page, CAUSAL, "causal-mask");
    await startEditing(ex);
    // s₁₀ from 0 to 2: "cat" sees (2, 2) under the mask → 0.5 and 0.5.
    await ex.cell("s₁₀").fill("2");
    expect((await weights(ex)).slice(4, 8)).toEqual(["0.5", "0.5", "0", "0"]);
    await ex.example.getByRole("button", { name: /^A₁₀/ }).click();
    await expect(ex.example.locator(".readout .expansion").last()).toHaveText(
      "A₁₀ = exp(0) / (exp(0) + exp(0) + exp(−∞) + exp(−∞)) = 1 / (1 + 1 + 0 + 0) = 1 / 2 = 0.5",
    );
    await expect(ex.example.locator(".in-words")).toContainText("Weights (0.5, 0.5, 0, 0), which sum to 1");
    // Mask off: row 1 is (2, 2, 1, 3); shift by 3 → exps 0.368, 0.368, 0.135, 1; sum 1.871 →
    // 0.2, 0.2, 0.07, 0.53.
    await ex.example.getByRole("checkbox", { name: /Causal mask/ }).uncheck();
    expect((await weights(ex)).slice(4, 8)).toEqual(["0.2", "0.2", "0.07", "0.53"]);
    expect(await queryOf(page)).toMatchObject({
      "causal-mask.scores": "1,2,0,1;2,2,1,3;1,3,2,0;0,1,2,1",
      "causal-mask.mask": "0",
    });
  });
});
