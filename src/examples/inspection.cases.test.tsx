// @vitest-environment happy-dom
/**
 * Inspection, example by example: hover, focus and tap must inspect the same thing, and the arrow
 * keys, Home, End and Escape must move and clear it. The browser tests drive each shared primitive
 * (MatrixGrid, TokenRow, the heatmap, the bar charts) once with a real mouse, keyboard and touch
 * screen; these cases check every example wires them up, with the numbers worked out by hand.
 * (The examples whose own tests already check all three ways of inspecting are not repeated.)
 */
import type { ReactElement } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { AttentionMapExample } from "./attention-map/AttentionMapExample.tsx";
import { AttentionStep } from "./attention-step/AttentionStep.tsx";
import { CausalMaskExample } from "./causal-mask/CausalMaskExample.tsx";
import { DotProductExample } from "./dot-product/DotProductExample.tsx";
import { KvCacheStepper } from "./kv-cache/KvCacheStepper.tsx";
import { MatrixProductExample } from "./matrix-product/MatrixProductExample.tsx";
import { rowsExample } from "./matrix-product/MatrixProductExample.fixture.ts";
import { MultiHeadExample } from "./multi-head/MultiHeadExample.tsx";
import { ScalingPlot } from "./scaling/ScalingPlot.tsx";
import { ScoresExample } from "./scores/ScoresExample.tsx";
import { SoftmaxExample } from "./softmax/SoftmaxExample.tsx";
import { WeightedSumExample } from "./weighted-sum/WeightedSumExample.tsx";
import { EmbeddingLookup } from "./embedding-lookup/EmbeddingLookup.tsx";
import { embeddingLookupExample } from "./embedding-lookup/EmbeddingLookup.fixture.ts";

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

/** The examples as the pages author them (content/*.mdx). */
const PAGE = {
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
  rows: <MatrixProductExample {...rowsExample} />,
  oneRow: (
    <MatrixProductExample
      id="one-row"
      A={[[2, 3]]}
      B={[
        [1, 10],
        [0, -1],
      ]}
      left={{ name: "x", title: "Row x", note: "One token's row." }}
      right={{ name: "W", title: "Weight matrix W", note: "Output j uses column j." }}
      product={{ name: "y", title: "Projected row y = xW" }}
    />
  ),
  dot: <DotProductExample id="similar-directions" a={[3, 1]} b={[1, 2]} />,
  lookup: <EmbeddingLookup {...embeddingLookupExample} />,
  map: <AttentionMapExample id="cat-sat-map" example="cat-sat" />,
  heads: <MultiHeadExample id="two-heads" example="cat-sat-two-heads" />,
  kv: <KvCacheStepper id="kv-steps" prompt={["the", "cat", "sat"]} steps={4} />,
  scaling: <ScalingPlot id="scaling-figure" seed={5} />,
  step: (step: "queries" | "scores" | "scaled" | "weights" | "output") => (
    <AttentionStep id={`cat-sat-${step}`} example="cat-sat" step={step} focus="sat" />
  ),
} as const;

const text = (element: Element | null | undefined) =>
  (element?.textContent ?? "")
    .replace(/\u00a0/g, " ")
    .replace(/\s+/g, " ")
    .trim();
const group = (name: string | RegExp) => screen.getByRole("group", { name });
const cell = (groupName: string | RegExp, key: string) =>
  group(groupName).querySelector<HTMLElement>(`[data-cell="${key}"]`)!;
/** The "row-col" keys of the cells of a group whose data-role is `role`. */
const withRole = (groupName: string | RegExp, role: "inspected" | "ingredient") =>
  [...group(groupName).querySelectorAll<HTMLElement>(`[data-role="${role}"]`)].map(
    (element) => element.dataset.cell ?? element.dataset.token ?? "",
  );
const expansions = () => [...document.querySelectorAll(".readout .expansion")].map(text);
const readout = (n = 0) => text(document.querySelectorAll(".readout")[n]);

/**
 * Everything an inspection shows, read from the DOM in one go: the readouts, every marked element
 * (with its group), the pressed buttons, and what the plots mark as active.
 */
function inspectionShown(): string {
  const readouts = [...document.querySelectorAll(".readout")].map(text);
  const marked = [...document.querySelectorAll<HTMLElement>("[data-role]")].map(
    (element) =>
      `${element.closest("[role='group']")?.getAttribute("aria-label")}:${element.dataset.cell ?? element.dataset.token}=${element.dataset.role}`,
  );
  const pressed = [...document.querySelectorAll("[aria-pressed='true']")].map(
    (element) => element.getAttribute("aria-label") ?? text(element),
  );
  const active = [...document.querySelectorAll("[data-active]")].map(
    (element) => `${element.getAttribute("class")}=${element.getAttribute("data-active")}`,
  );
  return JSON.stringify({ readouts, marked, pressed, active });
}

const WAYS: readonly [string, (element: Element) => void][] = [
  ["hover", (element) => fireEvent.pointerOver(element, { pointerType: "mouse" })],
  ["focus", (element) => fireEvent.focus(element)],
  ["tap", (element) => fireEvent.click(element)],
];

interface InspectCase {
  /** What is inspected, for the test's name. */
  readonly what: string;
  readonly example: ReactElement;
  /** Brings the example to the state the case starts from (e.g. a step of the KV cache). */
  readonly before?: () => void;
  readonly target: () => Element;
  /** The inspection as worked out by hand. */
  readonly expect: () => void;
}

const CASES: readonly InspectCase[] = [
  {
    what: "scores: S₂₁ = q₂·k₁, marking row 2 of Q, column 1 of Kᵀ and row 1 of K",
    example: PAGE.scores,
    target: () => screen.getByRole("button", { name: "S row 2 (“sat”), column 1 (“cat”): 3" }),
    expect() {
      // q₂ = (1, 1), k₁ = (2, 1): 1·2 + 1·1 = 3.
      expect(expansions()).toEqual(["S₂₁ = q₂·k₁ = 1·2 + 1·1 = 3"]);
      expect(readout()).toContain("row 2 of Q times row 1 of K, which is column 1 of Kᵀ");
      expect(withRole("Queries Q", "ingredient")).toEqual(["2-0", "2-1"]);
      expect(withRole("Keys, transposed: Kᵀ", "ingredient")).toEqual(["0-1", "1-1"]);
      expect(withRole("Keys K, as computed", "ingredient")).toEqual(["1-0", "1-1"]);
      expect(withRole("Scores S = QKᵀ: inspect an entry", "inspected")).toEqual(["2-1"]);
      expect(document.querySelectorAll("[data-role]")).toHaveLength(7);
    },
  },
  {
    what: "scores: S₁₂ = q₁·k₂",
    example: PAGE.scores,
    target: () => screen.getByRole("button", { name: "S row 1 (“cat”), column 2 (“sat”): 2" }),
    expect() {
      // q₁ = (0, 1), k₂ = (0, 2): 0·0 + 1·2 = 2.
      expect(expansions()).toEqual(["S₁₂ = q₁·k₂ = 0·0 + 1·2 = 2"]);
      expect(withRole("Queries Q", "ingredient")).toEqual(["1-0", "1-1"]);
      expect(withRole("Keys K, as computed", "ingredient")).toEqual(["2-0", "2-1"]);
    },
  },
  {
    what: "causal mask: A₁₁ renormalised over “The” and “cat”, the masked terms exp(−∞) = 0",
    example: PAGE.causal,
    target: () => screen.getByRole("button", { name: "A₁₁ ≈\u00a00.88" }),
    expect() {
      // Row 1 is (0, 2, −∞, −∞); shifted by 2: (−2, 0): 1 / (e⁻² + 1) = 1 / 1.135 = 0.881.
      expect(expansions()).toEqual([
        "A₁₁ = exp(s₁₁) / Σₖ exp(s₁ₖ)",
        "A₁₁ = exp(0) / (exp(−2) + exp(0) + exp(−∞) + exp(−∞)) ≈ 1 / (0.135 + 1 + 0 + 0) ≈ 1 / 1.135 ≈ 0.881",
      ]);
      expect(readout()).toContain("Keys 2 and 3 are masked: exp(−∞) = 0, so they add nothing to the sum.");
      expect(withRole("Masked scores", "ingredient")).toEqual(["1-0", "1-1", "1-2", "1-3"]);
      expect(withRole("Weights: inspect a weight", "inspected")).toEqual(["1-1"]);
    },
  },
  {
    what: "causal mask off: A₁₃ is the plain softmax of all four scores",
    example: PAGE.causal,
    before: () => fireEvent.click(screen.getByRole("checkbox", { name: /^Causal mask/ })),
    target: () => cell("Weights: inspect a weight", "1-3"),
    expect() {
      // Row 1 is (0, 2, 1, 3); shifted by 3: (−3, −1, −2, 0): 1 / (0.05 + 0.368 + 0.135 + 1) = 0.644.
      expect(expansions()[1]).toBe(
        "A₁₃ = exp(0) / (exp(−3) + exp(−1) + exp(−2) + exp(0)) ≈ 1 / (0.05 + 0.368 + 0.135 + 1) ≈ 1 / 1.553 ≈ 0.644",
      );
      expect(readout()).not.toContain("masked");
    },
  },
  {
    what: "weighted sum: O₂₁ and row 2 of O as a mix of the value rows",
    example: PAGE.weighted,
    target: () => screen.getByRole("button", { name: "O row 2 (“sat”), column 1: 1.8" }),
    expect() {
      // 0.1·0 + 0.8·2 + 0.1·2 = 1.8; the row: 0.1·(4, 0) + 0.8·(0, 2) + 0.1·(2, 2) = (0.6, 1.8).
      expect(expansions()[0]).toBe("O₂₁ = 0.1·0 + 0.8·2 + 0.1·2 = 1.8");
      expect(text(document.querySelector(".readout .weighted-rows"))).toBe(
        "o₂ = A₂₀·v₀ + A₂₁·v₁ + A₂₂·v₂ = 0.1·(4, 0) + 0.8·(0, 2) + 0.1·(2, 2) = (0.6, 1.8)",
      );
      expect(readout()).toContain("Query 2 (“sat”) takes 0.1 of “the”, 0.8 of “cat”, 0.1 of “sat”.");
      expect(withRole("Attention weights A", "ingredient")).toEqual(["2-0", "2-1", "2-2"]);
      expect(withRole("Values V", "ingredient")).toEqual(["0-1", "1-1", "2-1"]);
      expect(withRole("Output O = AV: inspect an entry", "inspected")).toEqual(["2-1"]);
      expect(document.querySelectorAll("[data-role]")).toHaveLength(7);
    },
  },
  {
    what: "weighted sum: O₀₀",
    example: PAGE.weighted,
    target: () => screen.getByRole("button", { name: "O row 0 (“the”), column 0: 2.5" }),
    expect() {
      // 0.5·4 + 0.25·0 + 0.25·2 = 2.5; the row: (2 + 0 + 0.5, 0 + 0.5 + 0.5) = (2.5, 1).
      expect(expansions()[0]).toBe("O₀₀ = 0.5·4 + 0.25·0 + 0.25·2 = 2.5");
      expect(text(document.querySelector(".readout .weighted-rows"))).toBe(
        "o₀ = A₀₀·v₀ + A₀₁·v₁ + A₀₂·v₂ = 0.5·(4, 0) + 0.25·(0, 2) + 0.25·(2, 2) = (2.5, 1)",
      );
      expect(withRole("Values V", "ingredient")).toEqual(["0-0", "1-0", "2-0"]);
    },
  },
  {
    what: "softmax: A₀₂, its row shifted by the largest score",
    example: PAGE.softmax,
    target: () => screen.getByRole("button", { name: "A₀₂ ≈\u00a00.09" }),
    expect() {
      // Row 0 is (2, 1, 0); shifted by 2: (0, −1, −2): e⁻² / (1 + e⁻¹ + e⁻²) = 0.135 / 1.503 = 0.09.
      expect(expansions()).toEqual([
        "A₀₂ = exp(s₀₂) / Σₖ exp(s₀ₖ)",
        "A₀₂ = exp(−2) / (exp(0) + exp(−1) + exp(−2)) ≈ 0.135 / (1 + 0.368 + 0.135) ≈ 0.135 / 1.503 ≈ 0.09",
      ]);
      expect(readout()).toContain("largest score, 2, from every score in the row: (0, −1, −2)");
      expect(withRole("Scores S", "ingredient")).toEqual(["0-0", "0-1", "0-2"]);
      expect(document.querySelectorAll('.row-shares .share[data-active="true"]')).toHaveLength(1);
    },
  },
  {
    what: "softmax of scores near 1000: A₀₁ of (1000, 1001, 998) stays finite",
    example: PAGE.largeScores,
    target: () => cell("Weights: inspect a weight", "0-1"),
    expect() {
      // Shifted by 1001: (−1, 0, −3); 1 / (e⁻¹ + 1 + e⁻³) = 1 / 1.418 = 0.705.
      expect(readout()).toContain("largest score, 1001, from every score in the row: (−1, 0, −3)");
      expect(expansions()[1]).toBe(
        "A₀₁ = exp(0) / (exp(−1) + exp(0) + exp(−3)) ≈ 1 / (0.368 + 1 + 0.05) ≈ 1 / 1.418 ≈ 0.705",
      );
    },
  },
  {
    what: "matrix product: Y₂₀, marking row 2 of X and column 0 of W",
    example: PAGE.rows,
    target: () => screen.getByRole("button", { name: "Y row 2 (“sat”), column 0: 2" }),
    expect() {
      // Row 2 of X = (2, 1, 0), column 0 of W = (1, 0, 1): 2 + 0 + 0 = 2.
      expect(expansions()[0]).toBe("Y₂₀ = 2·1 + 1·0 + 0·1 = 2");
      expect(readout()).toContain("row 2 of X");
      expect(readout()).toContain("with column 0 of W");
      expect(withRole("Embeddings X", "ingredient")).toEqual(["2-0", "2-1", "2-2"]);
      expect(withRole("Weight matrix W", "ingredient")).toEqual(["0-0", "1-0", "2-0"]);
      expect(document.querySelectorAll("[data-role]")).toHaveLength(7);
    },
  },
  {
    what: "matrix product of one row: y₀₁ = 2·10 + 3·(−1) = 17, the reference numbers",
    example: PAGE.oneRow,
    target: () => screen.getByRole("button", { name: "y row 0, column 1: 17" }),
    expect() {
      expect(expansions()[0]).toBe("y₀₁ = 2·10 + 3·(−1) = 17");
      expect(withRole("Weight matrix W", "ingredient")).toEqual(["0-1", "1-1"]);
    },
  },
  {
    what: "dot product: a·b, marking a, b, the angle and b's shadow",
    example: PAGE.dot,
    target: () => screen.getByRole("button", { name: "a dot b = 5" }),
    expect() {
      expect(expansions()).toEqual(["a·b = 3·1 + 1·2 = 5"]);
      expect(readout()).toContain("The vectors point within 90° of each other (θ = 45°)");
      expect(withRole("Vector a", "ingredient")).toEqual(["0-0", "0-1"]);
      expect(withRole("Vector b", "ingredient")).toEqual(["0-0", "0-1"]);
      expect(
        [...document.querySelectorAll(".dot-plot [data-active]")].map((part) => part.getAttribute("class")),
      ).toEqual(["shadow", "angle"]);
    },
  },
  {
    what: "attention map: “on” → “mat”, marking the query's row and both labels",
    example: PAGE.map,
    target: () => cell(/^Attention map of/, "3-5"),
    expect() {
      // q(on) = (7, 0, 0, 2), k(mat) = (1, 0, 0, 1): 7 + 2 = 9; 9 / √4 = 4.5.
      expect([...document.querySelectorAll(".map-facts dd")].map(text)).toEqual([
        "“on”, row 3",
        "“mat”, column 5",
        "S₃₅ = q₃·k₅ = 7·1 + 0·0 + 0·0 + 2·1 = 9",
        "9 / √4 = 9 / 2 = 4.5",
        "≈ 0.83",
      ]);
      expect(readout()).toContain("the largest goes to “mat”");
      expect(withRole(/^Attention map of/, "ingredient")).toEqual(["3-0", "3-1", "3-2", "3-3", "3-4"]);
      expect([...group(/^Attention map of/).querySelectorAll(".heat-labels text[data-active]")].map(text)).toEqual([
        "mat",
        "on",
      ]);
    },
  },
  {
    what: "one head, queries: Q₂₀",
    example: PAGE.step("queries"),
    target: () => cell("Q = XW sub Q: inspect an entry", "2-0"),
    expect: () => expect(expansions()[0]).toBe("Q₂₀ = 0·0 + 1·4 + 0·3 + (−1)·0 = 4"),
  },
  {
    what: "one head, scores: S₂₁",
    example: PAGE.step("scores"),
    target: () => cell("Scores S = QKᵀ: inspect an entry", "2-1"),
    expect: () => expect(expansions()[0]).toBe("S₂₁ = q₂·k₁ = 4·1 + 0·0 + 0·0 + (−2)·(−1) = 6"),
  },
  {
    what: "one head, scaled scores: S₂₁ / √dₖ",
    example: PAGE.step("scaled"),
    target: () => cell("Scaled scores: inspect an entry", "2-1"),
    expect: () => expect(expansions()[0]).toBe("S₂₁ / √dₖ = 6 / √4 = 6 / 2 = 3"),
  },
  {
    what: "one head, weights: A₂₁ from the shifted row",
    example: PAGE.step("weights"),
    target: () => cell("Weights A: inspect a weight", "2-1"),
    expect() {
      // Row "sat" of the scaled scores is (1, 3, 1, −1, −1, 1): e³ / (3e + e³ + 2/e) ≈ 0.693.
      expect(readout()).toContain("(−2, 0, −2, −4, −4, −2)");
      expect(readout()).toContain("≈ 0.693");
    },
  },
  {
    what: "one head, output: O₂₀",
    example: PAGE.step("output"),
    target: () => cell("Output O = AV: inspect an entry", "2-0"),
    expect: () => expect(expansions()[0]).toContain("O₂₀ = 0.09·0 + 0.69·1"),
  },
  {
    what: "two heads: head 2's “on” → “mat”, divided by √2",
    example: PAGE.heads,
    target: () => cell("Attention map of head 2", "2-3"),
    expect() {
      // q = (2, 3), k = (1, 1): 5; 5 / √2 ≈ 3.54.
      expect(expansions()[0]).toBe("head 2: “on” → “mat”");
      expect([...document.querySelectorAll(".readout")[0]!.querySelectorAll(".map-facts dd")].map(text)).toEqual([
        "S₂₃ = q₂·k₃ = 2·1 + 3·1 = 5",
        "5 / √2 ≈ 5 / 1.41 ≈ 3.54",
        "≈ 0.84",
      ]);
      expect(readout(0)).toContain("divides by √2, its own dₖ");
      expect(withRole("Attention map of head 2", "ingredient")).toEqual(["2-0", "2-1", "2-2"]);
      expect(withRole("Attention map of head 1", "ingredient")).toEqual([]);
    },
  },
  {
    what: "two heads: C₂₂ is column 0 of head 2's output",
    example: PAGE.heads,
    target: () => cell("Concatenation C: inspect an entry", "2-2"),
    expect() {
      expect(text(document.querySelectorAll(".readout")[1]!.querySelector(".expansion"))).toBe("C₂₂ = O²₂₀ ≈ 0.89");
      expect(readout(1)).toContain("Column 2 of the concatenation is column 0 of head 2’s output, in the row of “on”");
      expect(withRole("Output O² of head 2", "ingredient")).toEqual(["2-0"]);
      expect(withRole("Output O¹ of head 1", "ingredient")).toEqual([]);
    },
  },
  {
    what: "two heads: Y₀₂ is row 0 of C times column 2 of W_O",
    example: PAGE.heads,
    target: () => cell("Output Y: inspect an entry", "0-2"),
    expect() {
      // Row “cat” of C ≈ (0.11, 0.89, 0.5, 0.5), column 2 of W_O = (1, 0, −1, 0).
      expect(text(document.querySelectorAll(".readout")[1]!.querySelector(".expansion"))).toBe(
        "Y₀₂ = 0.11·1 + 0.89·0 + 0.5·(−1) + 0.5·0 ≈ −0.39",
      );
      expect(readout(1)).toContain("terms 1–2 use head 1’s output and terms 3–4 use head 2’s output");
      expect(withRole("Concatenation C: inspect an entry", "ingredient")).toEqual(["0-0", "0-1", "0-2", "0-3"]);
      expect(withRole("Output weights W sub O", "ingredient")).toEqual(["0-2", "1-2", "2-2", "3-2"]);
    },
  },
  {
    what: "KV cache at step 1: q₁ of layer 1 is x times column 1 of W_Q",
    example: PAGE.kv,
    before: () => fireEvent.click(within(group("Step controls")).getByRole("button", { name: "Next step" })),
    target: () => screen.getByRole("button", { name: "q₁: 1" }),
    expect() {
      // x = (2, 0, −1, 1), column 1 of W_Q = (1, −1, 1, 0): 2 + 0 − 1 + 0 = 1.
      expect(text(document.querySelector(".kv-layer .readout .expansion"))).toBe(
        "q₁ = 2·1 + 0·(−1) + (−1)·1 + 1·0 = 1",
      );
      expect(text(document.querySelector(".kv-layer .readout"))).toContain(
        "q is used for this step’s scores and then dropped",
      );
      expect(withRole("Layer 1: W sub Q", "ingredient")).toEqual(["0-1", "1-1", "2-1", "3-1"]);
      expect(withRole("Layer 1: q = x·W sub Q", "inspected")).toEqual(["0-1"]);
    },
  },
];

describe.each(CASES)("$what", (c) => {
  it("is shown alike by hover, focus and tap", () => {
    const shown = WAYS.map(([, inspect]) => {
      const { unmount } = render(c.example);
      c.before?.();
      inspect(c.target());
      c.expect();
      const seen = inspectionShown();
      unmount();
      window.history.replaceState(null, "", "/");
      return seen;
    });
    expect(shown[1], "focus shows what hover shows").toBe(shown[0]);
    expect(shown[2], "tap shows what hover shows").toBe(shown[0]);
  });
});

/** Gives `element` keyboard focus, as Tab or a click would, letting React apply what follows. */
const focus = (element: HTMLElement) => act(() => element.focus());
/** Presses `key` on the focused element. */
const press = (key: string) => fireEvent.keyDown(document.activeElement!, { key });
/** The cell with keyboard focus, as "row-col", checking it is its grid's only tab stop. */
function focusedCell(): string {
  const focused = document.activeElement as HTMLElement;
  const grid = focused.closest("[role='group']")!;
  const stops = [...grid.querySelectorAll<HTMLElement>("[data-cell]")].filter((element) => element.tabIndex === 0);
  expect(stops, "one tab stop per grid: the focused cell").toEqual([focused]);
  return focused.dataset.cell ?? "";
}

describe("the keyboard in each example", () => {
  it("scores: arrows walk S from S₀₀ to S₂₁ and S₁₂; Escape clears", () => {
    render(PAGE.scores);
    focus(cell("Scores S = QKᵀ: inspect an entry", "0-0"));
    expect(expansions()).toEqual(["S₀₀ = q₀·k₀ = 1·1 + 0·0 = 1"]);
    ["ArrowDown", "ArrowDown", "ArrowRight"].forEach(press);
    expect(focusedCell()).toBe("2-1");
    expect(expansions()).toEqual(["S₂₁ = q₂·k₁ = 1·2 + 1·1 = 3"]);
    ["ArrowUp", "End"].forEach(press);
    expect(focusedCell()).toBe("1-2");
    expect(expansions()).toEqual(["S₁₂ = q₁·k₂ = 0·0 + 1·2 = 2"]);
    press("Escape");
    expect(document.querySelectorAll("[data-role]")).toHaveLength(0);
  });

  it("softmax: arrows move between weights and stop at the edges; Escape brings the hint back", () => {
    render(PAGE.softmax);
    focus(cell("Weights: inspect a weight", "0-0"));
    expect(expansions()[0]).toBe("A₀₀ = exp(s₀₀) / Σₖ exp(s₀ₖ)");
    ["ArrowRight", "ArrowRight", "ArrowRight"].forEach(press);
    expect(focusedCell()).toBe("0-2");
    ["ArrowDown", "ArrowLeft"].forEach(press);
    expect(focusedCell()).toBe("1-1");
    expect(expansions()[0]).toBe("A₁₁ = exp(s₁₁) / Σₖ exp(s₁ₖ)");
    press("Escape");
    expect(readout()).toBe("Hover, focus or tap a weight to see how softmax makes it from its row of scores.");
  });

  it("causal mask: arrows reach A₁₁; Escape brings the hint back", () => {
    render(PAGE.causal);
    focus(cell("Weights: inspect a weight", "0-0"));
    ["ArrowDown", "ArrowRight"].forEach(press);
    expect(focusedCell()).toBe("1-1");
    expect(expansions()[0]).toBe("A₁₁ = exp(s₁₁) / Σₖ exp(s₁ₖ)");
    press("Escape");
    expect(readout()).toBe("Hover, focus or tap a weight to see its softmax, with masked keys adding exp(−∞) = 0.");
  });

  it("weighted sum: End and arrows reach O₂₁; Escape clears", () => {
    render(PAGE.weighted);
    focus(cell("Output O = AV: inspect an entry", "0-0"));
    expect(expansions()[0]).toBe("O₀₀ = 0.5·4 + 0.25·0 + 0.25·2 = 2.5");
    ["End", "ArrowDown", "ArrowDown", "ArrowDown"].forEach(press);
    expect(focusedCell()).toBe("2-1");
    expect(expansions()[0]).toBe("O₂₁ = 0.1·0 + 0.8·2 + 0.1·2 = 1.8");
    press("Escape");
    expect(document.querySelectorAll("[data-role]")).toHaveLength(0);
  });

  it("matrix product: arrows, Home and End move within Y, stopping at the last row; Escape brings the hint back", () => {
    render(PAGE.rows);
    focus(cell("Projected rows Y = XW: inspect an entry", "0-0"));
    expect(expansions()[0]).toBe("Y₀₀ = 1·1 + 0·0 + 1·1 = 2");
    press("ArrowRight");
    expect(focusedCell()).toBe("0-1");
    expect(expansions()[0]).toBe("Y₀₁ = 1·0 + 0·1 + 1·(−1) = −1");
    ["ArrowDown", "ArrowDown", "ArrowDown"].forEach(press);
    expect(focusedCell()).toBe("2-1");
    press("Home");
    expect(focusedCell()).toBe("2-0");
    expect(expansions()[0]).toBe("Y₂₀ = 2·1 + 1·0 + 0·1 = 2");
    press("Escape");
    expect(readout()).toBe("Hover, focus or tap an entry of Y to see the row of X and the column of W that make it.");
  });

  it("dot product: arrows step through a·b, |a|, |b|, cos θ and b on a; Escape clears the plot too", () => {
    render(PAGE.dot);
    focus(cell("Results: inspect one", "0-0"));
    press("ArrowRight");
    expect(expansions()).toEqual(["|a| = √(3·3 + 1·1) = √10 ≈ 3.16"]);
    expect([...document.querySelectorAll(".dot-plot [data-active]")].map((part) => part.getAttribute("class"))).toEqual(
      ["vector-a"],
    );
    ["ArrowRight", "ArrowRight"].forEach(press);
    expect(focusedCell()).toBe("0-3");
    expect(withRole("Results: inspect one", "ingredient")).toEqual(["0-0", "0-1", "0-2"]);
    press("End");
    expect(expansions()).toEqual(["b on a = a·b / |a| ≈ 5 / 3.16 ≈ 1.58"]);
    press("Escape");
    expect(document.querySelectorAll("[data-role], .dot-plot [data-active]")).toHaveLength(0);
  });

  it("embedding lookup: X's tab stop follows the inspected token's row; arrows then reach X₂₁", () => {
    render(PAGE.lookup);
    const tokens = within(group("Sentence: inspect a token")).getAllByRole("button");
    focus(tokens[4]!);
    expect(readout()).toBe(
      "Token 4, “the”, has vocabulary id 0, so row 4 of X is row 0 of E, copied unchanged: (1, 0, 1).",
    );
    const x = cell("Embeddings X: inspect an entry", "4-0");
    expect(x.tabIndex, "Tab goes on to X at the inspected token's row").toBe(0);
    focus(x);
    ["ArrowUp", "ArrowUp", "ArrowRight"].forEach(press);
    expect(focusedCell()).toBe("2-1");
    expect(expansions()[0]).toBe("X₂₁ = 0·0 + 0·2 + 1·1 + 0·1 + 0·1 = 1");
    press("Escape");
    expect(document.querySelectorAll("[data-role]")).toHaveLength(0);
  });

  it("two heads: arrows move inside each map, C and Y", () => {
    render(PAGE.heads);
    focus(cell("Attention map of head 2", "0-0"));
    ["ArrowDown", "ArrowDown", "End"].forEach(press);
    expect(document.activeElement).toBe(cell("Attention map of head 2", "2-3"));
    expect(expansions()[0]).toBe("head 2: “on” → “mat”");
    focus(cell("Concatenation C: inspect an entry", "0-0"));
    ["ArrowDown", "ArrowDown", "ArrowRight", "ArrowRight"].forEach(press);
    expect(focusedCell()).toBe("2-2");
    expect(text(document.querySelectorAll(".readout")[1]!.querySelector(".expansion"))).toBe("C₂₂ = O²₂₀ ≈ 0.89");
    focus(cell("Output Y: inspect an entry", "0-0"));
    ["ArrowRight", "ArrowRight"].forEach(press);
    expect(focusedCell()).toBe("0-2");
    press("Escape");
    expect(readout(1)).toBe(
      "Hover, focus or tap an entry of C to see which head it comes from, or an entry of Y to see it worked out.",
    );
    expect(document.querySelectorAll("[data-role]")).toHaveLength(0);
  });

  it("√dₖ figure: arrows move between keys in the table, marking the key's row; Escape brings the hint back", () => {
    render(PAGE.scaling);
    const table = /^Scores and weights for dₖ = 64: inspect a key$/;
    focus(cell(table, "0-0"));
    expect(readout()).toContain("Weight of k₀:");
    ["ArrowDown", "End"].forEach(press);
    expect(focusedCell()).toBe("1-3");
    expect(readout()).toContain("Weight of k₁:");
    expect(
      [...group(table).querySelectorAll<HTMLElement>('[data-cell^="1-"]')].map((element) => element.dataset.role),
    ).toEqual(["ingredient", "ingredient", "ingredient", "inspected"]);
    press("Escape");
    expect(readout()).toBe("Hover or tap a bar, or focus a number in the table, to see that key’s score and weights.");
  });

  it("√dₖ figure at dₖ = 4: a focused score is written out term by term, then divided by √4", () => {
    render(<ScalingPlot id="scaling-figure" seed={5} keySize={4} />);
    focus(cell(/^Scores and weights for dₖ = 4: inspect a key$/, "3-0"));
    const [score, scaled] = expansions();
    // Four products of a query and a key entry, summed: "s = q·k₃ = a·b + c·d + e·f + g·h = s".
    expect(score).toMatch(/^s = q·k₃ = \S+·\S+ \+ \S+·\S+ \+ \S+·\S+ \+ \S+·\S+ [=≈] \S+$/);
    expect(scaled).toMatch(/ \/ √4 [=≈] /);
  });
});
