/**
 * What a learner may change in the FlashAttention example, the rules the values keep, and how the
 * inspected number is written in a link (src/frame/spec.ts, src/frame/url-state.ts).
 */
import { checkFlashAttention, type FlashCheck } from "../../math/index.ts";
import { MAX_SIZE } from "../../math/parse-values.ts";
import { refusalSentence } from "../../frame/limit-message.ts";
import { partCellCodec, type PartCell } from "../../frame/part-codec.ts";
import type { ExampleSpec, Values } from "../../frame/spec.ts";
import type { FlashAttentionExampleProps } from "./FlashAttentionExample.schema.ts";

/** What a learner may change: Q, K, V, the block sizes and how many steps are done. */
export type FlashValues = Pick<FlashAttentionExampleProps, "Q" | "K" | "V" | "blockRows" | "blockCols" | "step">;

/**
 * The inspectable parts: "state" (the block's rows of m, factor, l), "p" (exp(s − m) of the block),
 * "out" (the running output Õ of the block's queries after the step), "final" (O = Õ / l, at the
 * end) and "standard" (softmax(QKᵀ/√d)V, at the end).
 */
export type FlashPart = "state" | "p" | "out" | "final" | "standard";
export type FlashTarget = PartCell<FlashPart>;

/** Columns of the running state, in order. */
export const FLASH_STATE_COLUMNS = ["m", "factor", "l"] as const;

/** FlashAttention beside standard attention, or the sentence saying why the values are refused. */
export function flashCheckOf(values: Values<FlashValues>): { check: FlashCheck } | { refusal: string } {
  try {
    const options = { blockRows: values.blockRows, blockCols: values.blockCols };
    return { check: checkFlashAttention(values.Q, values.K, values.V, options) };
  } catch (error) {
    return { refusal: refusalSentence(error) };
  }
}

/** How many steps the values have, or null when they are refused. */
export function flashStepCount(values: Values<FlashValues>): number | null {
  const result = flashCheckOf(values);
  return "check" in result ? result.check.flash.steps.length : null;
}

/** A message when a block size does not fit or the step is past the last one, else null. */
export function checkFlashValues(values: Values<FlashValues>): string | null {
  const result = flashCheckOf(values);
  if ("refusal" in result) return result.refusal;
  const steps = result.check.flash.steps.length;
  if (values.step <= steps) return null;
  return `Step ${values.step} is past the last step: blocks of ${values.blockRows} queries by ${values.blockCols} keys make ${steps} steps, so the steps go from 0 to ${steps}.`;
}

const current = (v: Values<FlashValues>) => {
  const result = flashCheckOf(v);
  return "check" in result && v.step > 0 ? result.check.flash.steps[v.step - 1] : undefined;
};
const atEnd = (v: Values<FlashValues>) => v.step > 0 && v.step === flashStepCount(v);

/**
 * Q (queries × d), K (keys × d) and V (keys × dᵥ) share their sizes; Br and Bc are whole numbers
 * checked by the math module (1 to the number of queries or keys, refused, never clamped); the
 * step is moved with the example's own buttons. The inspected number is "part:row,column".
 */
export const flashAttentionSpec: ExampleSpec<FlashValues> = {
  fields: [
    { kind: "matrix", key: "Q", name: "Q", rows: "queries", cols: "d" },
    { kind: "matrix", key: "K", name: "K", rows: "keys", cols: "d" },
    { kind: "matrix", key: "V", name: "V", rows: "keys", cols: "dv" },
    { kind: "whole", key: "blockRows", name: "row block size Br", min: 1, max: MAX_SIZE },
    { kind: "whole", key: "blockCols", name: "column block size Bc", min: 1, max: MAX_SIZE },
    { kind: "whole", key: "step", name: "step", min: 0, max: MAX_SIZE * MAX_SIZE },
  ],
  sizes: {
    queries: { label: "queries (rows of Q)" },
    keys: { label: "keys (rows of K and V)" },
    d: { label: "columns of Q and K" },
    dv: { label: "columns of V" },
  },
  check: checkFlashValues,
  // A block size larger than a shrunk matrix is refused by check, never clamped; only the step follows.
  afterResize: (values) => {
    const steps = flashStepCount(values);
    return steps !== null && values.step > steps ? { ...values, step: steps } : values;
  },
  inspect: partCellCodec<FlashPart, FlashValues>(
    {
      state: (v) => {
        const s = current(v);
        return s ? [s.rowEnd - s.rowStart, FLASH_STATE_COLUMNS.length] : null;
      },
      p: (v) => {
        const s = current(v);
        return s ? [s.rowEnd - s.rowStart, s.colEnd - s.colStart] : null;
      },
      out: (v) => {
        const s = current(v);
        return s ? [s.rowEnd - s.rowStart, v.V[0]!.length] : null;
      },
      final: (v) => (atEnd(v) ? [v.Q.length, v.V[0]!.length] : null),
      standard: (v) => (atEnd(v) ? [v.Q.length, v.V[0]!.length] : null),
    },
    "out:0,1",
  ),
};
