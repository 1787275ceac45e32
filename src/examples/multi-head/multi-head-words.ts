/**
 * Text for the multi-head example: names of the heads' outputs and the readouts of an entry of
 * the concatenation and of the final output. Numbers come from the math module's explain forms.
 */
import {
  explainConcatEntry,
  explainMatmulEntry,
  formatDotExpansion,
  subscript,
  type Matrix,
} from "../../math/index.ts";
import { quoted } from "../../text/attention-map-words.ts";
import { equalsOrApprox } from "../../text/weight-format.ts";

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** Head h (from 0) as people count it: "head 1". */
export function headName(h: number): string {
  return `head ${h + 1}`;
}

/** The symbol of head h's output, "O¹" for h = 0 (heads are numbered from 1 on the page). */
export function headOutputSymbol(h: number): string {
  return `O${String(h + 1).replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]!)}`;
}

/** What the readout says about entry (i, c) of the concatenation. */
export interface ConcatEntryText {
  /** "C₂₃ = O²₂₁ ≈ 0.11". */
  readonly equation: string;
  /** "Column 3 of the concatenation is column 1 of head 2’s output, in the row of “on”." */
  readonly sentence: string;
  /** Where it came from, to mark that cell. */
  readonly head: number;
  readonly headColumn: number;
}

export function describeConcatEntry(
  tokens: readonly string[],
  headOutputs: readonly Matrix[],
  i: number,
  c: number,
): ConcatEntryText {
  const e = explainConcatEntry(headOutputs, i, c);
  return {
    equation: `C${subscript(i)}${subscript(c)} = ${headOutputSymbol(e.head)}${subscript(i)}${subscript(e.headColumn)} ${equalsOrApprox(e.value)}`,
    sentence: `Column ${c} of the concatenation is column ${e.headColumn} of ${headName(e.head)}’s output, in the row of ${quoted(tokens[i]!)}: the heads’ outputs are set side by side, nothing is added.`,
    head: e.head,
    headColumn: e.headColumn,
  };
}

/** What the readout says about entry (i, j) of the final output Y = C·W_O. */
export interface OutputEntryText {
  /** "Y₂₁ = 0.89·0 + 0.11·1 + … ≈ 0.22". */
  readonly expansion: string;
  /** "Row 2 of C times column 1 of W_O: terms 1–2 use head 1’s output and terms 3–4 use head 2’s output, …". */
  readonly sources: string;
}

export function describeOutputEntry(
  headOutputs: readonly Matrix[],
  concat: Matrix,
  WO: Matrix,
  i: number,
  j: number,
): OutputEntryText {
  const e = explainMatmulEntry(concat, WO, i, j);
  const heads = e.terms.map((_, k) => explainConcatEntry(headOutputs, i, k).head);
  const spans = headOutputs.map((_, h) => {
    const first = heads.indexOf(h) + 1;
    const last = heads.lastIndexOf(h) + 1;
    return `${first === last ? `term ${first} uses` : `terms ${first}–${last} use`} ${headName(h)}’s output`;
  });
  return {
    expansion: formatDotExpansion(`Y${subscript(i)}${subscript(j)}`, e),
    sources: `Row ${i} of C times column ${j} of W_O: ${spans.join(" and ")}, so this one number mixes every head.`,
  };
}
