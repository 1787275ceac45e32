// @vitest-environment happy-dom
/**
 * What a learner types into every example, as tables: a refused cell or field says what is wrong
 * (tied to the field with aria-invalid and aria-describedby), and the example keeps its last
 * numbers, never showing NaN or ∞. The browser keeps one refused cell and one refused field per
 * kind of field (tests/editing-*.spec.ts); these cases cover every example and every way a value
 * can be wrong, typed through the example's own editor in happy-dom.
 */
import type { ReactElement } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { AttentionMapExample } from "../examples/attention-map/AttentionMapExample.tsx";
import { CacheSizeCalculator } from "../examples/cache-size/CacheSizeCalculator.tsx";
import { CausalMaskExample } from "../examples/causal-mask/CausalMaskExample.tsx";
import { DotProductExample } from "../examples/dot-product/DotProductExample.tsx";
import { EmbeddingLookup } from "../examples/embedding-lookup/EmbeddingLookup.tsx";
import { embeddingLookupExample } from "../examples/embedding-lookup/EmbeddingLookup.fixture.ts";
import { KvCacheStepper } from "../examples/kv-cache/KvCacheStepper.tsx";
import { MatrixProductExample } from "../examples/matrix-product/MatrixProductExample.tsx";
import { rowsExample } from "../examples/matrix-product/MatrixProductExample.fixture.ts";
import { ProjectionExample } from "../examples/projection/ProjectionExample.tsx";
import { ScoresExample } from "../examples/scores/ScoresExample.tsx";
import { SoftmaxExample } from "../examples/softmax/SoftmaxExample.tsx";
import { WeightedSumExample } from "../examples/weighted-sum/WeightedSumExample.tsx";

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

const text = (element: Element | null | undefined) =>
  (element?.textContent ?? "")
    .replace(/\u00a0/g, " ")
    .replace(/\s+/g, " ")
    .trim();
/** The numbers of the matrix group `name` as shown (a cell being edited: its text field's value). */
const shown = (name: string) =>
  [...screen.getByRole("group", { name }).querySelectorAll("[data-cell]")].map((cell) =>
    cell instanceof HTMLInputElement ? cell.value : text(cell),
  );
const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Renders the example and opens its editor (loaded on demand); returns once the editor is there. */
async function openEditor(element: ReactElement): Promise<void> {
  window.history.replaceState(null, "", "/concepts/example/");
  render(element);
  fireEvent.click(screen.getByRole("button", { name: "Edit numbers" }));
  await screen.findByRole("group", { name: "Edit the numbers" });
}

/** The editor's text field labelled `label`. */
function field(label: string): HTMLElement {
  const found = [...document.querySelectorAll<HTMLLabelElement>(".example-editor label")].find(
    (candidate) => text(candidate) === label,
  );
  if (!found) throw new Error(`The editor has no field labelled “${label}”`);
  return document.getElementById(found.htmlFor)!;
}

/** The in-place text field of the cell whose name starts with `name`, e.g. "W row 0, column 1". */
const cellInput = (name: string) =>
  screen.getByRole("textbox", { name: new RegExp(`^Edit ${escape(name)}`) }) as HTMLInputElement;

/** No NaN, Infinity or ∞ in the example itself, leaving out the messages, which may quote what was typed. */
function expectFinite(): void {
  const copy = document.querySelector(".example")!.cloneNode(true) as HTMLElement;
  copy.querySelectorAll(".field-error").forEach((message) => message.remove());
  expect(text(copy)).not.toMatch(/NaN|Infinity|∞/);
}

interface Refusals {
  readonly example: string;
  readonly element: ReactElement;
  /** The numbers the example keeps while a value is refused. */
  readonly kept: () => void;
  /** The cell typed into, and what typing each text there must say. */
  readonly cell?: {
    readonly name: string;
    readonly authored: string;
    readonly cases: readonly (readonly [typed: string, message: string])[];
  };
  /** Fields of the editor, and what typing each text there must say. */
  readonly fields: readonly (readonly [label: string, typed: string, message: string])[];
  /** True when the example shows −∞ on purpose (the causal mask's masked scores). */
  readonly showsInfinity?: boolean;
}

/** The six ways a number typed into a cell can be refused, naming the cell. */
const badNumbers = (cell: string): [string, string][] => [
  ["abc", `“abc” in ${cell} is not a number`],
  ["", `${cell} is empty`],
  ["1e999", `“1e999” in ${cell} is too large`],
  ["NaN", `“NaN” in ${cell} is not a number`],
  ["--2", `“--2” in ${cell} is not a number`],
  ["10000", "too large to show"],
];

const REFUSALS: readonly Refusals[] = [
  {
    example: "the Q/K/V projection",
    element: (
      <ProjectionExample
        id="qkv-projection"
        x={[2, 3]}
        W={[
          [1, 10],
          [0, -1],
        ]}
      />
    ),
    kept: () => expect(shown("Projected vector y: inspect a component")).toEqual(["2", "17"]),
    cell: { name: "x₀", authored: "2", cases: badNumbers("x₀") },
    fields: [
      ["x", "1,,2", "has an empty entry"],
      ["x", "1 2 3 4 5 6 7", "x has 7 numbers; it takes at most 6"],
      ["W", "1 2; 3", "Row 1 of W has 1 number but row 0 has 2"],
      ["W", "1; 2; 3", "W has 3 rows but x has 2 entries: they must match"],
      ["W", "1 99999; 0 1", "too large to show"],
    ],
  },
  {
    example: "the matrix product of one row",
    element: (
      <MatrixProductExample
        id="one-row"
        A={[[2, 3]]}
        B={[
          [1, 10],
          [0, -1],
        ]}
        left={{ name: "x", title: "Row x" }}
        right={{ name: "W", title: "Weight matrix W" }}
        product={{ name: "y", title: "Projected row y = xW" }}
      />
    ),
    kept: () => expect(shown("Projected row y = xW: inspect an entry")).toEqual(["2", "17"]),
    cell: { name: "x row 0, column 0", authored: "2", cases: badNumbers("x row 0, column 0") },
    fields: [],
  },
  {
    example: "the matrix product",
    element: <MatrixProductExample {...rowsExample} />,
    kept: () => expect(shown("Projected rows Y = XW: inspect an entry")).toEqual(["2", "−1", "1", "1", "2", "1"]),
    fields: [
      ["X", "1,,2", "has an empty entry"],
      ["X", "1 2; 3", "Row 1 of X has 1 number but row 0 has 2"],
      ["X", "1 2; 3 4; 5 6", "X has 2 columns but W has 3 rows: they must match"],
      ["X", "1 2 3 4 5 6 7", "X has 7 columns; it takes at most 6"],
      ["W", "1 99999; 0 1; 1 1", "too large to show"],
      ["row labels", "the cat", "row labels has 2 words but X has 3 rows"],
    ],
  },
  {
    example: "the dot product",
    element: <DotProductExample id="similar-directions" a={[3, 1]} b={[1, 2]} />,
    kept: () => expect(shown("Results: inspect one")).toEqual(["5", "3.16", "2.24", "0.71", "1.58"]),
    cell: { name: "a₀", authored: "3", cases: [...badNumbers("a₀"), ["1e-9", "“1e-9” in a₀ is too small to show"]] },
    fields: [
      ["a", "1,,2", "has an empty entry"],
      ["a", "1 2; 3 4", "a is a single row"],
      ["b", "1 2 3", "b has 3 entries but a has 2 entries: they must match"],
      ["b", "1 2 3 4 5 6 7", "b has 7 numbers; it takes at most 6"],
      ["b", "1 99999", "too large to show"],
    ],
  },
  {
    example: "the embedding lookup",
    element: <EmbeddingLookup {...embeddingLookupExample} />,
    kept: () =>
      expect(shown("Embeddings X: inspect an entry")).toEqual([
        "1",
        "0",
        "1",
        "0",
        "2",
        "1",
        "2",
        "1",
        "0",
        "1",
        "1",
        "−1",
        "1",
        "0",
        "1",
        "0",
        "1",
        "2",
      ]),
    cell: { name: "E row 0 (“the”), column 0", authored: "1", cases: badNumbers("E row 0, column 0") },
    fields: [
      ["E", "1,,2", "has an empty entry"],
      ["E", "1 2; 3", "Row 1 of E has 1 number but row 0 has 2"],
      ["E", "1 2; 3 4", "E has 2 rows but vocabulary has 5 words: they must match"],
      ["tokens", "the cat sat on the mat mat", "tokens has 7 words; it takes at most 6"],
      ["tokens", "the dog", "Token 1, “dog”, is not in the vocabulary"],
      ["vocabulary", "the cat sat on the", "“the” is in the vocabulary twice"],
      ["vocabulary", "the cat sat on rug", "Token 5, “mat”, is not in the vocabulary (the, cat, sat, on, rug)"],
      ["E", "1 0 1; 0 2 1; 2 1 0; 1 1 -1; 0 1 99999", "too large to show"],
    ],
  },
  {
    example: "softmax",
    element: (
      <SoftmaxExample
        id="softmax"
        scores={[
          [2, 1, 0],
          [1, 3, 1],
          [0, 0, 0],
        ]}
      />
    ),
    kept: () =>
      expect(shown("Weights: inspect a weight")).toEqual([
        "0.67",
        "0.24",
        "0.09",
        "0.11",
        "0.79",
        "0.11",
        "0.33",
        "0.33",
        "0.33",
      ]),
    cell: { name: "s₀₀", authored: "2", cases: badNumbers("scores row 0, column 0") },
    fields: [
      ["scores", "abc", "“abc” in row 0 of scores is not a number"],
      ["scores", "", "scores is empty"],
      ["scores", "1,,2", "has an empty entry"],
      ["scores", "1 2; 3", "Row 1 of scores has 1 number but row 0 has 2"],
      ["scores", "1 2 3 4 5 6 7", "scores has 7 columns; it takes at most 6"],
      ["scores", "1; 2; 3; 4; 5; 6; 7", "scores has 7 rows; it takes at most 6"],
      ["scores", "1 99999", "too large to show"],
      ["scores", "NaN 1", "“NaN” in row 0 of scores is not a number"],
    ],
  },
  {
    example: "the scores",
    element: (
      <ScoresExample
        id="scores"
        Q={[
          [1, 0],
          [0, 1],
          [1, 1],
        ]}
        K={[
          [1, 0],
          [2, 1],
          [0, 2],
        ]}
        tokens={["the", "cat", "sat"]}
      />
    ),
    kept: () =>
      expect(shown("Scores S = QKᵀ: inspect an entry")).toEqual(["1", "2", "0", "0", "1", "2", "1", "3", "2"]),
    fields: [["K", "1 2 3; 4 5 6; 7 8 9", "K has 3 columns but Q has 2 columns: they must match"]],
  },
  {
    example: "the weighted sum",
    element: (
      <WeightedSumExample
        id="weighted-sum"
        weights={[
          [0.5, 0.25, 0.25],
          [0.25, 0.5, 0.25],
          [0.1, 0.8, 0.1],
        ]}
        V={[
          [4, 0],
          [0, 2],
          [2, 2],
        ]}
        tokens={["the", "cat", "sat"]}
      />
    ),
    kept: () => expect(shown("Output O = AV: inspect an entry")).toEqual(["2.5", "1", "1.5", "1.5", "0.6", "1.8"]),
    fields: [
      ["weights", "0.5 0.5 0; 0 1 0; 0.2 0.2 0.2", "row 2 sums to 0.6"],
      ["weights", "1.5 -0.5 0; 0 1 0; 0 0 1", "row 0 has a weight outside 0 … 1"],
      ["weights", "1 0; 0 1", "weights has 2 rows but V has 3 rows"],
      ["weights", "1 0 0; 0 1", "Row 1 of weights has 2 numbers but row 0 has 3"],
    ],
  },
  {
    example: "the causal mask",
    element: (
      <CausalMaskExample
        id="causal-mask"
        scores={[
          [1, 2, 0, 1],
          [0, 2, 1, 3],
          [1, 3, 2, 0],
          [0, 1, 2, 1],
        ]}
        tokens={["The", "cat", "sat", "down"]}
      />
    ),
    kept: () => expect(shown("Weights: inspect a weight").slice(4, 8)).toEqual(["0.12", "0.88", "0", "0"]),
    showsInfinity: true,
    fields: [["scores", "1 2; 3 4", "scores has 2 rows but tokens has 4 words: they must match"]],
  },
  {
    example: "the attention map",
    element: <AttentionMapExample id="cat-sat-map" example="cat-sat" />,
    kept: () =>
      expect([...document.querySelectorAll('.attention-map [data-cell^="2-"] text')].map(text)).toEqual([
        "0.09",
        "0.69",
        "0.09",
        "0.01",
        "0.01",
        "0.09",
      ]),
    fields: [
      ["sentence", "", "sentence is empty. Type 2 to 8 words separated by spaces."],
      ["sentence", "dog", "sentence has 1 word; it needs at least 2."],
      ["sentence", "abc", "sentence has 1 word; it needs at least 2."],
      ["sentence", "1e999", "sentence has 1 word; it needs at least 2."],
      ["sentence", "a b c d e f g h i", "sentence has 9 words; it takes at most 8."],
      ["sentence", "<b>hi</b> there", "“<b>hi</b>” in sentence is not a word"],
      ["sentence", "the --2", "“--2” in sentence is not a word"],
      ["sentence", "1,,2 dogs", "“1,,2” in sentence is not a word"],
      ["sentence", `the ${"a".repeat(40)}`, "in sentence is longer than 12 letters."],
    ],
  },
];

describe.each(REFUSALS.filter((r) => r.cell))("a number typed into a cell of $example", ({ element, kept, cell }) => {
  it.each(cell!.cases)(
    "%j is refused with a message tied to the cell, and the last numbers stay",
    async (typed, message) => {
      await openEditor(element);
      const input = cellInput(cell!.name);
      fireEvent.change(input, { target: { value: typed } });
      const said = document.querySelector(".example-editor-message")!;
      expect(text(said)).toContain(message);
      expect(input.getAttribute("aria-invalid")).toBe("true");
      expect(input.getAttribute("aria-describedby")).toBe(said.id);
      kept();
      expectFinite();
      // Leaving the refused cell puts the last accepted number back.
      fireEvent.blur(input);
      expect(cellInput(cell!.name).value).toBe(cell!.authored);
    },
  );
});

describe.each(REFUSALS.filter((r) => r.fields.length > 0))(
  "a value typed into the editor of $example",
  ({ element, kept, fields, showsInfinity }) => {
    it.each(fields)("%s = %j is refused at the field, and the last numbers stay", async (label, typed, message) => {
      await openEditor(element);
      const input = field(label);
      fireEvent.change(input, { target: { value: typed } });
      expect(input.getAttribute("aria-invalid")).toBe("true");
      const messageId = input.getAttribute("aria-describedby")!.split(" ").at(-1)!;
      expect(text(document.getElementById(messageId))).toContain(message);
      kept();
      if (!showsInfinity) expectFinite();
      expect(document.querySelector(".example b")).toBeNull();
    });
  },
);

describe("the KV cache's editor", () => {
  const START = "Step 0 of 4, after prefill: each of the 2 layers caches K and V for the 3 prompt tokens.";
  it.each([
    ["prompt", "abc", "“abc” is not one of the choices for prompt: the, cat, sat, on, a, mat."],
    ["prompt", "", "prompt is empty. Type 2 to 5 words separated by spaces."],
    ["prompt", "1,,2", "“1,,2” in prompt is not a word"],
    ["prompt", "the", "prompt has 1 word; it needs at least 2."],
    ["prompt", "the cat sat on a mat", "prompt has 6 words; it takes at most 5."],
    ["decode steps", "1e999", "“1e999” is not a whole number from 1 to 5, which decode steps needs."],
    ["decode steps", "NaN", "“NaN” is not a whole number from 1 to 5, which decode steps needs."],
    ["decode steps", "--2", "“--2” is not a whole number from 1 to 5, which decode steps needs."],
    ["decode steps", "9999", "“9999” is not a whole number from 1 to 5, which decode steps needs."],
    [
      "step",
      "5",
      "Step 5 is past the last step: this example decodes 4 tokens, so its steps go from 0 (after prefill) to 4.",
    ],
  ])("refuses %s = %j with the field's message, keeping step 0 and the URL", async (label, typed, message) => {
    await openEditor(<KvCacheStepper id="kv-steps" prompt={["the", "cat", "sat"]} steps={4} />);
    const input = field(label);
    fireEvent.change(input, { target: { value: typed } });
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(text(document.querySelector(".example-field-message"))).toContain(message);
    expect(text(document.querySelector(".kv-status"))).toBe(START);
    expect(window.location.search).toBe("");
    expectFinite();
  });
});

describe("the cache calculator's own fields", () => {
  it.each([
    [/KV heads/, "1e999", "“1e999” is too large for the KV heads. Enter a whole number from 1 to 1,024."],
    [/KV heads/, "NaN", "“NaN” is not a number. Enter a whole number from 1 to 1,024."],
    [/Head size/, "--2", "“--2” is not a number. Enter a whole number from 1 to 16,384."],
    [/Head size/, "1,,2", "“1,,2” is not a number. Enter a whole number from 1 to 16,384."],
    [
      /Sequence length/,
      "99999999",
      "“99999999” is too large for the sequence length. Enter a whole number from 1 to 10,000,000.",
    ],
    [/Batch size/, "1e9", "“1e9” is too large for the batch size. Enter a whole number from 1 to 100,000."],
  ])("refuse %s “%s” next to the field; the last result and the URL stay", (name, typed, message) => {
    window.history.replaceState(null, "", "/concepts/example/");
    render(<CacheSizeCalculator id="cache-size" preset="llama2-7b" />);
    const input = screen.getByRole("textbox", { name });
    fireEvent.change(input, { target: { value: typed } });
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(text(document.getElementById(input.getAttribute("aria-describedby")!.split(" ").at(-1)!))).toBe(message);
    expect(text(document.querySelector(".cache-total"))).toBe("= 2,147,483,648 B");
    expect(window.location.search).toBe("");
    expectFinite();
  });
});

describe("values the editors accept", () => {
  it("digits and repeated words are words: in the map of “3 3” each looks mostly at itself", async () => {
    await openEditor(<AttentionMapExample id="cat-sat-map" example="cat-sat" />);
    const input = field("sentence");
    fireEvent.change(input, { target: { value: "3 3" } });
    expect(input.getAttribute("aria-invalid")).toBeNull();
    // Both count as nouns: q = (0, −2, 4, ∓2), k = (1, 0, 0, ∓1): scores (2, −2) / 2 → 1 / (1 + e⁻²) = 0.88.
    expect([...document.querySelectorAll('.attention-map [data-cell^="0-"] text')].map(text)).toEqual(["0.88", "0.12"]);
  });
});
