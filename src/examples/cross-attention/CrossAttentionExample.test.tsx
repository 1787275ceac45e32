// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { CrossAttentionExample } from "./CrossAttentionExample.tsx";
import { CrossAttentionInWords } from "./CrossAttentionInWords.tsx";
import { crossAttentionExampleSchema } from "./CrossAttentionExample.schema.ts";

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

/** The page's numbers (content/cross-attention.mdx). */
const PAGE = {
  id: "cross",
  source: ["le", "chat", "dort"],
  target: ["the", "cat"],
  Q: [
    [2, 0],
    [0, 2],
  ],
  K: [
    [2, 0],
    [0, 2],
    [-2, -2],
  ],
  V: [
    [1, 0],
    [0, 1],
    [1, 1],
  ],
};

const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
const group = (name: string) => screen.getByRole("group", { name });
const cells = (name: string) => [...group(name).querySelectorAll<HTMLElement>("[data-cell]")].map((c) => c.textContent);
const marked = (name: string, role: string) =>
  [...group(name).querySelectorAll<HTMLElement>(`[data-role="${role}"]`)].map((c) => c.dataset.cell);
const SCORES = "Scores S: inspect a score";
const OUT = "Output O: inspect an entry";

describe("CrossAttentionExample", () => {
  // By hand: S = QKᵀ = [[4, 0, −4], [0, 4, −4]], 2 × 3. Scaled by √2: ±2.83. Row 0's weights:
  // e^2.83 ≈ 16.92, e^0 = 1, e^−2.83 ≈ 0.059, sum ≈ 17.98 → (0.94, 0.06, 0.00).
  it("builds the rectangular 2 × 3 score matrix, with no mask, and the weights over the source", () => {
    render(<CrossAttentionExample {...PAGE} />);
    expect(cells(SCORES)).toEqual(["4", "0", "−4", "0", "4", "−4"]);
    expect(cells("Weights")).toEqual(["0.94", "0.06", "<0.01", "0.06", "0.94", "<0.01"]);
    expect(text(document.querySelector(".cross-attention-example"))).toContain("3 rows each");
    expect(text(document.querySelector(".cross-attention-example"))).toContain("instead of 6 rows");
  });

  it.each([
    ["focus", (el: HTMLElement) => fireEvent.focus(el)],
    ["tap", (el: HTMLElement) => fireEvent.click(el)],
    ["hover", (el: HTMLElement) => fireEvent.pointerOver(el, { pointerType: "mouse" })],
  ])("inspecting the score of “cat” against “dort” by %s marks q₁ and k₂", (_, inspect) => {
    render(<CrossAttentionExample {...PAGE} />);
    inspect(within(group(SCORES)).getAllByRole("button")[5]!);
    expect(text(document.querySelector(".readout .expansion"))).toBe(
      "S₁,₂ = q₁·k₂ = 0·(−2) + 2·(−2) = −4; scaled: −4 / √2 ≈ −2.83",
    );
    expect(marked("Queries Q", "ingredient")).toEqual(["1-0", "1-1"]);
    expect(marked("Keys K", "ingredient")).toEqual(["2-0", "2-1"]);
  });

  it("inspecting an output entry marks the target's weights and a column of V", () => {
    render(<CrossAttentionExample {...PAGE} />);
    fireEvent.focus(within(group(OUT)).getAllByRole("button")[0]!);
    expect(text(document.querySelector(".readout .expansion"))).toMatch(/^O₀,₀ = 0\.94·1 \+ 0\.06·0 \+ 0·1 ≈ 0\.94$/);
    expect(marked("Weights", "ingredient")).toEqual(["0-0", "0-1", "0-2"]);
    expect(marked("Values V", "ingredient")).toEqual(["0-0", "1-0", "2-0"]);
  });

  it("a link adds the target token “sleeps” with q = (−1, −1): it finds “dort” (weight ≈ 1)", async () => {
    window.history.replaceState(
      null,
      "",
      "/concepts/cross-attention/?cross.target=the+cat+sleeps&cross.Q=2,0;0,2;-1,-1&cross.inspect=score:2,2",
    );
    render(<CrossAttentionExample {...PAGE} />);
    await screen.findByText(/^S₂,₂ = /, { selector: ".readout .expansion" });
    // Scores (−2, −2, 4) / √2: e^2.83 / (2e^−1.41 + e^2.83) ≈ 0.97.
    expect(cells("Weights").slice(6)).toEqual(["0.01", "0.01", "0.97"]);
  });

  it("refuses a link whose K has another width than Q, keeping the page's numbers", async () => {
    window.history.replaceState(null, "", "/concepts/cross-attention/?cross.K=1,2,3;4,5,6;7,8,9");
    render(<CrossAttentionExample {...PAGE} />);
    await screen.findAllByRole("group");
    expect(text(document.querySelector(".example-note"))).toMatch(/K/);
    expect(cells(SCORES)).toEqual(["4", "0", "−4", "0", "4", "−4"]);
  });

  it("the text version writes out every score and output entry, without JavaScript", () => {
    const html = renderToStaticMarkup(<CrossAttentionInWords {...PAGE} />);
    const words = html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(words).toContain("The scores form a 2 × 3 matrix, and nothing is masked");
    expect(words.match(/S[₀-₁],[₀-₂] = /g)).toHaveLength(6);
    expect(words.match(/O[₀-₁],[₀-₁] = /g)).toHaveLength(4);
  });
});

describe("crossAttentionExampleSchema", () => {
  it.each([
    ["a Q row count that differs from the target", { ...PAGE, target: ["the"] }, "Q"],
    ["a V row count that differs from the source", { ...PAGE, V: [[1, 0]] }, "V"],
    ["K narrower than Q", { ...PAGE, K: [[1], [2], [3]] }, "K"],
  ])("refuses %s, naming the field", (_, props, field) => {
    const result = crossAttentionExampleSchema.safeParse(props);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toContain(field);
  });
});
