/**
 * The words of the memory-traffic calculator: each count as a formula with the numbers put in,
 * and one line per array read or written. Every number comes from src/math/flash-io.ts.
 */
import { groupDigits as g, type FlashIoCount, type IoCount, type IoTerm } from "../../math/index.ts";

/** "Q, read 4 times: 4 · 1,024 · 64 = 262,144". */
export function termText(term: IoTerm): string {
  const what = `${term.array}, ${term.access === "read" ? "read" : "written"}${term.times === 1 ? "" : ` ${g(term.times)} times`}`;
  const factors = [...(term.times === 1 ? [] : [term.times]), term.rows, term.cols];
  return `${what}: ${factors.map(g).join(" · ")} = ${g(term.elements)}`;
}

/** Standard attention's total with N and d put in: "4N² + 4Nd = 4 · 1,024² + 4 · 1,024 · 64 = 4,456,448". */
export function standardFormula(count: IoCount, N: number, d: number): string {
  return `4N² + 4Nd = 4 · ${g(N)}² + 4 · ${g(N)} · ${g(d)} = ${g(count.total)}`;
}

/** FlashAttention's block size and passes, then its total. */
export function flashFormula(count: FlashIoCount, N: number, d: number): readonly string[] {
  const { blockCols: bc, columnBlocks: tc } = count;
  return [
    `Bc = ⌈M / 4d⌉ = ⌈${g(bc.numerator)} / ${g(bc.denominator)}⌉ = ${g(bc.value)} keys per block`,
    `Tc = ⌈N / Bc⌉ = ⌈${g(tc.numerator)} / ${g(tc.denominator)}⌉ = ${g(tc.value)} passes over Q and O`,
    `3Nd + 2N + Tc · (3Nd + 4N) = 3 · ${g(N)} · ${g(d)} + 2 · ${g(N)} + ${g(tc.value)} · (3 · ${g(N)} · ${g(d)} + 4 · ${g(N)}) = ${g(count.total)}`,
  ];
}

/** "4.45 times as many", or "fewer" when the tiled count is larger (tiny M). */
export function ratioText(standard: IoCount, flash: IoCount): string {
  const ratio = standard.total / flash.total;
  if (ratio >= 1) return `Standard attention moves ${ratio.toFixed(2)} times as many numbers as FlashAttention.`;
  return `With so little on-chip memory FlashAttention moves ${(1 / ratio).toFixed(2)} times as many numbers as standard attention: its blocks hold too few keys, so it passes over Q and O many times.`;
}
