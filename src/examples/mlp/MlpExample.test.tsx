// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { MlpExample } from "./MlpExample.tsx";
import { MlpInWords } from "./MlpInWords.tsx";
import { mlpExampleSchema } from "./MlpExample.schema.ts";

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

/** The page's numbers (content/transformer-block.mdx). */
const PAGE = {
  id: "mlp",
  x: [2, -1],
  W1: [
    [1, -1, 0, 1],
    [1, 1, -1, 2],
  ],
  b1: [0, 1, 0, 1],
  W2: [
    [1, 0],
    [0, 1],
    [-1, 1],
    [1, 1],
  ],
  b2: [0, 0],
};

const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
const buttons = (name: string) =>
  within(screen.getByRole("group", { name }))
    .getAllByRole("button")
    .map((b) => b.textContent);
const hidden = () => buttons("Hidden row: inspect a unit");
const output = () => buttons("Output MLP(x): inspect an entry");
const marked = (name: string, role: string) =>
  [...screen.getByRole("group", { name }).querySelectorAll<HTMLElement>(`[data-role="${role}"]`)].map(
    (c) => c.dataset.cell,
  );

describe("MlpExample", () => {
  // By hand: pre = x·W₁ + b₁ = (2 − 1, −2 − 1 + 1, 0 + 1, 2 − 2 + 1) = (1, −2, 1, 1); ReLU: hidden = (1, 0, 1, 1);
  // hidden·W₂ = (1 − 1 + 1, 1 + 1) = (1, 2).
  it("works the MLP out from its props with ReLU", () => {
    render(<MlpExample {...PAGE} />);
    expect(hidden()).toEqual(["1", "0", "1", "1"]);
    expect(output()).toEqual(["1", "2"]);
  });

  it.each([
    ["focus", (el: HTMLElement) => fireEvent.focus(el)],
    ["tap", (el: HTMLElement) => fireEvent.click(el)],
    ["hover", (el: HTMLElement) => fireEvent.pointerOver(el, { pointerType: "mouse" })],
  ])("inspecting hidden unit 1 by %s shows pre₁ = −2 cut to 0 and marks column 1 of W₁", (_, inspect) => {
    render(<MlpExample {...PAGE} />);
    inspect(screen.getByRole("button", { name: "hidden₁ = 0" }));
    const readout = text(document.querySelector(".readout"));
    expect(readout).toContain("pre₁ = 2·(−1) + (−1)·1 + 1 = −2");
    expect(readout).toContain("max(0, −2) = 0");
    expect(marked("First layer weights W₁", "ingredient")).toEqual(["0-1", "1-1"]);
    expect(marked("First layer bias b₁", "ingredient")).toEqual(["0-1"]);
  });

  it("inspecting output 0 marks column 0 of W₂ and writes out hidden·(column 0) + b₂₀", () => {
    render(<MlpExample {...PAGE} />);
    fireEvent.focus(screen.getByRole("button", { name: "MLP output, entry 0: 1" }));
    expect(text(document.querySelector(".readout .expansion"))).toBe("MLP(x)₀ = 1·1 + 0·0 + 1·(−1) + 1·1 + 0 = 1");
    expect(marked("Second layer weights W₂", "ingredient")).toEqual(["0-0", "1-0", "2-0", "3-0"]);
  });

  // GELU (tanh form) by hand with python: gelu(1) ≈ 0.8412, gelu(−2) ≈ −0.0454, so
  // hidden ≈ (0.84, −0.05, 0.84, 0.84) and hidden·W₂ ≈ (0.84, 1.64).
  it("choosing GELU recomputes everything and keeps the choice in the link", async () => {
    render(<MlpExample {...PAGE} />);
    const gelu = screen.getByRole("radio", { name: /GELU/ });
    await screen.findByRole("radio", { name: /GELU/ });
    fireEvent.click(gelu);
    expect(hidden()).toEqual(["0.84", "−0.05", "0.84", "0.84"]);
    expect(output()).toEqual(["0.84", "1.64"]);
    expect(window.location.search).toContain("mlp.act=gelu");
  });

  it("a link chooses GELU and the inspected unit", async () => {
    window.history.replaceState(null, "", "/concepts/transformer-block/?mlp.act=gelu&mlp.inspect=hidden:1");
    render(<MlpExample {...PAGE} />);
    expect(await screen.findByRole("button", { name: "hidden₁ = minus 0.05" })).toBeTruthy();
    expect((screen.getByRole("radio", { name: /GELU/ }) as HTMLInputElement).checked).toBe(true);
    expect(text(document.querySelector(".readout"))).toContain("GELU(−2)");
  });

  it("a link naming an unknown activation keeps ReLU and says what is accepted", async () => {
    window.history.replaceState(null, "", "/concepts/transformer-block/?mlp.act=tanh");
    render(<MlpExample {...PAGE} />);
    await screen.findAllByRole("group");
    expect(text(document.querySelector(".example-note"))).toMatch(/activation/);
    expect(hidden()).toEqual(["1", "0", "1", "1"]);
  });

  it("the text version writes out every hidden unit and every output, without JavaScript", () => {
    const html = renderToStaticMarkup(<MlpInWords x={PAGE.x} weights={{ ...PAGE, activation: "relu" }} />);
    const words = html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(words).toContain("hidden = ReLU(pre) = (1, 0, 1, 1)");
    expect(words).toContain("MLP(x)₁ = 1·0 + 0·1 + 1·1 + 1·1 + 0 = 2");
    expect(words.match(/hidden[₀-₃] = ReLU/g)).toHaveLength(4);
  });
});

describe("mlpExampleSchema", () => {
  it.each([
    ["a W₁ with too few rows", { ...PAGE, W1: [[1, -1, 0, 1]] }],
    ["a b₂ of another length", { ...PAGE, b2: [0] }],
    ["an unknown activation", { ...PAGE, activation: "tanh" }],
  ])("refuses %s", (_, props) => {
    expect(mlpExampleSchema.safeParse(props).success).toBe(false);
  });
});
