// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { embeddingLookupExample } from "./EmbeddingLookup.fixture.ts";
import { EmbeddingLookup } from "./EmbeddingLookup.tsx";

afterEach(() => {
  cleanup();
  // The example keeps its inspected target in the URL; start every test from a bare one.
  window.history.replaceState(null, "", "/");
});

const props = embeddingLookupExample;

function cellsWithRole(groupName: string, role: string): string[] {
  const group = screen.getByRole("group", { name: groupName });
  return [...group.querySelectorAll<HTMLElement>(`[data-role="${role}"]`)].map((cell) => cell.dataset.cell ?? "");
}

const X_GROUP = "Embeddings X: inspect an entry";

/** Token i of the sentence (two tokens share the name "the #0", so find them by position). */
const token = (i: number) => document.querySelector<HTMLElement>(`[data-token="${i}"]`)!;

describe("EmbeddingLookup", () => {
  it("builds X from the rows of E: ids 0 1 2 3 0 4, so X rows 0 and 4 are both row 0 of E", () => {
    render(<EmbeddingLookup {...props} />);
    const x = screen.getByRole("group", { name: X_GROUP });
    const rows = [0, 1, 2, 3, 4, 5].map((i) =>
      [0, 1, 2].map((c) => x.querySelector(`[data-cell="${i}-${c}"]`)?.textContent).join(" "),
    );
    expect(rows).toEqual(["1 0 1", "0 2 1", "2 1 0", "1 1 −1", "1 0 1", "0 1 2"]);
    const tokens = within(screen.getByRole("group", { name: "Sentence: inspect a token" })).getAllByRole("button");
    // Each token is named by what it shows: the word and its vocabulary id.
    expect(tokens.map((t) => t.textContent)).toEqual(["the #0", "cat #1", "sat #2", "on #3", "the #0", "mat #4"]);
  });

  it.each([
    ["focus", (el: HTMLElement) => fireEvent.focus(el)],
    ["tap", (el: HTMLElement) => fireEvent.click(el)],
    ["hover", (el: HTMLElement) => fireEvent.pointerOver(el, { pointerType: "mouse" })],
  ])("inspecting token 4 (“the”) by %s marks row 0 of E and row 4 of X", (_, inspect) => {
    render(<EmbeddingLookup {...props} />);
    inspect(token(4));
    expect(cellsWithRole("Embedding table E", "ingredient")).toEqual(["0-0", "0-1", "0-2"]);
    expect(cellsWithRole(X_GROUP, "ingredient")).toEqual(["4-0", "4-1", "4-2"]);
    expect(token(4).dataset.role).toBe("inspected");
    expect(document.querySelector(".readout")?.textContent).toContain(
      "Token 4, “the”, has vocabulary id 0, so row 4 of X is row 0 of E, copied unchanged: (1, 0, 1).",
    );
  });

  it("inspecting X₂₁ shows it as the one-hot row e₂ times column 1 of E", () => {
    render(<EmbeddingLookup {...props} />);
    fireEvent.focus(screen.getByRole("button", { name: "X row 2 (“sat”), column 1: 1" }));
    // e₂ = (0, 0, 1, 0, 0); column 1 of E = (0, 2, 1, 1, 1); only 1·1 survives.
    expect(document.querySelector(".readout .expansion")?.textContent).toBe("X₂₁ = 0·0 + 0·2 + 1·1 + 0·1 + 0·1 = 1");
    expect(document.querySelector(".readout")?.textContent).toContain("e₂ = (0, 0, 1, 0, 0)");
    expect(cellsWithRole("Embedding table E", "ingredient")).toEqual(["2-1"]);
    expect(cellsWithRole(X_GROUP, "inspected")).toEqual(["2-1"]);
    expect(token(2).dataset.role).toBe("ingredient");
  });

  it("arrow keys move between tokens (one tab stop), and Escape clears", () => {
    render(<EmbeddingLookup {...props} />);
    const tokens = within(screen.getByRole("group", { name: "Sentence: inspect a token" })).getAllByRole("button");
    expect(tokens.map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1, -1]);
    tokens[0]!.focus();
    fireEvent.keyDown(tokens[0]!, { key: "ArrowRight" });
    expect(document.activeElement).toBe(tokens[1]);
    expect(tokens.map((t) => t.tabIndex)).toEqual([-1, 0, -1, -1, -1, -1]);
    fireEvent.keyDown(tokens[1]!, { key: "End" });
    expect(document.activeElement).toBe(tokens[5]);
    fireEvent.keyDown(tokens[5]!, { key: "ArrowRight" });
    expect(document.activeElement).toBe(tokens[5]);
    fireEvent.keyDown(tokens[5]!, { key: "Home" });
    expect(document.activeElement).toBe(tokens[0]);
    fireEvent.keyDown(tokens[0]!, { key: "Escape" });
    expect(document.querySelector(".readout")?.textContent).toContain("Hover, focus or tap a token");
  });

  it("writes the table, the ids and every row of X into the text alternative", () => {
    render(<EmbeddingLookup {...props} />);
    const words = screen.getByRole("region", { name: "Worked embedding lookup example in words" });
    expect(words.textContent).toContain("3 “on” (1, 1, −1)");
    expect(words.textContent).toContain("“the cat sat on the mat” becomes 0, 1, 2, 3, 0, 4.");
    expect(words.textContent).toContain("Token 5, “mat”: id 4, so row 5 of X is row 4 of E, (0, 1, 2).");
  });
});
