// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { applyCell, applyText, resize } from "../../frame/spec.ts";
import { readUrlState } from "../../frame/url-state.ts";
import { DotProductExample } from "./DotProductExample.tsx";
import { dotProductSpec } from "./DotProductExample.editing.ts";
import { QUANTITIES, readDotProduct } from "../../text/dot-product-words.ts";

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

const similar = { id: "similar-directions", a: [3, 1], b: [1, 2] };
const authored = { a: similar.a, b: similar.b };
const spec = dotProductSpec;
const messageOf = (result: { ok: boolean; message?: string }) => (result.ok ? "" : result.message);

/** Opens the example with `query` in the URL, as a shared link would. */
function openWith(query: string) {
  window.history.replaceState(null, "", `/?${query}`);
  render(<DotProductExample {...similar} />);
  return within(screen.getByRole("group", { name: "Results: inspect one" })).getAllByRole("button");
}

describe("dotProductSpec", () => {
  it("keeps a and b the same length: a new entry is a 0 at the end of both", () => {
    expect(resize(spec, authored, "entries", 1)).toEqual({ ok: true, value: { a: [3, 1, 0], b: [1, 2, 0] } });
    expect(resize(spec, { a: [3], b: [1] }, "entries", -1)).toEqual({
      ok: false,
      message: "Entries of a and b cannot go below 1.",
    });
  });

  it("refuses a b of another length, naming both", () => {
    expect(messageOf(applyText(spec, authored, "b", "1 2 3"))).toBe(
      "b has 3 entries but a has 2 entries: they must match (entries of a and b). Use the size buttons to change both together.",
    );
  });

  it("accepts a zero vector but refuses an entry whose square would be lost", () => {
    expect(applyText(spec, authored, "a", "0, 0")).toEqual({ ok: true, value: { a: [0, 0], b: [1, 2] } });
    expect(messageOf(applyCell(spec, authored, "b", 0, 1, "1e-7"))).toBe(
      "“1e-7” in b₁ is too small to show. Use 0, or a number at least 0.000001 in size.",
    );
  });

  it("names the inspected result in the URL: dot, length-a, length-b, cos, shadow", () => {
    expect(QUANTITIES.map((q) => spec.inspect!.read(q.slug, authored))).toEqual(
      [0, 1, 2, 3, 4].map((col) => ({ row: 0, col })),
    );
    expect(spec.inspect!.read("angle", authored)).toBeNull();
    expect(spec.inspect!.write({ row: 0, col: 3 })).toBe("cos");
    expect(
      readUrlState(spec, "similar-directions", authored, new URLSearchParams("similar-directions.inspect=0,3"))
        .problems,
    ).toEqual([
      "The link asks to inspect “0,3”, which this example does not have (expected one of dot, length-a, length-b, cos, shadow).",
    ]);
  });
});

describe("readDotProduct", () => {
  it("leaves the angle and the shadow undefined when a is the zero vector", () => {
    const e = readDotProduct([0, 0], [1, 2]);
    expect([e.dot.sum, e.normA.norm, e.normB.norm]).toEqual([0, 0, Math.sqrt(5)]);
    expect([e.cosine, e.degrees, e.projectionLength, e.projection]).toEqual([null, null, null, null]);
  });

  it("gives b's shadow on a as 0 when only b is the zero vector", () => {
    const e = readDotProduct([3, 1], [0, 0]);
    expect([e.cosine, e.projectionLength, e.projection]).toEqual([null, 0, [0, 0]]);
  });
});

describe("DotProductExample with values from a link", () => {
  it("a = (1, 2, 2), b = (2, 0, 1): a·b = 4, |a| = 3, |b| ≈ 2.24, cos θ ≈ 0.6, b on a ≈ 1.33, and no plot", () => {
    // By hand: 1·2 + 2·0 + 2·1 = 4; √9 = 3; √5 = 2.236…; 4/(3·2.236) = 0.596…; 4/3 = 1.333….
    const results = openWith("similar-directions.a=1,2,2&similar-directions.b=2,0,1&similar-directions.inspect=cos");
    expect(results.map((b) => b.textContent)).toEqual(["4", "3", "2.24", "0.6", "1.33"]);
    expect(results[3]!.getAttribute("aria-pressed")).toBe("true");
    expect(document.querySelector(".readout .expansion")?.textContent).toBe(
      "cos θ = a·b / (|a|·|b|) ≈ 4 / (3·2.24) ≈ 0.6, so θ ≈ 53.4°",
    );
    expect(document.querySelector(".plot-note")?.textContent).toBe(
      "The plot draws two-component vectors; these have 3.",
    );
    expect(document.querySelector(".dot-plot")).toBeNull();
    expect(screen.getByRole("region", { name: /in words$/ }).textContent).toContain(
      "b on a = a·b / |a| = 4 / 3 ≈ 1.33",
    );
  });

  it("a = (0, 0): the angle and the shadow show as undefined, never as NaN", () => {
    const results = openWith("similar-directions.a=0,0");
    expect(results.map((b) => b.textContent)).toEqual(["0", "0", "2.24", "—", "—"]);
    expect(results[3]!.getAttribute("aria-label")).toBe("cos theta is undefined");
    fireEvent.focus(results[3]!);
    expect(document.querySelector(".readout .expansion")?.textContent).toBe(
      "cos θ = a·b / (|a|·|b|) = 0 / (0·2.24): undefined",
    );
    expect(document.querySelector(".readout")?.textContent).toContain(
      "Here a has length 0, so it has no direction and the angle θ is undefined: dividing by a length of 0 is not possible.",
    );
    expect(document.querySelector(".plot-note")?.textContent).toBe(
      "The plot draws the angle between two arrows; a = (0, 0) is the zero vector, which has no arrow and no direction.",
    );
    const words = screen.getByRole("region", { name: /in words$/ }).textContent ?? "";
    expect(words).toContain("Here a has length 0, so it has no direction and the angle θ is undefined; a·b is 0.");
    expect(words).toContain("b on a = a·b / |a| = 0 / 0: undefined");
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|∞/);
  });

  it("b = (0, 0): b's shadow on a is 0, the angle is undefined", () => {
    const results = openWith("similar-directions.b=0,0&similar-directions.inspect=dot");
    expect(results.map((b) => b.textContent)).toEqual(["0", "3.16", "0", "—", "0"]);
    expect(document.querySelector(".readout")?.textContent).toContain(
      "Here b has length 0, so it has no direction and the angle θ is undefined; a·b is 0.",
    );
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|∞/);
  });
});
