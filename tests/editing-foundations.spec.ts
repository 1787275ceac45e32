import { expect, test } from "@playwright/test";
import { expectRefusedField, openEditable, queryOf, shown, startEditing } from "./helpers/editing.ts";

// Each example's in-place editing, end to end in the page: an edited number recomputes the
// example, its expansion, its plot and its text alternative, and goes into the URL. Refused values,
// bad links, size buttons, link round trips and the zero vector are unit tests, example by example
// (src/examples/*.cases.test.tsx, src/components/*.editing.test.tsx); the keyboard, Copy link and
// Reset are driven once in tests/editing-projection.spec.ts; axe with an editor open runs in
// tests/site.spec.ts.
test.describe("editing the matrix product examples", () => {
  const PAGE = "/concepts/matrix-vector-projection/";
  const ID = "rows-times-columns";
  const Y = "Projected rows Y = XW: inspect an entry";

  test("an edited cell of X recomputes Y, its expansion and the text alternative", async ({ page }) => {
    const ex = await openEditable(page, PAGE, ID);
    await startEditing(ex);
    // X₀₁ from 0 to 3: row 0 = (1, 3, 1); Y₀₀ = 1·1 + 3·0 + 1·1 = 2, Y₀₁ = 1·0 + 3·1 + 1·(−1) = 2.
    await ex.cell("X row 0 (“the”), column 1").fill("3");
    expect(await shown(ex, Y)).toEqual(["2", "2", "1", "1", "2", "1"]);
    await ex.example.getByRole("button", { name: /^Y row 0 \(“the”\), column 1/ }).click(); // a tap pins it: a hover would end if the layout moved under the pointer
    await expect(ex.example.locator(".readout .expansion")).toHaveText("Y₀₁ = 1·0 + 3·1 + 1·(−1) = 2");
    await expect(ex.example.locator(".in-words")).toContainText("[[2, 2], [1, 1], [2, 1]]");
    expect(await queryOf(page)).toMatchObject({ "rows-times-columns.X": "1,3,1;0,2,1;2,1,0" });
  });
});

test.describe("editing the dot product examples", () => {
  const PAGE = "/concepts/dot-product/";
  const ID = "similar-directions";
  const RESULTS = "Results: inspect one";

  test("an edited entry recomputes the results, the expansion, the plot and the text alternative", async ({ page }) => {
    const ex = await openEditable(page, PAGE, ID);
    await startEditing(ex);
    // a = (0, 1), b = (1, 2): a·b = 2, |a| = 1, |b| = √5 ≈ 2.24, cos θ = 2/√5 ≈ 0.89, b on a = 2/1 = 2, θ ≈ 26.6°.
    await ex.cell("a₀").fill("0");
    expect(await shown(ex, RESULTS)).toEqual(["2", "1", "2.24", "0.89", "2"]);
    await ex.example.getByRole("button", { name: "cos theta = 0.89" }).click(); // a tap pins it: a hover would end if the layout moved under the pointer
    await expect(ex.example.locator(".readout .expansion")).toHaveText(
      "cos θ = a·b / (|a|·|b|) ≈ 2 / (1·2.24) ≈ 0.89, so θ ≈ 26.6°",
    );
    await expect(ex.example.locator(".dot-plot figcaption")).toContainText("a = (0, 1)");
    await expect(ex.example.locator(".dot-plot desc")).toContainText("θ ≈ 26.6°");
    await expect(ex.example.locator(".in-words")).toContainText("a·b = 0·1 + 1·2 = 2");
    expect(await queryOf(page)).toMatchObject({ "similar-directions.a": "0,1" });
  });
});

test.describe("editing the embedding lookup", () => {
  const PAGE = "/concepts/token-embeddings/";
  const ID = "embedding-lookup";
  const X = "Embeddings X: inspect an entry";

  test("an edited entry of E recomputes X and the text alternative", async ({ page }) => {
    const ex = await openEditable(page, PAGE, ID);
    await startEditing(ex);
    await ex.cell("E row 3 (“on”), column 2").fill("5");
    // "on" is token 3 only: row 3 of X becomes (1, 1, 5).
    expect((await shown(ex, X)).slice(9, 12)).toEqual(["1", "1", "5"]);
    await ex.example.getByRole("button", { name: /^X row 3 \(“on”\), column 2/ }).click(); // a tap pins it: a hover would end if the layout moved under the pointer
    await expect(ex.example.locator(".readout .expansion")).toHaveText("X₃₂ = 0·1 + 0·1 + 0·0 + 1·5 + 0·2 = 5");
    await expect(ex.example.locator(".in-words")).toContainText(
      "Token 3, “on”: id 3, so row 3 of X is row 3 of E, (1, 1, 5).",
    );
    expect(await queryOf(page)).toMatchObject({ "embedding-lookup.E": "1,0,1;0,2,1;2,1,0;1,1,5;0,1,2" });
  });

  test("a new sentence, a renamed word, and a vocabulary word added with the size buttons", async ({ page }) => {
    const ex = await openEditable(page, PAGE, ID);
    await startEditing(ex);
    await ex.field("tokens").fill("mat sat");
    expect(await shown(ex, X)).toEqual(["0", "1", "2", "2", "1", "0"]);
    await expect(ex.example.locator(".in-words")).toContainText("“mat sat” becomes 4, 2.");
    // Renaming "mat" while the sentence uses it is refused, by name.
    await expectRefusedField(
      ex,
      "vocabulary",
      "the cat sat on rug",
      "Token 0, “mat”, is not in the vocabulary (the, cat, sat, on, rug)",
      X,
      ["0", "1", "2", "2", "1", "0"],
    );
    await ex.frame.getByRole("button", { name: "Add one to the vocabulary words (rows of E)" }).click();
    await expect(ex.field("vocabulary")).toHaveValue("the cat sat on mat word5");
    await ex.cell("E row 5 (“word5”), column 0").fill("7");
    await ex.field("tokens").fill("word5");
    expect(await shown(ex, X)).toEqual(["7", "0", "0"]);
    await ex.frame.getByRole("button", { name: "Remove the last of the columns of E (and of X)" }).click();
    expect(await shown(ex, X)).toEqual(["7", "0"]);
  });
});
