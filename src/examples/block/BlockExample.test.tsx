// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { BlockExample } from "./BlockExample.tsx";
import { BlockInWords } from "./BlockInWords.tsx";
import { blockExampleSchema } from "./BlockExample.schema.ts";

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

/** The page's numbers (content/transformer-block.mdx). */
const PAGE = {
  id: "stream",
  tokens: ["the", "cat", "sat"],
  X: [
    [1, 0, 2, 0],
    [0, 2, 0, 1],
    [1, 1, 1, 1],
  ],
  WO: [
    [1, 0, 0, 0],
    [0, 1, 0, 0],
    [0, 0, 0, 1],
    [0, 0, 1, 0],
  ],
};

const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
const group = (name: string) => screen.getByRole("group", { name });
const rowOf = (name: string, i: number) =>
  [...group(name).querySelectorAll<HTMLElement>(`[data-cell^="${i}-"]`)].map((c) => c.textContent);
const marked = (name: string, role: string) =>
  [...group(name).querySelectorAll<HTMLElement>(`[data-role="${role}"]`)].map((c) => c.dataset.cell);
const A = "What attention writes, attn: inspect an entry";
const OUT = "Stream going out: inspect an entry";

describe("BlockExample", () => {
  // By hand: "the" = (1, 0, 2, 0), mean square 1.25, RMSNorm ≈ (0.89, 0, 1.79, 0); it attends only to
  // itself, so the heads side by side are (0.89, 0, 1.79, 0) and the swapping W_O writes
  // attn = (0.89, 0, 0, 1.79); mid = X + attn = (1.89, 0, 2, 1.79).
  it("shows the first token's heads, what they write and the stream after attention", () => {
    render(<BlockExample {...PAGE} />);
    expect(rowOf("Heads side by side", 0)).toEqual(["0.89", "0", "1.79", "0"]);
    expect(rowOf(A, 0)).toEqual(["0.89", "0", "0", "1.79"]);
    expect(rowOf("Stream after attention, mid", 0)).toEqual(["1.89", "0", "2", "1.79"]);
  });

  it.each([
    ["focus", (el: HTMLElement) => fireEvent.focus(el)],
    ["tap", (el: HTMLElement) => fireEvent.click(el)],
    ["hover", (el: HTMLElement) => fireEvent.pointerOver(el, { pointerType: "mouse" })],
  ])("inspecting attn for “the”, component 3, by %s marks its row of the heads and column 3 of W_O", (_, inspect) => {
    render(<BlockExample {...PAGE} />);
    inspect(within(group(A)).getAllByRole("button")[3]!);
    expect(text(document.querySelector(".readout .expansion"))).toBe("attn₀,₃ = 0.89·0 + 0·0 + 1.79·1 + 0·0 ≈ 1.79");
    expect(marked("Heads side by side", "ingredient")).toEqual(["0-0", "0-1", "0-2", "0-3"]);
    expect(marked("Output weights", "ingredient")).toEqual(["0-3", "1-3", "2-3", "3-3"]);
  });

  it("inspecting an outgoing entry marks the same entry along the stream and adds it up", () => {
    render(<BlockExample {...PAGE} />);
    fireEvent.focus(within(group(OUT)).getAllByRole("button")[2]!);
    const lines = [...document.querySelectorAll(".readout .expansion")].map(text);
    expect(lines[0]).toBe("mid₀,₂ = 2 + 0 = 2");
    expect(lines[1]).toMatch(/^out₀,₂ = x₀,₂ \+ attn₀,₂ \+ mlp₀,₂ [=≈] 2 \+ 0 \+ /);
    expect(marked("Stream coming in, X", "ingredient")).toEqual(["0-2"]);
    expect(marked("Stream after attention, mid", "ingredient")).toEqual(["0-2"]);
    expect(marked("What the MLP writes, mlp", "ingredient")).toEqual(["0-2"]);
  });

  it("a link with W_O rows 2 and 3 zeroed silences head 2, and opens the inspected entry", async () => {
    window.history.replaceState(
      null,
      "",
      "/concepts/transformer-block/?stream.WO=1,0,0,0;0,1,0,0;0,0,0,0;0,0,0,0&stream.inspect=attn:1,3",
    );
    render(<BlockExample {...PAGE} />);
    await screen.findByText(/^attn₁,₃ = /, { selector: ".readout .expansion" });
    for (const i of [0, 1, 2]) expect(rowOf(A, i).slice(2)).toEqual(["0", "0"]);
  });

  it("refuses a link that gives X another width, keeping the page's numbers", async () => {
    window.history.replaceState(null, "", "/concepts/transformer-block/?stream.X=1,2;3,4;5,6");
    render(<BlockExample {...PAGE} />);
    await screen.findAllByRole("group");
    expect(text(document.querySelector(".example-note"))).toMatch(/X/);
    expect(rowOf(A, 0)).toEqual(["0.89", "0", "0", "1.79"]);
  });

  it("the text version gives every token's rows and writes out every entry, without JavaScript", () => {
    const html = renderToStaticMarkup(<BlockInWords tokens={PAGE.tokens} X={PAGE.X} WO={PAGE.WO} />);
    const words = html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(words).toContain("Attention writes attn = (0.89, 0, 0, 1.79), so the stream becomes (1.89, 0, 2, 1.79)");
    expect(words.match(/out[₀-₂],[₀-₃] = /g)).toHaveLength(12);
  });
});

describe("blockExampleSchema", () => {
  it.each([
    ["a row of X with 3 numbers", { ...PAGE, X: [[1, 0, 2], ...PAGE.X.slice(1)] }, "X"],
    ["two tokens for three rows", { ...PAGE, tokens: ["the", "cat"] }, "tokens"],
    [
      "a 3 × 3 W_O",
      {
        ...PAGE,
        WO: [
          [1, 0, 0],
          [0, 1, 0],
          [0, 0, 1],
        ],
      },
      "WO",
    ],
  ])("refuses %s, naming the field", (_, props, field) => {
    const result = blockExampleSchema.safeParse(props);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
  });
});
