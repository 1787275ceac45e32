// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { FlashAttentionExample } from "./FlashAttentionExample.tsx";
import { checkFlashValues, flashAttentionSpec } from "./FlashAttentionExample.editing.ts";

// Worked apart (python3): scaled scores of query 0 are (1, 0, 2, 1)/√2.
// Block 0 (keys 0, 1): m = 0.7071, l = 1 + e^−0.7071 = 1.4931, Õ = (1, 0.4931).
// Block 1 (keys 2, 3): m = 1.4142, factor e^−0.7071 = 0.4931, l = 2.2293, Õ = (2.9861, 2.7223).
// O row 0 = Õ / l = (1.3395, 1.2212), the same as softmax(QKᵀ/√2)V row 0.
const PROPS = {
  id: "flash-blocks",
  Q: [
    [1, 0],
    [0, 1],
    [1, 1],
  ],
  K: [
    [1, 0],
    [0, 1],
    [2, 0],
    [1, 2],
  ],
  V: [
    [1, 0],
    [0, 1],
    [2, 1],
    [1, 3],
  ],
  blockRows: 2,
  blockCols: 2,
};

beforeEach(() => window.history.replaceState(null, "", "/concepts/flash-attention/"));
afterEach(cleanup);

const group = (name: string | RegExp) => screen.getByRole("group", { name });
const button = (name: string) => within(group("Block controls")).getByRole("button", { name });
const status = () => document.querySelector(".step-status")!.textContent;
const cells = (name: string | RegExp) => [...group(name).querySelectorAll<HTMLElement>("[data-cell]")];
const texts = (name: string | RegExp) => cells(name).map((c) => c.textContent);
const readout = () => document.querySelector(".flash-attention-example > .readout")!.textContent;
const roles = (name: string | RegExp, role: string) =>
  cells(name)
    .filter((c) => c.dataset.role === role)
    .map((c) => c.dataset.cell);

describe("FlashAttentionExample, 3 queries and 4 keys in blocks of 2 by 2", () => {
  it("steps through 4 (Q block, K/V block) pairs; the second rescales query 0's Õ by e^(−0.707)", () => {
    render(<FlashAttentionExample {...PROPS} />);
    expect(status()).toMatch(/^No block read yet/);
    fireEvent.click(button("Step"));
    expect(status()).toBe("Step 1 of 4: keys 0 and 1 arrive at queries 0 and 1; m, l and Õ are updated.");
    expect(texts(/^Running output after/).slice(0, 2)).toEqual(["1", "0.493"]);
    fireEvent.click(button("Step"));
    expect(window.location.search).toBe("?flash-blocks.step=2");
    expect(texts(/^Running state/).slice(0, 3)).toEqual(["1.414", "0.493", "2.229"]);
    expect(texts(/^Running output after/).slice(0, 2)).toEqual(["2.986", "2.722"]);
  });

  it.each([
    ["focus", (el: HTMLElement) => fireEvent.focus(el)],
    ["tap", (el: HTMLElement) => fireEvent.click(el)],
    ["hover", (el: HTMLElement) => fireEvent.pointerEnter(el, { pointerType: "mouse" })],
  ])("inspecting Õ of query 0 after block 1 by %s writes the rescaled sum and marks its ingredients", (_, inspect) => {
    render(<FlashAttentionExample {...PROPS} step={2} />);
    inspect(cells(/^Running output after/)[0]!);
    expect(readout()).toContain("Õ₀₀ = 1·0.493 + ");
    expect(readout()).toContain("≈ 2.986");
    expect(roles(/^Running output before/, "ingredient")).toEqual(["0-0"]);
    expect(roles(/^Running state/, "ingredient")).toEqual(["0-1"]);
    expect(roles(/^exp\(s − m\)/, "ingredient")).toEqual(["0-0", "0-1"]);
  });

  it("at the end O = Õ / l stands beside standard attention, with the measured difference", () => {
    render(<FlashAttentionExample {...PROPS} step={4} />);
    expect(button("Step").getAttribute("aria-disabled")).toBe("true");
    const expected = ["1.34", "1.221", "0.874", "1.888", "1.126", "1.888"];
    expect(texts(/^FlashAttention’s output/)).toEqual(expected);
    expect(texts(/^Standard attention’s output/)).toEqual(expected);
    expect(document.querySelector(".tiled-verdict")!.textContent).toMatch(/^Equal: the two outputs /);
    fireEvent.focus(cells(/^FlashAttention’s output/)[0]!);
    expect(readout()).toContain("O₀₀ = Õ₀₀ / l");
  });

  it("the text version has every step and both outputs; the server renders with the controls disabled", () => {
    render(<FlashAttentionExample {...PROPS} />);
    const words = screen.getByRole("region", { name: "FlashAttention, block by block, in words" });
    expect(words.textContent).toContain("Step 2: keys 2 and 3 arrive at queries 0 and 1");
    expect(words.textContent).toContain("Query 0: scaled scores (1.414, 0.707); m = 1.414, factor 0.493, l = 2.229");
    expect(words.textContent).toContain("(1.34, 1.221); (0.874, 1.888); (1.126, 1.888)");
    const html = renderToString(<FlashAttentionExample {...PROPS} />);
    expect(html.match(/<button[^>]*disabled=""/g)?.length).toBeGreaterThanOrEqual(3);
  });
});

describe("the FlashAttention example's values", () => {
  const values = { ...PROPS, step: 0 };
  it.each([
    [{ blockRows: 4 }, /row block size Br.*1 to 3/],
    [{ blockCols: 0 }, /column block size Bc.*1 to 4/],
    [{ step: 5 }, /^Step 5 is past the last step: .* make 4 steps/],
  ])("refuses %j with a sentence naming the field and what is accepted", (change, message) => {
    expect(checkFlashValues({ ...values, ...change })).toMatch(message);
  });

  it("writes and reads an inspected entry as part:row,column, refusing one the step does not show", () => {
    const codec = flashAttentionSpec.inspect!;
    expect(codec.read("out:0,1", { ...values, step: 2 })).toEqual({ part: "out", row: 0, col: 1 });
    expect(codec.read("out:0,1", values)).toBeNull();
    expect(codec.read("final:2,1", { ...values, step: 4 })).toEqual({ part: "final", row: 2, col: 1 });
    expect(codec.write({ part: "state", row: 1, col: 2 })).toBe("state:1,2");
  });
});
