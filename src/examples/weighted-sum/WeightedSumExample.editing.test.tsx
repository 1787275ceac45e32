// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { applyCell, applyText, resize } from "../../frame/spec.ts";
import { readUrlState } from "../../frame/url-state.ts";
import { WeightedSumExample } from "./WeightedSumExample.tsx";
import { weightedSumSpec } from "./WeightedSumExample.editing.ts";
import { rescaleKeeping } from "./WeightedSumExample.rescale.ts";

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

/** The example of content/weighted-sum-of-values.mdx. */
const weights = [
  [0.5, 0.25, 0.25],
  [0.25, 0.5, 0.25],
  [0.1, 0.8, 0.1],
];
const V = [
  [4, 0],
  [0, 2],
  [2, 2],
];
const tokens = ["the", "cat", "sat"];
const authored = { weights, V, tokens };
const spec = weightedSumSpec({ tokens });
const messageOf = (result: { ok: boolean; message?: string }) => (result.ok ? "" : result.message);

describe("weightedSumSpec", () => {
  it("keeps every row summing to 1 and names the row and its sum when one does not", () => {
    expect(messageOf(applyCell(spec, authored, "weights", 1, 0, "0.7"))).toBe(
      "In the weights, row 1 sums to 1.45; softmax makes each row sum to 1. Change the other weights of that row too (in place, “Set … and rescale” keeps the one you typed), or type whole rows that sum to 1, e.g. 0.5 0.5.",
    );
    expect(messageOf(applyText(spec, authored, "weights", "1 0 0; 0 1 0; 0.5 0.5 0.1"))).toContain("row 2 sums to 1.1");
    expect(messageOf(applyText(spec, authored, "weights", "1.5 -0.5 0; 0 1 0; 0 0 1"))).toContain(
      "row 0 has a weight outside 0 … 1",
    );
    expect(applyText(spec, authored, "weights", "1 0 0; 0 1 0; 0.333 0.333 0.334").ok).toBe(true);
  });

  it("ties the tokens, both sides of the weights and the rows of V together", () => {
    expect(messageOf(applyText(spec, authored, "V", "1 2; 3 4"))).toBe(
      "V has 2 rows but weights has 3 rows: they must match (tokens (rows and columns of the weights, rows of V)). Use the size buttons to change both together.",
    );
    expect(messageOf(applyText(spec, authored, "tokens", "a b"))).toContain(
      "tokens has 2 words but weights has 3 rows",
    );
    // A new column of V is a column of zeros; every row still sums to 1.
    expect(resize(spec, authored, "dv", 1)).toMatchObject({
      ok: true,
      value: {
        V: [
          [4, 0, 0],
          [0, 2, 0],
          [2, 2, 0],
        ],
      },
    });
    // A new token: every query gives it weight 0, and its own row shares its weight equally.
    expect(resize(spec, authored, "tokens", 1)).toMatchObject({
      ok: true,
      value: {
        weights: [
          [0.5, 0.25, 0.25, 0],
          [0.25, 0.5, 0.25, 0],
          [0.1, 0.8, 0.1, 0],
          [0.25, 0.25, 0.25, 0.25],
        ],
        tokens: ["the", "cat", "sat", "t3"],
      },
    });
    // Removing the last token: the weight the other rows gave it is shared out in proportion.
    const fewer = resize(spec, authored, "tokens", -1);
    expect(fewer.ok).toBe(true);
    const weights = fewer.ok ? fewer.value.weights : [];
    expect(weights.map((row) => row.map((w) => Math.round(w * 1e9) / 1e9))).toEqual([
      [Math.round((2 / 3) * 1e9) / 1e9, Math.round((1 / 3) * 1e9) / 1e9],
      [Math.round((1 / 3) * 1e9) / 1e9, Math.round((2 / 3) * 1e9) / 1e9],
    ]);
  });

  it("keeps queries and keys apart when the page gives no tokens", () => {
    const plain = weightedSumSpec({ tokens: undefined });
    const two = {
      weights: [
        [1, 0],
        [0.5, 0.5],
      ],
      V: [
        [4, 0],
        [0, 8],
      ],
      tokens: undefined,
    };
    // One more key: a column of zero weights and a row of zeros in V; the rows still sum to 1.
    expect(resize(plain, two, "keys", 1)).toMatchObject({
      ok: true,
      value: {
        weights: [
          [1, 0, 0],
          [0.5, 0.5, 0],
        ],
        V: [
          [4, 0],
          [0, 8],
          [0, 0],
        ],
      },
    });
    expect(applyText(plain, two, "weights", "1 0").ok).toBe(true);
  });

  it("reads the inspected entry of O as row,column within O's shape", () => {
    const read = (query: string) => readUrlState(spec, "weighted-sum", authored, new URLSearchParams(query));
    expect(read("weighted-sum.inspect=2,1").inspect).toBe("2,1");
    expect(read("weighted-sum.inspect=0,2").problems[0]).toContain("The link asks to inspect “0,2”");
    expect(read("weighted-sum.weights=1,0,0;0,1,0;0,0,0.5").problems[0]).toContain("row 2 sums to 0.5");
    expect(read("weighted-sum.weights=1,0,0;0,1,0;0,0,0.5").values.weights).toEqual(weights);
  });
});

describe("rescaleKeeping(row, col, value)", () => {
  it("keeps the typed weight and shares the rest in the others' proportions", () => {
    // Others 0.5 and 0.25 (2 : 1) share 1 − 0.7 = 0.3: 0.2 and 0.1.
    expect(rescaleKeeping([0.25, 0.5, 0.25], 0, 0.7)).toEqual([0.7, 0.2, 0.1]);
    // Others 0.8 and 0.1 (8 : 1) share 0.5: 0.444444 and 0.055556 (the largest takes up rounding).
    const row = rescaleKeeping([0.1, 0.8, 0.1], 0, 0.5)!;
    expect(row).toEqual([0.5, 0.444444, 0.055556]);
    expect(Math.abs(row.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-9);
  });

  it("shares the rest equally when the others are all 0, and refuses a weight outside 0 … 1", () => {
    expect(rescaleKeeping([1, 0, 0], 0, 0.4)).toEqual([0.4, 0.3, 0.3]);
    expect(rescaleKeeping([0.5, 0.5], 1, 1)).toEqual([0, 1]);
    expect(rescaleKeeping([0.5, 0.5], 1, 1.2)).toBeNull();
    expect(rescaleKeeping([0.5, 0.5], 1, -0.1)).toBeNull();
    expect(rescaleKeeping([1], 0, 0.3)).toEqual([1]);
  });
});

describe("WeightedSumExample while editing", () => {
  const output = () =>
    within(screen.getByRole("group", { name: "Output O = AV: inspect an entry" }))
      .getAllByRole("button")
      .map((b) => b.textContent);

  it("recomputes O from an edited value: V₀₀ = 8 gives o₀ = 0.5·(8, 0) + 0.25·(0, 2) + 0.25·(2, 2) = (4.5, 1)", () => {
    render(<WeightedSumExample id="weighted-sum" weights={weights} V={V} tokens={tokens} />);
    fireEvent.click(screen.getByRole("button", { name: "Edit numbers" }));
    fireEvent.change(screen.getByRole("textbox", { name: /^Edit V row 0 \(“the”\), column 0/ }), {
      target: { value: "8" },
    });
    // o₁ = 0.25·(8, 0) + 0.5·(0, 2) + 0.25·(2, 2) = (2.5, 1.5); o₂ = 0.1·(8, 0) + 0.8·(0, 2) + 0.1·(2, 2) = (1, 1.8).
    expect(output()).toEqual(["4.5", "1", "2.5", "1.5", "1", "1.8"]);
    expect(document.querySelector(".in-words")?.textContent).toContain(
      "o₀ = 0.5·(8, 0) + 0.25·(0, 2) + 0.25·(2, 2) = (4.5, 1)",
    );
  });

  it("offers to keep a weight that broke its row and rescale the rest: A₁₀ = 0.7 gives row 1 (0.7, 0.2, 0.1)", () => {
    render(<WeightedSumExample id="weighted-sum" weights={weights} V={V} tokens={tokens} />);
    fireEvent.click(screen.getByRole("button", { name: "Edit numbers" }));
    const cell = screen.getByRole("textbox", { name: /^Edit A row 1 \(“cat”\), column 0 \(“the”\)/ });
    fireEvent.change(cell, { target: { value: "0.7" } });
    expect(cell.getAttribute("aria-invalid")).toBe("true");
    expect(output()).toEqual(["2.5", "1", "1.5", "1.5", "0.6", "1.8"]);
    fireEvent.blur(cell);
    fireEvent.click(screen.getByRole("button", { name: "Set A₁₀ = 0.7 and rescale row 1" }));
    // o₁ = 0.7·(4, 0) + 0.2·(0, 2) + 0.1·(2, 2) = (3, 0.6).
    expect(output()).toEqual(["2.5", "1", "3", "0.6", "0.6", "1.8"]);
    expect(new URLSearchParams(window.location.search).get("weighted-sum.weights")).toBe(
      "0.5,0.25,0.25;0.7,0.2,0.1;0.1,0.8,0.1",
    );
    expect(screen.queryByRole("button", { name: /and rescale row/ })).toBeNull();
  });
});
