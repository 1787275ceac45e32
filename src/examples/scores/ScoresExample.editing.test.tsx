// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { applyText, resize } from "../../frame/spec.ts";
import { readUrlState } from "../../frame/url-state.ts";
import { ScoresExample } from "./ScoresExample.tsx";
import { scoresSpec } from "./ScoresExample.editing.ts";

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

/** The example of content/attention-scores.mdx. */
const Q = [
  [1, 0],
  [0, 1],
  [1, 1],
];
const K = [
  [1, 0],
  [2, 1],
  [0, 2],
];
const tokens = ["the", "cat", "sat"];
const authored = { Q, K, tokens };
const spec = scoresSpec({ Q, K });
const messageOf = (result: { ok: boolean; message?: string }) => (result.ok ? "" : result.message);

describe("scoresSpec", () => {
  it("ties the rows of Q, the rows of K and the tokens, and the columns of Q and K", () => {
    expect(resize(spec, authored, "tokens", 1)).toEqual({
      ok: true,
      value: { Q: [...Q, [0, 0]], K: [...K, [0, 0]], tokens: [...tokens, "t3"] },
    });
    expect(resize(spec, authored, "dk", -1)).toMatchObject({
      ok: true,
      value: { Q: [[1], [0], [1]], K: [[1], [2], [0]] },
    });
    expect(messageOf(applyText(spec, authored, "K", "1 0 1; 2 1 0; 0 2 1"))).toBe(
      "K has 3 columns but Q has 2 columns: they must match (columns of Q and of K (dₖ)). Use the size buttons to change both together.",
    );
    expect(messageOf(applyText(spec, authored, "Q", "1 0; 0 1"))).toContain("Q has 2 rows but K has 3 rows");
  });

  it("keeps queries and keys apart when the page gave different numbers of them", () => {
    const cross = scoresSpec({ Q: [[1, 0]], K });
    expect(applyText(cross, { Q: [[1, 0]], K, tokens: undefined }, "Q", "1 0; 0 1").ok).toBe(true);
  });

  it("reads the inspected score as row,column within S", () => {
    const read = (query: string) => readUrlState(spec, "scores", authored, new URLSearchParams(query));
    expect(read("scores.inspect=2,1").inspect).toBe("2,1");
    expect(read("scores.inspect=1,3").inspect).toBeNull();
  });
});

describe("ScoresExample with edited numbers", () => {
  const scores = () =>
    within(screen.getByRole("group", { name: "Scores S = QKᵀ: inspect an entry" }))
      .getAllByRole("button")
      .map((b) => b.textContent);

  it("recomputes S from K edited in place: k₁ = (2, 5) makes column 1 of S (2, 5, 7)", () => {
    render(<ScoresExample id="scores" Q={Q} K={K} tokens={tokens} />);
    expect(scores()).toEqual(["1", "2", "0", "0", "1", "2", "1", "3", "2"]);
    fireEvent.click(screen.getByRole("button", { name: "Edit numbers" }));
    fireEvent.change(screen.getByRole("textbox", { name: /^Edit K row 1 \(“cat”\), column 1/ }), {
      target: { value: "5" },
    });
    // q₀·k₁ = 1·2 + 0·5 = 2; q₁·k₁ = 0·2 + 1·5 = 5; q₂·k₁ = 1·2 + 1·5 = 7.
    expect(scores()).toEqual(["1", "2", "0", "0", "5", "2", "1", "7", "2"]);
    // Kᵀ follows K: its column 1 is (2, 5).
    const kT = screen.getByRole("group", { name: "Keys, transposed: Kᵀ" });
    expect([...kT.querySelectorAll("[data-cell]")].map((c) => c.textContent)).toEqual(["1", "2", "0", "0", "5", "2"]);
    expect(new URLSearchParams(window.location.search).get("scores.K")).toBe("1,0;2,5;0,2");
  });
});
