import { describe, expect, it } from "vitest";
import { texToSearchText } from "./search-text.ts";

describe("texToSearchText", () => {
  it.each([
    ["d_k", "d_k"],
    ["\\sqrt{d_k}", "√d_k"],
    ["\\sqrt{d_k} = 2", "√d_k = 2"],
    ["d_{\\text{model}} = 512", "d_model = 512"],
    ["\\mathbf{W}_Q", "W_Q"],
    ["\\mathbf{W_O}", "W_O"],
    ["\\mathbf{q}_t \\mathbf{K}^\\top", "q_t Kᵀ"],
    ["s_{ij} = \\mathbf{q}_i \\cdot \\mathbf{k}_j", "s_ij = q_i · k_j"],
    ["\\exp(-\\infty) = 0", "exp(-∞) = 0"],
    ["\\cos\\theta", "cos θ"],
    ["\\frac{QK^\\top}{\\sqrt{d_k}}", "QKᵀ/√d_k"],
    ["1.8 \\times 10^{308}", "1.8 × 10^308"],
    ["\\exp(s_{ij}) / \\sum_k \\exp(s_{ik})", "exp(s_ij) / Σ_k exp(s_ik)"],
    ["\\left( a \\right)", "( a )"],
    ["\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}", "1, 2; 3, 4"],
    ["\\underbrace{2 \\cdot 10}_{20}", "2 · 10_20"],
    ["y_1 = 2\\cdot 10 + 3\\cdot(-1) = 17", "y_1 = 2· 10 + 3·(-1) = 17"],
  ])("texToSearchText(%j) is %j", (tex, text) => {
    expect(texToSearchText(tex)).toBe(text);
  });

  it("never throws on unbalanced or unknown TeX, and keeps what it cannot read", () => {
    for (const tex of ["\\sqrt{d_k", "}", "\\", "_", "^", "\\unknown{x}", "\\frac{a}"]) {
      expect(() => texToSearchText(tex)).not.toThrow();
    }
    expect(texToSearchText("\\unknown{x}")).toBe("unknownx");
  });
});
