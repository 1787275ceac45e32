/**
 * The words of the sinusoidal example: the expansion of an inspected encoding entry (its pair,
 * frequency, angle and sine or cosine) or dot product (pair by pair, cos of distance × θᵢ). Every
 * number comes from the math module.
 */
import { explainEncodingDot, explainEncodingEntry, formatNumber, isRounded, subscript } from "../../math/index.ts";
import type { SinusoidalTarget } from "./SinusoidalExample.editing.ts";
import type { SinusoidalValues } from "./sinusoidal-rules.ts";

const approx = (x: number, decimals = 4) => `${isRounded(x, decimals) ? "≈" : "="} ${formatNumber(x, decimals)}`;

/** Column headers of P: "sin θ₀", "cos θ₀", "sin θ₁", … (θᵢ times the position). */
export function componentLabels(dModel: number): string[] {
  return Array.from({ length: dModel }, (_, j) => `${j % 2 === 0 ? "sin" : "cos"} ·θ${subscript(Math.floor(j / 2))}`);
}

/** The readout of one inspected number: the arithmetic and a sentence on what it shows. */
export function describeSinusoidal(
  values: SinusoidalValues,
  positions: readonly number[],
  target: SinusoidalTarget,
): { expansion: string; detail: string } {
  const { dModel, base } = values;
  if (target.table === "pe") {
    const pos = positions[target.row]!;
    const e = explainEncodingEntry(pos, target.col, dModel, base);
    const theta = `θ${subscript(e.pair)}`;
    return {
      expansion: `PE(${pos}, ${target.col}) = ${e.fn}(${pos}·${theta}) = ${e.fn}(${formatNumber(e.angle, 4)}) ${approx(e.value)}`,
      detail:
        `Component ${target.col} is ${e.fn === "sin" ? "even, a sine" : "odd, a cosine"} of pair ${e.pair}, with ` +
        `${theta} = ${formatNumber(base)}^(−${2 * e.pair}/${dModel}) ${approx(e.frequency)} rad per position: ` +
        `one full turn every ${formatNumber(e.wavelength, 1)} positions.`,
    };
  }
  const [p, q] = [positions[target.row]!, positions[target.col]!];
  const e = explainEncodingDot(p, q, dModel, base);
  const k = q - p;
  const cosines = e.byDistance.terms.map((t) => `cos(${k}·θ${subscript(t.pair)})`).join(" + ");
  const numbers = e.byDistance.terms.map((t) => formatNumber(t.cos, 4)).join(" + ");
  return {
    expansion: `PE(${p})·PE(${q}) = ${cosines} = ${numbers} ${approx(e.byDistance.sum)}`,
    detail:
      `Each pair adds sin(${p}θ)·sin(${q}θ) + cos(${p}θ)·cos(${q}θ) = cos((${q} − ${p})θ): only the distance ${k} is left, ` +
      `so every cell with the same distance holds the same number.`,
  };
}
