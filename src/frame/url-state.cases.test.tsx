// @vitest-environment happy-dom
/**
 * Links into every example, as tables: a link whose values cannot be used shows a note saying
 * why and the page's own numbers (never NaN or ∞); a link an example wrote (what Copy link
 * copies) opens the same numbers and the same inspected number. The browser keeps one bad link
 * per kind of field (tests/editing-*.spec.ts); these cases cover every example and every way a
 * value can be wrong, rendered in happy-dom with the link in the URL.
 */
import type { ReactElement } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { AttentionMapExample } from "../examples/attention-map/AttentionMapExample.tsx";
import { AttentionStep } from "../examples/attention-step/AttentionStep.tsx";
import { CacheSizeCalculator } from "../examples/cache-size/CacheSizeCalculator.tsx";
import { cacheSizeSpec, valuesOf } from "../examples/cache-size/CacheSizeCalculator.editing.ts";
import { CACHE_PRESETS } from "../math/index.ts";
import { CausalMaskExample } from "../examples/causal-mask/CausalMaskExample.tsx";
import { DotProductExample } from "../examples/dot-product/DotProductExample.tsx";
import { EmbeddingLookup } from "../examples/embedding-lookup/EmbeddingLookup.tsx";
import { embeddingLookupExample } from "../examples/embedding-lookup/EmbeddingLookup.fixture.ts";
import { KvCacheStepper } from "../examples/kv-cache/KvCacheStepper.tsx";
import { kvCacheStepperSpec } from "../examples/kv-cache/KvCacheStepper.editing.ts";
import { MatrixProductExample } from "../examples/matrix-product/MatrixProductExample.tsx";
import { rowsExample } from "../examples/matrix-product/MatrixProductExample.fixture.ts";
import { MultiHeadExample } from "../examples/multi-head/MultiHeadExample.tsx";
import { ProjectionExample } from "../examples/projection/ProjectionExample.tsx";
import { ScalingPlot } from "../examples/scaling/ScalingPlot.tsx";
import { scalingPlotSpec } from "../examples/scaling/ScalingPlot.editing.ts";
import { ScoresExample } from "../examples/scores/ScoresExample.tsx";
import { SoftmaxExample } from "../examples/softmax/SoftmaxExample.tsx";
import { WeightedSumExample } from "../examples/weighted-sum/WeightedSumExample.tsx";
import { readUrlState } from "./url-state.ts";
import type { AnyValues as Values, ExampleSpec } from "./spec.ts";

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

const text = (element: Element | null | undefined) =>
  (element?.textContent ?? "")
    .replace(/\u00a0/g, " ")
    .replace(/\s+/g, " ")
    .trim();
/** The numbers of the matrix group `name` as shown, row by row. */
const shown = (name: string | RegExp) =>
  [...screen.getByRole("group", { name }).querySelectorAll("[data-cell]")].map(text);
/** The weights of row `i` of heatmap `map` as shown. */
const mapRow = (i: number, map = 0) =>
  [...document.querySelectorAll(".attention-map")[map]!.querySelectorAll(`[data-cell^="${i}-"] text`)].map(text);
const note = () => text(document.querySelector(".example-note"));

/** Renders `element` on a page whose URL is `?query` (the link), as an island hydrates. */
async function openWith(query: string, element: ReactElement): Promise<void> {
  window.history.replaceState(null, "", `/concepts/example/?${query}`);
  render(element);
  // The frame reads the link once hydrated (an effect); let it settle.
  await screen.findAllByRole("group");
}

/** No NaN, Infinity or ∞ in the example itself (the note may quote what the link said). */
function expectFinite(): void {
  expect(text(document.querySelector(".example"))).not.toMatch(/NaN|Infinity|∞/);
}

/** The examples as the pages author them (content/*.mdx). */
const PAGE = {
  projection: (
    <ProjectionExample
      id="qkv-projection"
      x={[2, 3]}
      W={[
        [1, 10],
        [0, -1],
      ]}
    />
  ),
  rows: <MatrixProductExample {...rowsExample} />,
  dot: <DotProductExample id="similar-directions" a={[3, 1]} b={[1, 2]} />,
  rightAngle: <DotProductExample id="right-angle" a={[3, 1]} b={[-1, 3]} />,
  lookup: <EmbeddingLookup {...embeddingLookupExample} />,
  softmax: (
    <SoftmaxExample
      id="softmax"
      scores={[
        [2, 1, 0],
        [1, 3, 1],
        [0, 0, 0],
      ]}
    />
  ),
  largeScores: <SoftmaxExample id="large-scores" scores={[[1000, 1001, 998]]} />,
  scores: (
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
  weighted: (
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
  causal: (
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
  map: <AttentionMapExample id="cat-sat-map" example="cat-sat" />,
  scoresStep: <AttentionStep id="cat-sat-scores" example="cat-sat" step="scores" focus="sat" />,
  outputStep: <AttentionStep id="cat-sat-output" example="cat-sat" step="output" focus="sat" />,
  heads: <MultiHeadExample id="two-heads" example="cat-sat-two-heads" />,
  kv: <KvCacheStepper id="kv-steps" prompt={["the", "cat", "sat"]} steps={4} />,
  cache: <CacheSizeCalculator id="cache-size" preset="llama2-7b" />,
  scaling: <ScalingPlot id="scaling-figure" seed={5} />,
} as const;

/** What each example shows as authored, and the group it is read from. */
const AUTHORED = {
  y: ["2", "17"],
  Y: ["2", "−1", "1", "1", "2", "1"],
  results: ["5", "3.16", "2.24", "0.71", "1.58"],
  X: ["1", "0", "1", "0", "2", "1", "2", "1", "0", "1", "1", "−1", "1", "0", "1", "0", "1", "2"],
  // (2, 1, 0) → (0.67, 0.24, 0.09), (1, 3, 1) → (0.11, 0.79, 0.11), (0, 0, 0) → ⅓ each.
  weights: ["0.67", "0.24", "0.09", "0.11", "0.79", "0.11", "0.33", "0.33", "0.33"],
  // S = QKᵀ with Q = [[1, 0], [0, 1], [1, 1]], K = [[1, 0], [2, 1], [0, 2]].
  S: ["1", "2", "0", "0", "1", "2", "1", "3", "2"],
  O: ["2.5", "1", "1.5", "1.5", "0.6", "1.8"],
  // Row “sat” of the map of “The cat sat on the mat”.
  sat: ["0.09", "0.69", "0.09", "0.01", "0.01", "0.09"],
};

interface BadLinks {
  readonly example: string;
  readonly element: ReactElement;
  /** The page's own numbers, which a refused link leaves on screen. */
  readonly kept: () => void;
  readonly links: readonly (readonly [query: string, note: string])[];
  /** True when the example shows −∞ on purpose (the causal mask's masked scores). */
  readonly showsInfinity?: boolean;
}

const BAD_LINKS: readonly BadLinks[] = [
  {
    example: "the Q/K/V projection",
    element: PAGE.projection,
    kept: () => expect(shown("Projected vector y: inspect a component")).toEqual(AUTHORED.y),
    links: [
      ["qkv-projection.x=abc", "The link’s x was not used: “abc” in x is not a number"],
      ["qkv-projection.x=", "x is empty"],
      ["qkv-projection.x=1e999", "too large"],
      ["qkv-projection.x=NaN", "“NaN” in x is not a number"],
      ["qkv-projection.x=--2", "“--2” in x is not a number"],
      ["qkv-projection.x=1,,2", "has an empty entry"],
      ["qkv-projection.W=1,2;3", "every row needs the same number of entries"],
      ["qkv-projection.W=1;2;3", "do not fit together"],
      ["qkv-projection.x=1,2,3,4,5,6,7", "takes at most 6"],
      ["qkv-projection.W=99999,1;0,1", "too large to show"],
      ["qkv-projection.inspect=7,7", "The link asks to inspect “7,7”"],
      [
        `qkv-projection.x=${encodeURIComponent('<img src=x id=injected onerror="document.title=1">')}`,
        "“<img” in x is not a number",
      ],
    ],
  },
  {
    example: "the matrix product",
    element: PAGE.rows,
    kept: () => expect(shown("Projected rows Y = XW: inspect an entry")).toEqual(AUTHORED.Y),
    links: [
      // The link names the matrices as the example shows them (X, W); the older A and B still read.
      ["rows-times-columns.X=abc", "The link’s X was not used: “abc” in row 0 of X is not a number"],
      ["rows-times-columns.W=--2", "“--2” in row 0 of W is not a number"],
      ["rows-times-columns.A=abc", "The link’s X was not used: “abc” in row 0 of X is not a number"],
      ["rows-times-columns.A=", "X is empty"],
      ["rows-times-columns.A=1e999,0,0;0,0,0;0,0,0", "too large"],
      ["rows-times-columns.A=NaN", "“NaN” in row 0 of X is not a number"],
      ["rows-times-columns.B=--2", "“--2” in row 0 of W is not a number"],
      ["rows-times-columns.B=1,,2", "has an empty entry"],
      ["rows-times-columns.A=1,2;3", "every row needs the same number of entries"],
      ["rows-times-columns.B=1,0;0,1", "do not fit together"],
      ["rows-times-columns.rowLabels=a+b+c+d+e+f+g", "takes at most 6"],
      ["rows-times-columns.B=99999,1;0,1;1,1", "too large to show"],
      ["rows-times-columns.inspect=3,0", "The link asks to inspect “3,0”"],
    ],
  },
  {
    example: "the dot product",
    element: PAGE.dot,
    kept: () => expect(shown("Results: inspect one")).toEqual(AUTHORED.results),
    links: [
      ["similar-directions.a=abc", "The link’s a was not used: “abc” in a is not a number"],
      ["similar-directions.a=", "a is empty"],
      ["similar-directions.b=1e999,1", "too large"],
      ["similar-directions.a=NaN,1", "“NaN” in a is not a number"],
      ["similar-directions.a=--2,1", "“--2” in a is not a number"],
      ["similar-directions.a=1,,2", "has an empty entry"],
      ["similar-directions.a=1,2;3,4", "a is a single row"],
      ["similar-directions.b=1,2,3", "do not fit together"],
      ["similar-directions.a=1,2,3,4,5,6,7", "takes at most 6"],
      ["similar-directions.b=99999,1", "too large to show"],
      ["similar-directions.inspect=angle", "The link asks to inspect “angle”"],
    ],
  },
  {
    example: "the embedding lookup",
    element: PAGE.lookup,
    kept: () => expect(shown("Embeddings X: inspect an entry")).toEqual(AUTHORED.X),
    links: [
      ["embedding-lookup.E=abc", "The link’s E was not used: “abc” in row 0 of E is not a number"],
      ["embedding-lookup.tokens=", "tokens is empty"],
      ["embedding-lookup.E=1e999", "too large"],
      ["embedding-lookup.E=NaN", "“NaN” in row 0 of E is not a number"],
      ["embedding-lookup.E=--2", "“--2” in row 0 of E is not a number"],
      ["embedding-lookup.E=1,,2", "has an empty entry"],
      ["embedding-lookup.E=1,2;3", "every row needs the same number of entries"],
      ["embedding-lookup.E=1,2;3,4", "do not fit together"],
      ["embedding-lookup.tokens=the+dog", "Token 1, “dog”, is not in the vocabulary"],
      ["embedding-lookup.vocabulary=a+b+c+d+e+f+g", "takes at most 6"],
      ["embedding-lookup.inspect=9", "The link asks to inspect “9”"],
    ],
  },
  {
    example: "softmax",
    element: PAGE.softmax,
    kept: () => expect(shown("Weights: inspect a weight")).toEqual(AUTHORED.weights),
    links: [
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
    ],
  },
  {
    example: "the scores",
    element: PAGE.scores,
    kept: () => expect(shown("Scores S = QKᵀ: inspect an entry")).toEqual(AUTHORED.S),
    links: [["scores.Q=1,0;0,1", "do not fit together"]],
  },
  {
    example: "the weighted sum",
    element: PAGE.weighted,
    kept: () => expect(shown("Output O = AV: inspect an entry")).toEqual(AUTHORED.O),
    links: [["weighted-sum.weights=1,0,0;0,1,0;0,0,0.5", "row 2 sums to 0.5"]],
  },
  {
    example: "the causal mask",
    element: PAGE.causal,
    showsInfinity: true,
    kept() {
      // Row 1 under the mask: (0, 2) → 1 / (1 + e²) = 0.12 and 0.88, then exactly 0, 0.
      expect(shown("Weights: inspect a weight").slice(4, 8)).toEqual(["0.12", "0.88", "0", "0"]);
      expect((screen.getByRole("checkbox", { name: /Causal mask/ }) as HTMLInputElement).checked).toBe(true);
    },
    links: [
      ["causal-mask.mask=2", "“2” is not a whole number from 0 to 1"],
      ["causal-mask.mask=abc", "“abc” is not a whole number from 0 to 1"],
      ["causal-mask.scores=1,2;3,4", "do not fit together"],
      ["causal-mask.scores=1,2,3;4,5,6;7,8,9;1,2,3;4,5,6;7,8,9;1,2,3", "at most 6"],
      ["causal-mask.inspect=4,0", "The link asks to inspect “4,0”"],
    ],
  },
  {
    example: "the attention map",
    element: PAGE.map,
    kept: () => expect(mapRow(2)).toEqual(AUTHORED.sat),
    links: [
      ["cat-sat-map.sentence=", "sentence is empty"],
      ["cat-sat-map.sentence=dog", "The link’s sentence was not used: sentence has 1 word; it needs at least 2."],
      ["cat-sat-map.sentence=a+b+c+d+e+f+g+h+i", "sentence has 9 words; it takes at most 8."],
      [`cat-sat-map.sentence=${encodeURIComponent("<b>hi</b> there")}`, "“<b>hi</b>” in sentence is not a word"],
      [`cat-sat-map.sentence=the+${"a".repeat(40)}`, "longer than 12 letters"],
      ["cat-sat-map.sentence=NaN", "sentence has 1 word"],
    ],
  },
  {
    example: "the two heads",
    element: PAGE.heads,
    kept: () => expect(mapRow(0, 0)).toEqual(["0.05", "0.45", "0.45", "0.05"]),
    links: [
      ["two-heads.inspect=head3:0,0&two-heads.sentence=a+b+c+d+e+f+g+h+i", "sentence has 9 words; it takes at most 8."],
      ["two-heads.inspect=head3:0,0", "The link asks to inspect “head3:0,0”"],
    ],
  },
];

describe.each(BAD_LINKS)("a bad link into $example", ({ element, kept, links, showsInfinity }) => {
  it.each(links)("?%s shows a note and the page's numbers", async (query, expected) => {
    await openWith(query, element);
    expect(note()).toContain(expected);
    kept();
    if (!showsInfinity) expectFinite();
    // Text from a link is shown as text: nothing it says becomes an element.
    expect(document.querySelector("#injected, b")).toBeNull();
  });
});

describe("a link with a good state and a bad inspect", () => {
  it("the map takes the link's sentence and refuses a cell that sentence does not have", async () => {
    await openWith("cat-sat-map.sentence=dog+ran&cat-sat-map.inspect=2,0", PAGE.map);
    expect(note()).toContain(
      "The link asks to inspect “2,0”, which this example does not have (expected row,column of the map",
    );
    // “dog ran”: q(dog) = (0, −2, 4, −2), q(ran) = (4, 0, 0, 2); scores / 2: dog (1, −2) → 0.95, 0.05.
    expect(mapRow(0)).toEqual(["0.95", "0.05"]);
  });
});

/**
 * The state a learner leaves in the URL (what Copy link copies) and what a fresh page opened from
 * it shows: `act` edits and inspects through the example's own controls, `query` is the URL it must
 * write, `opened` checks a fresh render from that URL.
 */
interface RoundTrip {
  readonly what: string;
  readonly element: ReactElement;
  /** A link the example is first opened with, when the state starts from one. */
  readonly from?: string;
  readonly act: () => Promise<void> | void;
  readonly query: string;
  readonly opened: () => void;
}

/** Opens the editor (loaded on demand) and types `value` into its field `label`. */
async function typeField(label: string, value: string): Promise<void> {
  if (!document.querySelector(".example-editor")) fireEvent.click(screen.getByRole("button", { name: "Edit numbers" }));
  const found = (await screen.findByText(label, { selector: ".example-editor label" })) as HTMLLabelElement;
  fireEvent.change(document.getElementById(found.htmlFor)!, { target: { value } });
}
const pressed = (name: RegExp) => screen.getByRole("button", { name }).getAttribute("aria-pressed");
const expansion = () => [...document.querySelectorAll(".readout .expansion")].map(text);
const cellOf = (group: string | RegExp, key: string) =>
  screen.getByRole("group", { name: group }).querySelector<HTMLElement>(`[data-cell="${key}"]`)!;

const ROUND_TRIPS: readonly RoundTrip[] = [
  {
    what: "the projection with a new x and y₁ pinned",
    element: PAGE.projection,
    async act() {
      await typeField("x", "1, -2");
      fireEvent.click(screen.getByRole("button", { name: /^y₁ = 12/ }));
    },
    query: "?qkv-projection.x=1,-2&qkv-projection.inspect=0,1",
    opened() {
      // y₁ = 1·10 + (−2)·(−1) = 12.
      expect(shown("Projected vector y: inspect a component")).toEqual(["1", "12"]);
      expect(pressed(/^y₁ = 12/)).toBe("true");
      expect(expansion()).toEqual(["y₁ = 1·10 + (−2)·(−1) = 12"]);
    },
  },
  {
    what: "the matrix product with new row labels, an edited W and Y₀₁ pinned",
    element: PAGE.rows,
    async act() {
      await typeField("row labels", "we saw it");
      fireEvent.change(screen.getByRole("textbox", { name: /^Edit W row 2, column 1/ }), { target: { value: "2" } });
      fireEvent.click(screen.getByRole("button", { name: /^Y row 0 \(“we”\), column 1/ }));
    },
    query: "?rows-times-columns.W=1,0;0,1;1,2&rows-times-columns.rowLabels=we+saw+it&rows-times-columns.inspect=0,1",
    opened() {
      // W = [[1, 0], [0, 1], [1, 2]]: Y₀₁ = 1·0 + 0·1 + 1·2 = 2, Y₁₁ = 0·0 + 2·1 + 1·2 = 4, Y₂₁ = 2·0 + 1·1 + 0·2 = 1.
      expect(shown("Projected rows Y = XW: inspect an entry")).toEqual(["2", "2", "1", "4", "2", "1"]);
      expect(pressed(/^Y row 0 \(“we”\), column 1/)).toBe("true");
      expect(expansion()[0]).toBe("Y₀₁ = 1·0 + 0·1 + 1·2 = 2");
    },
  },
  {
    what: "the right-angle vectors with a new b and b's shadow pinned",
    element: PAGE.rightAngle,
    async act() {
      await typeField("b", "-1, 4");
      fireEvent.click(screen.getByRole("button", { name: /^b on a/ }));
    },
    query: "?right-angle.b=-1,4&right-angle.inspect=shadow",
    opened() {
      // a = (3, 1), b = (−1, 4): a·b = 1, |b| = √17 ≈ 4.12, cos θ = 1/(√10·√17) ≈ 0.08, b on a = 1/√10 ≈ 0.32.
      expect(shown("Results: inspect one")).toEqual(["1", "3.16", "4.12", "0.08", "0.32"]);
      expect(pressed(/^b on a/)).toBe("true");
      expect(expansion()).toEqual(["b on a = a·b / |a| ≈ 1 / 3.16 ≈ 0.32"]);
    },
  },
  {
    what: "the embedding lookup with a new sentence and token 1 pinned",
    element: PAGE.lookup,
    async act() {
      await typeField("tokens", "the mat");
      fireEvent.click(
        within(screen.getByRole("group", { name: "Sentence: inspect a token" })).getAllByRole("button")[1]!,
      );
    },
    query: "?embedding-lookup.tokens=the+mat&embedding-lookup.inspect=1",
    opened() {
      // the → row 0 of E (1, 0, 1); mat → row 4 (0, 1, 2).
      expect(shown("Embeddings X: inspect an entry")).toEqual(["1", "0", "1", "0", "1", "2"]);
      expect(
        within(screen.getByRole("group", { name: "Sentence: inspect a token" }))
          .getAllByRole("button")[1]!
          .getAttribute("aria-pressed"),
      ).toBe("true");
      expect(text(document.querySelector(".readout"))).toContain(
        "Token 1, “mat”, has vocabulary id 4, so row 1 of X is row 4 of E",
      );
    },
  },
  {
    what: "softmax with new scores and A₀₀ pinned",
    element: PAGE.softmax,
    async act() {
      await typeField("scores", "1 0; 0 0");
      fireEvent.click(screen.getByRole("button", { name: /^A₀₀/ }));
    },
    query: "?softmax.scores=1,0;0,0&softmax.inspect=0,0",
    opened() {
      // (1, 0): e⁻¹ = 0.368, so 1 / 1.368 = 0.73 and 0.27; (0, 0) → 0.5 each.
      expect(shown("Weights: inspect a weight")).toEqual(["0.73", "0.27", "0.5", "0.5"]);
      expect(pressed(/^A₀₀/)).toBe("true");
      expect(expansion()[1]).toContain("A₀₀ = exp(0) / (exp(0) + exp(−1))");
    },
  },
  {
    what: "the weighted sum with one-hot weights and O₁₁ pinned",
    element: PAGE.weighted,
    async act() {
      await typeField("weights", "0 1 0; 0 1 0; 0 1 0");
      fireEvent.click(screen.getByRole("button", { name: /^O row 1 \(“cat”\), column 1/ }));
    },
    query: "?weighted-sum.weights=0,1,0;0,1,0;0,1,0&weighted-sum.inspect=1,1",
    opened() {
      // Every query copies v₁ = (0, 2).
      expect(shown("Output O = AV: inspect an entry")).toEqual(["0", "2", "0", "2", "0", "2"]);
      expect(pressed(/^O row 1 \(“cat”\), column 1/)).toBe("true");
    },
  },
  {
    what: "the causal mask switched off with A₁₃ pinned",
    element: PAGE.causal,
    act() {
      fireEvent.click(screen.getByRole("checkbox", { name: /Causal mask/ }));
      fireEvent.click(screen.getByRole("button", { name: /^A₁₃/ }));
    },
    query: "?causal-mask.mask=0&causal-mask.inspect=1,3",
    opened() {
      expect((screen.getByRole("checkbox", { name: /Causal mask/ }) as HTMLInputElement).checked).toBe(false);
      // Unmasked row 1 (0, 2, 1, 3): 0.03, 0.24, 0.09, 0.64.
      expect(shown("Weights: inspect a weight").slice(4, 8)).toEqual(["0.03", "0.24", "0.09", "0.64"]);
      expect(pressed(/^A₁₃/)).toBe("true");
    },
  },
  {
    what: "the attention map with a new sentence and a cell pinned",
    element: PAGE.map,
    async act() {
      await typeField("sentence", "the dog ran");
      fireEvent.click(screen.getByRole("button", { name: /^“ran” looks at “dog”/ }));
    },
    query: "?cat-sat-map.sentence=the+dog+ran&cat-sat-map.inspect=2,1",
    opened() {
      // Scores / √4 of “ran”: (−1, 2, 1) → 0.04, 0.71, 0.26.
      expect(mapRow(2)).toEqual(["0.04", "0.71", "0.26"]);
      expect(pressed(/^“ran” looks at “dog”/)).toBe("true");
      expect(text(document.querySelectorAll(".map-facts dd")[4])).toBe("≈ 0.71");
    },
  },
  {
    what: "the scores step with a new sentence and a score pinned",
    element: PAGE.scoresStep,
    async act() {
      await typeField("sentence", "the dog ran");
      fireEvent.click(cellOf("Scores S = QKᵀ: inspect an entry", "2-1"));
    },
    query: "?cat-sat-scores.sentence=the+dog+ran&cat-sat-scores.inspect=2,1",
    opened() {
      // q(ran) = (4, 0, 0, 2) against k = x: the (0, 0, 1, −1) → −2, dog (1, 0, 0, 0) → 4, ran (0, 1, 0, 1) → 2.
      expect(shown("Scores S = QKᵀ: inspect an entry").slice(6, 9)).toEqual(["−2", "4", "2"]);
      expect(cellOf("Scores S = QKᵀ: inspect an entry", "2-1").getAttribute("aria-pressed")).toBe("true");
      expect(expansion()[0]).toBe("S₂₁ = q₂·k₁ = 4·1 + 0·0 + 0·0 + 2·0 = 4");
    },
  },
  {
    what: "the two heads with a new sentence and an entry of Y pinned",
    element: PAGE.heads,
    async act() {
      await typeField("sentence", "dog ran");
      fireEvent.click(cellOf("Output Y: inspect an entry", "0-2"));
    },
    query: "?two-heads.sentence=dog+ran&two-heads.inspect=out:0,2",
    opened() {
      // C row “dog” = (0.107, 0.893, 0.944, 0.056); Y = (c0 + c2, c1 + c3, c0 − c2, c1 − c3).
      expect(shown("Output Y: inspect an entry").slice(0, 4)).toEqual(["1.05", "0.95", "−0.84", "0.84"]);
      expect(cellOf("Output Y: inspect an entry", "0-2").getAttribute("aria-pressed")).toBe("true");
    },
  },
  {
    what: "the KV cache at step 2 with a value pinned",
    element: PAGE.kv,
    act() {
      const next = within(screen.getByRole("group", { name: "Step controls" })).getByRole("button", {
        name: "Next step",
      });
      fireEvent.click(next);
      fireEvent.click(next);
      fireEvent.click(cellOf("Layer 2: Value cache V", "4-1"));
    },
    query: "?kv-steps.step=2&kv-steps.inspect=step2.layer2.V.4,1",
    opened() {
      expect(text(document.querySelector(".kv-status"))).toMatch(/^Step 2 of 4: /);
      expect(cellOf("Layer 2: Value cache V", "4-1").getAttribute("aria-pressed")).toBe("true");
      expect(text(document.querySelectorAll(".kv-layer")[1]!.querySelector(".readout .expansion"))).toMatch(/^V₄₁ = /);
    },
  },
  {
    what: "the cache calculator on GPT-2 small at batch 2",
    element: PAGE.cache,
    act() {
      fireEvent.click(screen.getByRole("button", { name: "GPT-2 small" }));
      fireEvent.change(screen.getByRole("textbox", { name: /Batch size/ }), { target: { value: "2" } });
    },
    query: "?cache-size.preset=gpt2-small&cache-size.batch=2",
    opened() {
      // 2·12·12·64·1,024·2·4 = 150,994,944 B = 144 · 2²⁰ B.
      expect(text(document.querySelector(".cache-total"))).toBe("= 150,994,944 B");
      expect(text(document.querySelector(".cache-binary"))).toBe("= 144 MiB");
      expect((screen.getByRole("textbox", { name: /Batch size/ }) as HTMLInputElement).value).toBe("2");
    },
  },
  {
    what: "the √dₖ figure opened at seed 9, dₖ = 16, with a cell then pinned",
    element: PAGE.scaling,
    from: "scaling-figure.seed=9&scaling-figure.keySize=16",
    act() {
      fireEvent.click(cellOf(/^Scores and weights for dₖ = 16/, "3-2"));
    },
    query: "?scaling-figure.seed=9&scaling-figure.keySize=16&scaling-figure.inspect=3,2",
    opened() {
      expect(screen.getByRole("slider", { name: "Key size dₖ" }).getAttribute("aria-valuetext")).toBe("dₖ = 16");
      expect(text(document.querySelector(".scaling-seed"))).toBe("seed 9");
      expect(cellOf(/^Scores and weights for dₖ = 16/, "3-2").getAttribute("aria-pressed")).toBe("true");
    },
  },
];

describe.each(ROUND_TRIPS)("a link to $what", ({ element, from, act, query, opened }) => {
  it("is what the example writes, and opens the same state", async () => {
    window.history.replaceState(null, "", `/concepts/example/${from ? `?${from}` : ""}`);
    const { unmount } = render(element);
    await screen.findAllByRole("group");
    await act();
    expect(window.location.search).toBe(query);
    unmount();
    await openWith(query.slice(1), element);
    expect(document.querySelector(".example-note")).toBeNull();
    opened();
  });
});

describe("links to the figures with controls of their own", () => {
  const kvAuthored: Values = { prompt: ["the", "cat", "sat"], steps: 4, step: 0 };
  it.each([
    [
      "kv-steps.prompt=abc",
      "The link’s prompt was not used: “abc” is not one of the choices for prompt: the, cat, sat, on, a, mat.",
    ],
    ["kv-steps.prompt=", "The link’s prompt was not used: prompt is empty."],
    ["kv-steps.steps=1e999", "The link’s decode steps was not used: “1e999” is not a whole number from 1 to 5"],
    ["kv-steps.steps=NaN", "The link’s decode steps was not used: “NaN” is not"],
    ["kv-steps.step=--2", "The link’s step was not used: “--2” is not a whole number from 0 to 5"],
    ["kv-steps.prompt=the+cat+sat+on+a+mat", "The link’s prompt was not used: prompt has 6 words; it takes at most 5."],
    [
      "kv-steps.steps=2&kv-steps.step=3",
      "do not fit together, so the example shows its own: Step 3 is past the last step",
    ],
    [
      "kv-steps.inspect=step0.layer1.K.9,0",
      "The link asks to inspect “step0.layer1.K.9,0”, which this example does not have",
    ],
    ["step=99", "The link’s step was not used: “99” is not a whole number from 0 to 5, which step needs."],
  ])("the KV cache refuses ?%s and stays at step 0 of the page's prompt", (query, expected) => {
    const state = readUrlState(
      kvCacheStepperSpec as unknown as ExampleSpec,
      "kv-steps",
      kvAuthored,
      new URLSearchParams(query),
    );
    expect(state.problems.join(" ")).toContain(expected);
    expect(state.values).toEqual(kvAuthored);
  });

  const scalingSpec = scalingPlotSpec({ keys: 8, keySizes: [1, 4, 16, 64, 256, 1024] });
  it.each([
    ["scaling-figure.seed=", "The link’s seed was not used: seed is empty."],
    ["scaling-figure.seed=1e999", "The link’s seed was not used: “1e999” is not a whole number"],
    ["scaling-figure.keySize=NaN", "The link’s key size dₖ was not used: “NaN” is not a whole number from 1 to 1024"],
    ["scaling-figure.keySize=--2", "The link’s key size dₖ was not used: “--2” is not"],
  ])("the √dₖ figure refuses ?%s and keeps seed 5 at dₖ = 64", (query, expected) => {
    const state = readUrlState(scalingSpec, "scaling-figure", { seed: 5, keySize: 64 }, new URLSearchParams(query));
    expect(state.problems.join(" ")).toContain(expected);
    expect(state.values).toEqual({ seed: 5, keySize: 64 });
  });

  it.each([
    "cache-size.layers=",
    "cache-size.seqLen=--2",
    "cache-size.batch=0",
    "cache-size.batch=-1",
    "cache-size.layers=2.5",
    "cache-size.seqLen=99999999",
  ])("the cache calculator refuses ?%s with a note, keeping Llama 2 7B's 2 GiB", async (query) => {
    await openWith(query, PAGE.cache);
    expect(note()).toMatch(/^The link’s .+ (was not used|do not fit together)/);
    expect(text(document.querySelector(".cache-total"))).toBe("= 2,147,483,648 B");
    expect(screen.getByRole("button", { name: "Llama 2 7B" }).getAttribute("aria-pressed")).toBe("true");
    expectFinite();
    expect(
      readUrlState(
        cacheSizeSpec,
        "cache-size",
        valuesOf(CACHE_PRESETS[0]!.shape, CACHE_PRESETS[0]!.id),
        new URLSearchParams(query),
      ).problems,
    ).toHaveLength(1);
  });

  it("the softmax of ±9999 from a link stays finite, with the shift by the largest score", async () => {
    await openWith("large-scores.scores=9999,-9999,9998&large-scores.inspect=0,1", PAGE.largeScores);
    // Shifted by 9999: (0, −19998, −1); exps 1, 0 (underflow, not ∞), 0.368; sum 1.368 → 0.731, 0, 0.269.
    expect(shown("Weights: inspect a weight")).toEqual(["0.73", "0", "0.27"]);
    expect(pressed(/^A₀₁/)).toBe("true");
    expect(text(document.querySelector(".readout"))).toContain("(0, −19998, −1)");
    expect(expansion().at(-1)).toContain("≈ 0 / (1 + 0 + 0.368)");
    expectFinite();
  });

  it("the scores take a link's tokens and inspected score, with no note", async () => {
    await openWith("scores.tokens=a+b+c&scores.inspect=1,2", PAGE.scores);
    expect(document.querySelector(".example-note")).toBeNull();
    expect(pressed(/^S row 1 \(“b”\), column 2 \(“c”\)/)).toBe("true");
  });

  it("the output step follows a sentence from a link", async () => {
    await openWith("cat-sat-output.sentence=dog+ran", PAGE.outputStep);
    // “ran”: weights (0.5, 0.5); O = 0.5·(1, 0, 0, −1) + 0.5·(0, 1, 0, 1) = (0.5, 0.5, 0, 0).
    expect(shown("Output O = AV: inspect an entry").slice(4, 8)).toEqual(["0.5", "0.5", "0", "0"]);
    expectFinite();
  });

  it("two heads pin a cell of head 2's map from a link", async () => {
    await openWith("two-heads.inspect=head2:2,3", PAGE.heads);
    expect(pressed(/^head 2: “on” looks at “mat”/)).toBe("true");
  });
});
