// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { explainScore, formatDotExpansion } from "../../math/index.ts";
import { ScoresExample } from "./ScoresExample.tsx";

afterEach(cleanup);

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
const props = { id: "scores", Q, K, tokens: ["the", "cat", "sat"] };

function cellsWithRole(groupName: string, role: string): string[] {
  const group = screen.getByRole("group", { name: groupName });
  return [...group.querySelectorAll<HTMLElement>(`[data-role="${role}"]`)].map((cell) => cell.dataset.cell ?? "");
}

describe("ScoresExample", () => {
  it("shows S = QKᵀ = [[1, 2, 0], [0, 1, 2], [1, 3, 2]] and Kᵀ = [[1, 2, 0], [0, 1, 2]]", () => {
    render(<ScoresExample {...props} />);
    // By hand: S_ij = q_i·k_j, e.g. S₂₁ = (1, 1)·(2, 1) = 3.
    const scores = screen.getByRole("group", { name: "Scores S = QKᵀ: inspect an entry" });
    expect(
      within(scores)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["1", "2", "0", "0", "1", "2", "1", "3", "2"]);
    const kT = screen.getByRole("group", { name: "Keys, transposed: Kᵀ" });
    expect([...kT.querySelectorAll("[data-cell]")].map((c) => c.textContent)).toEqual(["1", "2", "0", "0", "1", "2"]);
  });

  it("inspecting S₂₁ shows q₂·k₁ term by term and marks row 2 of Q, column 1 of Kᵀ and row 1 of K", () => {
    render(<ScoresExample {...props} />);
    fireEvent.focus(screen.getByRole("button", { name: "S row 2 (“sat”), column 1 (“cat”): 3" }));
    expect(document.querySelector(".readout .expansion")?.textContent).toBe("S₂₁ = q₂·k₁ = 1·2 + 1·1 = 3");
    expect(document.querySelector(".readout")?.textContent).toContain(
      "The query of token 2 (“sat”) against the key of token 1 (“cat”): row 2 of Q times row 1 of K, which is column 1 of Kᵀ.",
    );
    expect(cellsWithRole("Queries Q", "ingredient")).toEqual(["2-0", "2-1"]);
    expect(cellsWithRole("Keys, transposed: Kᵀ", "ingredient")).toEqual(["0-1", "1-1"]);
    expect(cellsWithRole("Keys K, as computed", "ingredient")).toEqual(["1-0", "1-1"]);
  });

  it("says the same as explainScore(Q, K, i, j) for every score", () => {
    render(<ScoresExample {...props} />);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        fireEvent.focus(
          screen
            .getByRole("group", { name: "Scores S = QKᵀ: inspect an entry" })
            .querySelector(`[data-cell="${i}-${j}"]`)!,
        );
        const name = `S${"₀₁₂"[i]}${"₀₁₂"[j]} = q${"₀₁₂"[i]}·k${"₀₁₂"[j]}`;
        expect(document.querySelector(".readout .expansion")?.textContent).toBe(
          formatDotExpansion(name, explainScore(Q, K, i, j)),
        );
      }
    }
  });

  it("labels rows and columns with the tokens and works without tokens", () => {
    render(<ScoresExample {...props} />);
    expect([...document.querySelectorAll(".matrix-col-label")].map((l) => l.textContent)).toEqual([
      "the",
      "cat",
      "sat",
      "the",
      "cat",
      "sat",
    ]);
    cleanup();
    render(
      <ScoresExample
        id="plain"
        Q={[[1, 2]]}
        K={[
          [3, 4],
          [5, 6],
        ]}
      />,
    );
    fireEvent.focus(screen.getByRole("button", { name: "S row 0, column 1: 17" }));
    // 1·5 + 2·6 = 17.
    expect(document.querySelector(".readout .expansion")?.textContent).toBe("S₀₁ = q₀·k₁ = 1·5 + 2·6 = 17");
    expect(document.querySelector(".readout")?.textContent).toContain(
      "The query of token 0 against the key of token 1",
    );
  });

  it("a sweep's second step on S₂₁ marks q₂'s entry 1 and k₁'s entry 1 in Q, Kᵀ and K", () => {
    render(<ScoresExample {...props} />);
    fireEvent.click(screen.getByRole("button", { name: "S row 2 (“sat”), column 1 (“cat”): 3" }));
    fireEvent.click(screen.getByRole("button", { name: "Step forward" }));
    fireEvent.click(screen.getByRole("button", { name: "Step forward" }));
    // S₂₁ = q₂·k₁ = 1·2 + 1·1: the second term is q₂[1]·k₁[1] = 1·1.
    expect(document.querySelector(".readout .expansion")?.textContent).toBe("S₂₁ = q₂·k₁ = 1·2 + 1·1");
    expect(cellsWithRole("Queries Q", "factor")).toEqual(["2-1"]);
    expect(cellsWithRole("Keys, transposed: Kᵀ", "factor")).toEqual(["1-1"]);
    expect(cellsWithRole("Keys K, as computed", "factor")).toEqual(["1-1"]);
    expect(cellsWithRole("Keys K, as computed", "ingredient")).toEqual(["1-0"]);
  });
});
