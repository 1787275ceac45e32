import { expect, test } from "@playwright/test";
import { checkA11y } from "./helpers/a11y.ts";
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
} from "./helpers/editing.ts";

test.describe("editing the matrix product examples", () => {
  const PAGE = "/concepts/matrix-vector-projection/";
  const ID = "rows-times-columns";
  const Y = "Projected rows Y = XW: inspect an entry";
  const AUTHORED_Y = ["2", "−1", "1", "1", "2", "1"];

  test("an edited cell of X recomputes Y, its expansion and the text alternative", async ({ page }) => {
    const ex = await openEditable(page, PAGE, ID);
    await startEditing(ex);
    // X₀₁ from 0 to 3: row 0 = (1, 3, 1); Y₀₀ = 1·1 + 3·0 + 1·1 = 2, Y₀₁ = 1·0 + 3·1 + 1·(−1) = 2.
    await ex.cell("X row 0 (“the”), column 1").fill("3");
    expect(await shown(ex, Y)).toEqual(["2", "2", "1", "1", "2", "1"]);
    await ex.example.getByRole("button", { name: /^Y row 0 \(“the”\), column 1/ }).hover();
    await expect(ex.example.locator(".readout .expansion")).toHaveText("Y₀₁ = 1·0 + 3·1 + 1·(−1) = 2");
    await expect(ex.example.locator(".in-words")).toContainText("[[2, 2], [1, 1], [2, 1]]");
    expect(await queryOf(page)).toMatchObject({ "rows-times-columns.A": "1,3,1;0,2,1;2,1,0" });
  });

  test("a whole W typed in the editor, and sizes changed with the buttons", async ({ page }) => {
    const ex = await openEditable(page, PAGE, ID);
    await startEditing(ex);
    // With W all ones, each row of Y is the row sum of X twice: 2, 3, 3.
    await ex.field("W").fill("1 1; 1 1; 1 1");
    expect(await shown(ex, Y)).toEqual(["2", "2", "3", "3", "3", "3"]);
    await ex.frame.getByRole("button", { name: "Add one to the columns of W (and of Y)" }).click();
    await expect(ex.field("W")).toHaveValue("1 1 0; 1 1 0; 1 1 0");
    expect(await shown(ex, Y)).toEqual(["2", "2", "0", "3", "3", "0", "3", "3", "0"]);
    await ex.frame.getByRole("button", { name: "Remove the last of the rows of X (and of Y)" }).click();
    await expect(ex.field("row labels")).toHaveValue("the cat");
    expect(await shown(ex, Y)).toEqual(["2", "2", "0", "3", "3", "0"]);
    // A fourth column of X and a fourth row of W (zeros) arrive together; then X₁₃ = 1 and W₃₂ = 5 add 5 to Y₁₂.
    await ex.frame.getByRole("button", { name: "Add one to the columns of X (rows of W)" }).click();
    await ex.cell("X row 1 (“cat”), column 3").fill("1");
    await ex.cell("W row 3, column 2").fill("5");
    expect(await shown(ex, Y)).toEqual(["2", "2", "0", "3", "3", "5"]);
  });

  test("keyboard only: open the editor, change x, and move on", async ({ page }) => {
    const ex = await openEditable(page, PAGE, "one-row");
    await ex.tool("Edit numbers").focus();
    await page.keyboard.press("Enter");
    await expect(ex.tool("Done editing")).toBeFocused();
    await tabUntil(ex, ex.cell("x row 0, column 0"));
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("5");
    await page.keyboard.press("Tab");
    await expect(ex.cell("x row 0, column 1")).toBeFocused();
    // y = (5·1 + 3·0, 5·10 + 3·(−1)) = (5, 47).
    expect(await shown(ex, "Projected row y = xW: inspect an entry")).toEqual(["5", "47"]);
  });

  for (const [typed, expected] of [
    ["abc", "“abc” in x row 0, column 0 is not a number"],
    ["", "x row 0, column 0 is empty"],
    ["1e999", "“1e999” in x row 0, column 0 is too large"],
    ["NaN", "“NaN” in x row 0, column 0 is not a number"],
    ["--2", "“--2” in x row 0, column 0 is not a number"],
    ["10000", "too large to show"],
  ] as const) {
    test(`typing ${JSON.stringify(typed)} into a cell of x is refused, and y stays`, async ({ page }) => {
      const ex = await openEditable(page, PAGE, "one-row");
      await startEditing(ex);
      await expectRefusedCell(ex, "x row 0, column 0", typed, expected, "Projected row y = xW: inspect an entry", ["2", "17"]);
    });
  }

  for (const [label, typed, expected] of [
    ["X", "1,,2", "has an empty entry"],
    ["X", "1 2; 3", "Row 1 of X has 1 number but row 0 has 2"],
    ["X", "1 2; 3 4; 5 6", "X has 2 columns but W has 3 rows: they must match"],
    ["X", "1 2 3 4 5 6 7", "X has 7 columns; it takes at most 6"],
    ["W", "1 99999; 0 1; 1 1", "too large to show"],
    ["row labels", "the cat", "row labels has 2 words but X has 3 rows"],
  ] as const) {
    test(`typing ${JSON.stringify(typed)} as ${label} is refused at the field`, async ({ page }) => {
      const ex = await openEditable(page, PAGE, ID);
      await startEditing(ex);
      await expectRefusedField(ex, label, typed, expected, Y, AUTHORED_Y);
    });
  }

  for (const [query, expected] of [
    ["A=abc", "The link’s X was not used: “abc” in row 0 of X is not a number"],
    ["A=", "X is empty"],
    ["A=1e999,0,0;0,0,0;0,0,0", "too large"],
    ["A=NaN", "“NaN” in row 0 of X is not a number"],
    ["B=--2", "“--2” in row 0 of W is not a number"],
    ["B=1,,2", "has an empty entry"],
    ["A=1,2;3", "every row needs the same number of entries"],
    ["B=1,0;0,1", "do not fit together"],
    ["rowLabels=a+b+c+d+e+f+g", "takes at most 6"],
    ["B=99999,1;0,1;1,1", "too large to show"],
    ["inspect=3,0", "The link asks to inspect “3,0”"],
  ] as const) {
    test(`a link with ${query} shows a note and the page's numbers`, async ({ page }) => {
      const ex = await openEditable(page, `${PAGE}?${ID}.${query}`, ID);
      await expect(ex.note).toContainText(expected);
      expect(await shown(ex, Y)).toEqual(AUTHORED_Y);
      await expectOnlyFiniteNumbers(ex);
    });
  }

  test("Copy link opens the same numbers and inspected entry, scrolled to the example; Reset clears them", async ({ page, context }) => {
    const ex = await openEditable(page, PAGE, ID);
    await startEditing(ex);
    await ex.field("row labels").fill("we saw it");
    await ex.cell("W row 2, column 1").fill("2");
    // W = [[1, 0], [0, 1], [1, 2]]: Y₀₁ = 1·0 + 0·1 + 1·2 = 2, Y₁₁ = 0·0 + 2·1 + 1·2 = 4, Y₂₁ = 2·0 + 1·1 + 0·2 = 1.
    await ex.example.getByRole("button", { name: /^Y row 0 \(“we”\), column 1/ }).click();
    const { link, page: opened } = await copyLinkAndOpen(context, ex);
    expect(link).toContain(`?${ID}.B=1,0;0,1;1,2&${ID}.rowLabels=we+saw+it&${ID}.inspect=0,1#${ID}`);
    const copy = editable(opened, ID);
    expect(await shown(copy, Y)).toEqual(["2", "2", "1", "4", "2", "1"]);
    await expect(copy.example.getByRole("button", { name: /^Y row 0 \(“we”\), column 1/ })).toHaveAttribute("aria-pressed", "true");
    await expect(copy.example.locator(".readout .expansion")).toHaveText("Y₀₁ = 1·0 + 0·1 + 1·2 = 2");
    expect(await isScrolledTo(copy.frame)).toBe(true);

    await copy.tool("Reset").click();
    expect(await shown(copy, Y)).toEqual(AUTHORED_Y);
    expect(await queryOf(opened)).toEqual({});
  });
});

test.describe("editing the dot product examples", () => {
  const PAGE = "/concepts/dot-product/";
  const ID = "similar-directions";
  const RESULTS = "Results: inspect one";
  const AUTHORED = ["5", "3.16", "2.24", "0.71", "1.58"];

  test("an edited entry recomputes the results, the expansion, the plot and the text alternative", async ({ page }) => {
    const ex = await openEditable(page, PAGE, ID);
    await startEditing(ex);
    // a = (0, 1), b = (1, 2): a·b = 2, |a| = 1, |b| = √5 ≈ 2.24, cos θ = 2/√5 ≈ 0.89, b on a = 2/1 = 2, θ ≈ 26.6°.
    await ex.cell("a₀").fill("0");
    expect(await shown(ex, RESULTS)).toEqual(["2", "1", "2.24", "0.89", "2"]);
    await ex.example.getByRole("button", { name: "cos theta = 0.89" }).hover();
    await expect(ex.example.locator(".readout .expansion")).toHaveText("cos θ = a·b / (|a|·|b|) ≈ 2 / (1·2.24) ≈ 0.89, so θ ≈ 26.6°");
    await expect(ex.example.locator(".dot-plot figcaption")).toContainText("a = (0, 1)");
    await expect(ex.example.locator(".dot-plot desc")).toContainText("θ ≈ 26.6°");
    await expect(ex.example.locator(".in-words")).toContainText("a·b = 0·1 + 1·2 = 2");
    expect(await queryOf(page)).toMatchObject({ "similar-directions.a": "0,1" });
  });

  test("a zero vector: the angle and the shadow are undefined, said plainly, with no NaN", async ({ page }) => {
    const ex = await openEditable(page, PAGE, ID);
    await startEditing(ex);
    await ex.field("a").fill("0, 0");
    expect(await shown(ex, RESULTS)).toEqual(["0", "0", "2.24", "—", "—"]);
    await expect(ex.example.locator(".plot-note")).toHaveText(
      "The plot draws the angle between two arrows; a = (0, 0) is the zero vector, which has no arrow and no direction.",
    );
    await ex.example.getByRole("button", { name: "cos theta is undefined" }).hover();
    await expect(ex.example.locator(".readout .expansion")).toHaveText("cos θ = a·b / (|a|·|b|) = 0 / (0·2.24): undefined");
    await expect(ex.example.locator(".readout")).toContainText("Here a has length 0, so it has no direction and the angle θ is undefined");
    await expect(ex.example.locator(".in-words")).toContainText("Here a has length 0, so it has no direction and the angle θ is undefined");
    await expectOnlyFiniteNumbers(ex);
  });

  test("a whole row typed, and a third entry added with the size buttons", async ({ page }) => {
    const ex = await openEditable(page, PAGE, ID);
    await startEditing(ex);
    await ex.field("b").fill("2 -1");
    // a·b = 3·2 + 1·(−1) = 5 again, |b| = √5: the same results, b on the other side of a.
    expect(await shown(ex, RESULTS)).toEqual(AUTHORED);
    await ex.frame.getByRole("button", { name: "Add one to the entries of a and b" }).click();
    await expect(ex.field("a")).toHaveValue("3, 1, 0");
    await expect(ex.example.locator(".plot-note")).toHaveText("The plot draws two-component vectors; these have 3.");
    // a = (3, 1, 0), b = (2, −1, 2): a·b = 5, |b| = 3, cos θ = 5/(√10·3) ≈ 0.53, b on a ≈ 1.58.
    await ex.cell("b₂").fill("2");
    expect(await shown(ex, RESULTS)).toEqual(["5", "3.16", "3", "0.53", "1.58"]);
    await ex.frame.getByRole("button", { name: "Remove the last of the entries of a and b" }).click();
    expect(await shown(ex, RESULTS)).toEqual(AUTHORED);
    await expect(ex.example.locator(".dot-plot")).toBeVisible();
  });

  test("keyboard only: open the editor, change a₀, and move on to a₁", async ({ page }) => {
    const ex = await openEditable(page, PAGE, ID);
    await ex.tool("Edit numbers").focus();
    await page.keyboard.press("Enter");
    await expect(ex.tool("Done editing")).toBeFocused();
    await tabUntil(ex, ex.cell("a₀"));
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("1");
    await page.keyboard.press("Tab");
    await expect(ex.cell("a₁")).toBeFocused();
    // a = (1, 1), b = (1, 2): a·b = 3, |a| = √2 ≈ 1.41, cos θ = 3/√10 ≈ 0.95, b on a = 3/√2 ≈ 2.12.
    expect(await shown(ex, RESULTS)).toEqual(["3", "1.41", "2.24", "0.95", "2.12"]);
  });

  for (const [typed, expected] of [
    ["abc", "“abc” in a₀ is not a number"],
    ["", "a₀ is empty"],
    ["1e999", "“1e999” in a₀ is too large"],
    ["NaN", "“NaN” in a₀ is not a number"],
    ["--2", "“--2” in a₀ is not a number"],
    ["10000", "too large to show"],
    ["1e-9", "“1e-9” in a₀ is too small to show"],
  ] as const) {
    test(`typing ${JSON.stringify(typed)} into a₀ is refused, and the results stay`, async ({ page }) => {
      const ex = await openEditable(page, PAGE, ID);
      await startEditing(ex);
      await expectRefusedCell(ex, "a₀", typed, expected, RESULTS, AUTHORED);
    });
  }

  for (const [label, typed, expected] of [
    ["a", "1,,2", "has an empty entry"],
    ["a", "1 2; 3 4", "a is a single row"],
    ["b", "1 2 3", "b has 3 entries but a has 2 entries: they must match"],
    ["b", "1 2 3 4 5 6 7", "b has 7 numbers; it takes at most 6"],
    ["b", "1 99999", "too large to show"],
  ] as const) {
    test(`typing ${JSON.stringify(typed)} as ${label} is refused at the field`, async ({ page }) => {
      const ex = await openEditable(page, PAGE, ID);
      await startEditing(ex);
      await expectRefusedField(ex, label, typed, expected, RESULTS, AUTHORED);
    });
  }

  for (const [query, expected] of [
    ["a=abc", "The link’s a was not used: “abc” in a is not a number"],
    ["a=", "a is empty"],
    ["b=1e999,1", "too large"],
    ["a=NaN,1", "“NaN” in a is not a number"],
    ["a=--2,1", "“--2” in a is not a number"],
    ["a=1,,2", "has an empty entry"],
    ["a=1,2;3,4", "a is a single row"],
    ["b=1,2,3", "do not fit together"],
    ["a=1,2,3,4,5,6,7", "takes at most 6"],
    ["b=99999,1", "too large to show"],
    ["inspect=angle", "The link asks to inspect “angle”"],
  ] as const) {
    test(`a link with ${query} shows a note and the page's numbers`, async ({ page }) => {
      const ex = await openEditable(page, `${PAGE}?${ID}.${query}`, ID);
      await expect(ex.note).toContainText(expected);
      expect(await shown(ex, RESULTS)).toEqual(AUTHORED);
      await expectOnlyFiniteNumbers(ex);
    });
  }

  test("Copy link opens the same vectors and inspected result, scrolled to the example; Reset clears them", async ({ page, context }) => {
    const ex = await openEditable(page, PAGE, "right-angle");
    await startEditing(ex);
    await ex.field("b").fill("-1, 4");
    // a = (3, 1), b = (−1, 4): a·b = 1, b on a = 1/√10 ≈ 0.32.
    await ex.example.getByRole("button", { name: /^b on a/ }).click();
    const { link, page: opened } = await copyLinkAndOpen(context, ex);
    expect(link).toContain("?right-angle.b=-1,4&right-angle.inspect=shadow#right-angle");
    const copy = editable(opened, "right-angle");
    expect(await shown(copy, RESULTS)).toEqual(["1", "3.16", "4.12", "0.08", "0.32"]);
    await expect(copy.example.getByRole("button", { name: /^b on a/ })).toHaveAttribute("aria-pressed", "true");
    await expect(copy.example.locator(".readout .expansion")).toHaveText("b on a = a·b / |a| ≈ 1 / 3.16 ≈ 0.32");
    expect(await isScrolledTo(copy.frame)).toBe(true);

    await copy.tool("Reset").click();
    expect(await shown(copy, RESULTS)).toEqual(["0", "3.16", "3.16", "0", "0"]);
    expect(await queryOf(opened)).toEqual({});
  });
});

test.describe("editing the embedding lookup", () => {
  const PAGE = "/concepts/token-embeddings/";
  const ID = "embedding-lookup";
  const X = "Embeddings X: inspect an entry";
  const AUTHORED_X = ["1", "0", "1", "0", "2", "1", "2", "1", "0", "1", "1", "−1", "1", "0", "1", "0", "1", "2"];

  test("an edited entry of E recomputes X and the text alternative", async ({ page }) => {
    const ex = await openEditable(page, PAGE, ID);
    await startEditing(ex);
    await ex.cell("E row 3 (“on”), column 2").fill("5");
    // "on" is token 3 only: row 3 of X becomes (1, 1, 5).
    expect((await shown(ex, X)).slice(9, 12)).toEqual(["1", "1", "5"]);
    await ex.example.getByRole("button", { name: /^X row 3 \(“on”\), column 2/ }).hover();
    await expect(ex.example.locator(".readout .expansion")).toHaveText("X₃₂ = 0·1 + 0·1 + 0·0 + 1·5 + 0·2 = 5");
    await expect(ex.example.locator(".in-words")).toContainText("Token 3, “on”: id 3, so row 3 of X is row 3 of E, (1, 1, 5).");
    expect(await queryOf(page)).toMatchObject({ "embedding-lookup.E": "1,0,1;0,2,1;2,1,0;1,1,5;0,1,2" });
  });

  test("a new sentence, a renamed word, and a vocabulary word added with the size buttons", async ({ page }) => {
    const ex = await openEditable(page, PAGE, ID);
    await startEditing(ex);
    await ex.field("tokens").fill("mat sat");
    expect(await shown(ex, X)).toEqual(["0", "1", "2", "2", "1", "0"]);
    await expect(ex.example.locator(".in-words")).toContainText("“mat sat” becomes 4, 2.");
    // Renaming "mat" while the sentence uses it is refused, by name.
    await expectRefusedField(ex, "vocabulary", "the cat sat on rug", "Token 0, “mat”, is not in the vocabulary (the, cat, sat, on, rug)", X, [
      "0", "1", "2", "2", "1", "0",
    ]);
    await ex.frame.getByRole("button", { name: "Add one to the vocabulary words (rows of E)" }).click();
    await expect(ex.field("vocabulary")).toHaveValue("the cat sat on mat word5");
    await ex.cell("E row 5 (“word5”), column 0").fill("7");
    await ex.field("tokens").fill("word5");
    expect(await shown(ex, X)).toEqual(["7", "0", "0"]);
    await ex.frame.getByRole("button", { name: "Remove the last of the columns of E (and of X)" }).click();
    expect(await shown(ex, X)).toEqual(["7", "0"]);
  });

  test("keyboard only: open the editor, change an entry of E, and move on", async ({ page }) => {
    const ex = await openEditable(page, PAGE, ID);
    await ex.tool("Edit numbers").focus();
    await page.keyboard.press("Enter");
    await expect(ex.tool("Done editing")).toBeFocused();
    await tabUntil(ex, ex.cell("E row 0 (“the”), column 0"));
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("4");
    await page.keyboard.press("Tab");
    await expect(ex.cell("E row 0 (“the”), column 1")).toBeFocused();
    // "the" is tokens 0 and 4: both rows of X start with 4.
    const shownX = await shown(ex, X);
    expect([shownX[0], shownX[12]]).toEqual(["4", "4"]);
  });

  for (const [typed, expected] of [
    ["abc", "“abc” in E row 0, column 0 is not a number"],
    ["", "E row 0, column 0 is empty"],
    ["1e999", "is too large"],
    ["NaN", "“NaN” in E row 0, column 0 is not a number"],
    ["--2", "“--2” in E row 0, column 0 is not a number"],
    ["10000", "too large to show"],
  ] as const) {
    test(`typing ${JSON.stringify(typed)} into a cell of E is refused, and X stays`, async ({ page }) => {
      const ex = await openEditable(page, PAGE, ID);
      await startEditing(ex);
      await expectRefusedCell(ex, "E row 0 (“the”), column 0", typed, expected, X, AUTHORED_X);
    });
  }

  for (const [label, typed, expected] of [
    ["E", "1,,2", "has an empty entry"],
    ["E", "1 2; 3", "Row 1 of E has 1 number but row 0 has 2"],
    ["E", "1 2; 3 4", "E has 2 rows but vocabulary has 5 words: they must match"],
    ["tokens", "the cat sat on the mat mat", "tokens has 7 words; it takes at most 6"],
    ["tokens", "the dog", "Token 1, “dog”, is not in the vocabulary"],
    ["vocabulary", "the cat sat on the", "“the” is in the vocabulary twice"],
    ["E", "1 0 1; 0 2 1; 2 1 0; 1 1 -1; 0 1 99999", "too large to show"],
  ] as const) {
    test(`typing ${JSON.stringify(typed)} as ${label} is refused at the field`, async ({ page }) => {
      const ex = await openEditable(page, PAGE, ID);
      await startEditing(ex);
      await expectRefusedField(ex, label, typed, expected, X, AUTHORED_X);
    });
  }

  for (const [query, expected] of [
    ["E=abc", "The link’s E was not used: “abc” in row 0 of E is not a number"],
    ["tokens=", "tokens is empty"],
    ["E=1e999", "too large"],
    ["E=NaN", "“NaN” in row 0 of E is not a number"],
    ["E=--2", "“--2” in row 0 of E is not a number"],
    ["E=1,,2", "has an empty entry"],
    ["E=1,2;3", "every row needs the same number of entries"],
    ["E=1,2;3,4", "do not fit together"],
    ["tokens=the+dog", "Token 1, “dog”, is not in the vocabulary"],
    ["vocabulary=a+b+c+d+e+f+g", "takes at most 6"],
    ["inspect=9", "The link asks to inspect “9”"],
  ] as const) {
    test(`a link with ${query} shows a note and the page's numbers`, async ({ page }) => {
      const ex = await openEditable(page, `${PAGE}?${ID}.${query}`, ID);
      await expect(ex.note).toContainText(expected);
      expect(await shown(ex, X)).toEqual(AUTHORED_X);
      await expectOnlyFiniteNumbers(ex);
    });
  }

  test("Copy link opens the same sentence and inspected token, scrolled to the example; Reset clears them", async ({ page, context }) => {
    const ex = await openEditable(page, PAGE, ID);
    await startEditing(ex);
    await ex.field("tokens").fill("the mat");
    await ex.example.getByRole("group", { name: "Sentence: inspect a token" }).getByRole("button").nth(1).click();
    const { link, page: opened } = await copyLinkAndOpen(context, ex);
    expect(link).toContain(`?${ID}.tokens=the+mat&${ID}.inspect=1#${ID}`);
    const copy = editable(opened, ID);
    expect(await shown(copy, X)).toEqual(["1", "0", "1", "0", "1", "2"]);
    await expect(copy.example.getByRole("group", { name: "Sentence: inspect a token" }).getByRole("button").nth(1)).toHaveAttribute("aria-pressed", "true");
    await expect(copy.example.locator(".readout")).toContainText("Token 1, “mat”, has vocabulary id 4, so row 1 of X is row 4 of E");
    expect(await isScrolledTo(copy.frame)).toBe(true);

    await copy.tool("Reset").click();
    expect(await shown(copy, X)).toEqual(AUTHORED_X);
    expect(await queryOf(opened)).toEqual({});
  });
});

test.describe("the foundation examples while editing", () => {
  for (const scheme of ["light", "dark"] as const) {
    test(`have no axe violations with the editor open and a refused value, ${scheme} theme, 360 px wide`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 360, height: 800 } });
      const page = await context.newPage();
      for (const [path, id, cell] of [
        ["/concepts/matrix-vector-projection/", "rows-times-columns", "X row 0 (“the”), column 0"],
        ["/concepts/dot-product/?similar-directions.b=0,0", "similar-directions", "a₀"],
        ["/concepts/token-embeddings/", "embedding-lookup", "E row 0 (“the”), column 0"],
      ] as const) {
        const ex = await openEditable(page, path, id);
        await startEditing(ex);
        await ex.cell(cell).fill("abc");
        await expect(ex.message).toContainText("is not a number");
        await checkA11y(page, `${id} while editing (${scheme})`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${id} fits 360 px`).toBe(true);
      }
      await context.close();
    });
  }
});
