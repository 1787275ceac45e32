/**
 * The words of the FlashAttention example: the readout for each inspected number and the sentence
 * announced for each step. The running m, factor and l use online softmax's expansions (the same
 * update, one per query row); every number comes from the math module's flashAttention steps.
 */
import {
  explainFlashOutput,
  formatFactor,
  subscript,
  type FlashCheck,
  type FlashStep,
  type Matrix,
} from "../../math/index.ts";
import { expOf, positionsText, relation, show } from "../../text/tiled-text.ts";
import {
  describeFactor,
  describeRunningMax,
  describeSum,
  type OnlineText,
} from "../online-softmax/online-softmax-text.ts";
import type { FlashTarget, FlashValues } from "./FlashAttentionExample.editing.ts";

/** "queries 0 and 1", "query 2": a run of query rows. */
export function queriesText(start: number, end: number): string {
  return positionsText(start, end - start).replace(/^positions?/, (w) => (w === "position" ? "query" : "queries"));
}

/** "keys 2 and 3", "key 4": a run of keys. */
export function keysText(start: number, end: number): string {
  return positionsText(start, end - start).replace(/^positions?/, (w) => (w === "position" ? "key" : "keys"));
}

const rel = (...shown: number[]) => (shown.some((n) => relation(n) === "≈") ? "≈" : "=");

/** One row's m, factor or l in the step: the online softmax update of query `i`. */
function describeState(step: FlashStep, a: number, col: number): OnlineText {
  const row = step.rows[a]!;
  const i = step.rowStart + a;
  const words = `query ${i}, ${keysText(step.colStart, step.colEnd)}`;
  if (col === 0)
    return {
      expansion: describeRunningMax(row, step.keyBlock).expansion,
      note: `m of ${words}: the largest scaled score of query ${i} so far.`,
    };
  if (col === 1) return { ...describeFactor(row), note: describeFactor(row).note.replace("first tile", "first block") };
  return {
    expansion: describeSum(row).expansion,
    note: `l of query ${i}: the old sum rescaled, plus exp(s − m) of this block’s keys.`,
  };
}

/** exp(s − m) of query row a, key b of the step, with s = q·k/√d. */
function describeP(step: FlashStep, a: number, b: number, d: number): OnlineText {
  const term = step.rows[a]!.terms[b]!;
  const i = step.rowStart + a;
  const j = step.colStart + b;
  return {
    expansion: `exp(s${subscript(i)}${subscript(j)} − m) = ${expOf(term.score, step.rows[a]!.maxAfter)} ${relation(term.exp)} ${show(term.exp)}`,
    note: `s${subscript(i)}${subscript(j)} = q${subscript(i)}·k${subscript(j)} / √${d} ${relation(term.score)} ${show(term.score)}, shifted by query ${i}’s m after this block. Not divided by l yet.`,
  };
}

/** Õ[i][c] after the step: factor · Õ before + Σ exp(s − m)·v over the block's keys. */
function describeOut(values: FlashValues, step: FlashStep, a: number, c: number): OnlineText {
  const i = step.rowStart + a;
  const options = { blockRows: values.blockRows, blockCols: values.blockCols };
  const u = explainFlashOutput(values.Q, values.K, values.V, options, i, c).updates[step.keyBlock]!;
  const name = `Õ${subscript(i)}${subscript(c)}`;
  const products = u.terms.map((t) => `${show(t.left)}·${formatFactor(t.right, 3)}`).join(" + ");
  const first = step.keyBlock === 0;
  const old = first ? "" : `${show(u.before)}·${show(u.rescale)} + `;
  return {
    expansion: `${name} = ${old}${products} ${rel(u.after, u.before, u.rescale, ...u.terms.map((t) => t.left))} ${show(u.after)}`,
    note: first
      ? `The first K/V block: exp(s − m) times column ${c} of its values, summed. Nothing is divided by l yet.`
      : `The running output before this block, times the same factor as l, plus this block’s exp(s − m) times column ${c} of its values.`,
  };
}

/** O[i][c] = Õ[i][c] / l, or standard attention's entry, at the end. */
function describeEnd(
  values: FlashValues,
  check: FlashCheck,
  part: "final" | "standard",
  i: number,
  c: number,
): OnlineText {
  if (part === "final") {
    const options = { blockRows: values.blockRows, blockCols: values.blockCols };
    const e = explainFlashOutput(values.Q, values.K, values.V, options, i, c);
    return {
      expansion: `O${subscript(i)}${subscript(c)} = Õ${subscript(i)}${subscript(c)} / l ${rel(e.accumulator, e.sum, e.output)} ${show(e.accumulator)} / ${show(e.sum)} ${rel(e.output)} ${show(e.output)}`,
      note: `One division per entry, after the last K/V block, by query ${i}’s final l.`,
    };
  }
  const weights = check.standard.weights[i]!;
  const products = weights.map((w, k) => `${show(w)}·${formatFactor(values.V[k]![c]!, 3)}`).join(" + ");
  const value = check.standard.output[i]![c]!;
  return {
    expansion: `O${subscript(i)}${subscript(c)} = ${products} ${rel(value, ...weights)} ${show(value)}`,
    note: `Standard attention: the whole row of softmax(QKᵀ/√d) for query ${i}, computed at once, times column ${c} of V.`,
  };
}

/** The readout of one inspected number. */
export function describeFlashTarget(values: FlashValues, check: FlashCheck, target: FlashTarget): OnlineText {
  const step = check.flash.steps[values.step - 1];
  if (target.part === "final" || target.part === "standard")
    return describeEnd(values, check, target.part, target.row, target.col);
  if (step === undefined) return { expansion: "", note: "" };
  if (target.part === "state") return describeState(step, target.row, target.col);
  if (target.part === "p") return describeP(step, target.row, target.col, values.Q[0]!.length);
  return describeOut(values, step, target.row, target.col);
}

/** The sentence announced for `step` of the check's steps. */
export function describeFlashStep(check: FlashCheck, step: number): string {
  const steps = check.flash.steps;
  if (step === 0)
    return `No block read yet: every query has m = −∞, l = 0 and Õ = 0. Step brings ${keysText(steps[0]!.colStart, steps[0]!.colEnd)} to ${queriesText(steps[0]!.rowStart, steps[0]!.rowEnd)}.`;
  const s = steps[step - 1]!;
  const end = step === steps.length ? " Every block is done: O = Õ / l, shown beside standard attention." : "";
  return `Step ${step} of ${steps.length}: ${keysText(s.colStart, s.colEnd)} arrive at ${queriesText(s.rowStart, s.rowEnd)}; m, l and Õ are updated.${end}`;
}

/** "(1, 0.5)": a row of numbers. */
export const listText = (v: readonly number[]) => `(${v.map(show).join(", ")})`;

/** Rows written out: "(1, 0); (0, 1)". */
export const rowsText = (M: Matrix) => M.map(listText).join("; ");
