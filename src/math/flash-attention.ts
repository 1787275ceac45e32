/**
 * FlashAttention tile by tile (Dao et al. 2022): softmax(QKᵀ/√d)V without ever holding the whole
 * score matrix. Q is cut into row blocks of Br queries, K and V into column blocks of Bc keys.
 * Each query row keeps a running maximum m, a running sum l and an output accumulator O; as each
 * K/V block arrives, its scores go through online softmax (onlineSoftmaxStep) and the old l and
 * O are rescaled by e^(m_old − m_new). It is exact, not an approximation.
 *
 * The accumulator here is unnormalised, O = Σ e^(s_j − m)·v_j, divided by l once at the end (as
 * FlashAttention-2 does); Algorithm 1 of the paper renormalises O after every block, which gives
 * the same output. Steps are listed Q block by Q block, and within one by arriving K/V block.
 */
import { explainDot, type Term } from "./explain.ts";
import { attentionScores, scaleScores } from "./attention.ts";
import { checkWholeInRange } from "./limits.ts";
import { isMasked } from "./mask.ts";
import { column, projectRow } from "./matrix.ts";
import { onlineSoftmaxStep, type OnlineSoftmaxStep } from "./online-softmax.ts";
import { checkIndex, shapeOf, ShapeError, type Matrix, type Vector } from "./shape.ts";
import { add, scale } from "./vector.ts";

/** Block sizes and masking for flashAttention. */
export interface FlashOptions {
  /** Br: queries per row block, a whole number from 1 to n. */
  readonly blockRows: number;
  /** Bc: keys per column block, a whole number from 1 to t. */
  readonly blockCols: number;
  /** Hide key j from query i when j > i (then n must equal t). */
  readonly causal?: boolean;
}

/** One K/V block arriving at one Q block. Rows and columns are the block's, not the whole matrix's. */
export interface FlashStep {
  readonly queryBlock: number;
  readonly keyBlock: number;
  /** The block's first query row and one past its last. */
  readonly rowStart: number;
  readonly rowEnd: number;
  /** The block's first key and one past its last. */
  readonly colStart: number;
  readonly colEnd: number;
  /** Q_i K_jᵀ/√d with masked entries −∞, shape [rows, cols]. */
  readonly scores: Matrix;
  /** Per query row: m_old → m_new, the rescale factor, l_old → l_new and the exp terms. */
  readonly rows: readonly OnlineSoftmaxStep[];
  /** e^(scores − m_new), shape [rows, cols]; 0 where masked. */
  readonly P: Matrix;
  /** P·V_j, shape [rows, d_v]. */
  readonly PV: Matrix;
  /** The accumulator before the block arrived, shape [rows, d_v] (zeros before the first). */
  readonly outputBefore: Matrix;
  /** rescale · outputBefore + PV, row by row. */
  readonly outputAfter: Matrix;
}

/** One Q block after every K/V block has arrived. */
export interface FlashQueryBlock {
  readonly rowStart: number;
  readonly rowEnd: number;
  /** Final m of each row, shape [rows]. */
  readonly max: Vector;
  /** Final l of each row, shape [rows]. */
  readonly sum: Vector;
  /** Final unnormalised accumulator, shape [rows, d_v]. */
  readonly accumulator: Matrix;
  /** accumulator row r / sum[r], shape [rows, d_v]. */
  readonly output: Matrix;
}

/** The result of flashAttention. */
export interface FlashResult {
  readonly blockRows: number;
  readonly blockCols: number;
  /** Every (Q block, K/V block) step, in order. */
  readonly steps: readonly FlashStep[];
  readonly blocks: readonly FlashQueryBlock[];
  /** The Q blocks' outputs stacked, shape [n, d_v]: equal to scaledDotProductAttention's. */
  readonly output: Matrix;
}

function checkInputs(Q: Matrix, K: Matrix, V: Matrix, causal: boolean): void {
  const [n, d] = shapeOf(Q);
  const [t, dk] = shapeOf(K);
  const [vRows, dv] = shapeOf(V);
  if (n === 0 || t === 0) {
    throw new RangeError("flashAttention: needs at least one query and one key.");
  }
  if (t !== vRows) {
    throw new ShapeError(
      "flashAttention",
      [t, dk],
      [vRows, dv],
      `cannot pair ${t}×${dk} keys with ${vRows}×${dv} values; there must be one value row per key (${t} ≠ ${vRows}).`,
    );
  }
  if (causal && n !== t) {
    throw new ShapeError(
      "flashAttention",
      [n, d],
      [t, dk],
      `cannot causally mask ${n}×${d} queries against ${t}×${dk} keys; causal attention needs one query per key (${n} ≠ ${t}).`,
    );
  }
}

/**
 * Tiled attention with every step kept.
 * @param Q shape [n, d]
 * @param K shape [t, d]
 * @param V shape [t, d_v]
 * @throws LimitError for a block size outside its range; ShapeError on a shape mismatch
 */
export function flashAttention(Q: Matrix, K: Matrix, V: Matrix, options: FlashOptions): FlashResult {
  const { blockRows, blockCols, causal = false } = options;
  checkInputs(Q, K, V, causal);
  const [n, d] = shapeOf(Q);
  const [t] = shapeOf(K);
  const dv = shapeOf(V)[1];
  checkWholeInRange("flashAttention", "the row block size Br", blockRows, { min: 1, max: n }, "the number of queries");
  checkWholeInRange("flashAttention", "the column block size Bc", blockCols, { min: 1, max: t }, "the number of keys");
  const steps: FlashStep[] = [];
  const blocks: FlashQueryBlock[] = [];
  for (let rowStart = 0; rowStart < n; rowStart += blockRows) {
    const rowEnd = Math.min(n, rowStart + blockRows);
    const Qi = Q.slice(rowStart, rowEnd);
    let max: Vector = Qi.map(() => -Infinity);
    let sum: Vector = Qi.map(() => 0);
    let acc: Matrix = Qi.map(() => new Array<number>(dv).fill(0));
    for (let colStart = 0; colStart < t; colStart += blockCols) {
      const colEnd = Math.min(t, colStart + blockCols);
      const Vj = V.slice(colStart, colEnd);
      const scores = scaleScores(attentionScores(Qi, K.slice(colStart, colEnd)), d).map((r, a) =>
        r.map((s, b) => (causal && isMasked(rowStart + a, colStart + b) ? -Infinity : s)),
      );
      const rows = scores.map((r, a) => onlineSoftmaxStep(max[a] as number, sum[a] as number, r, colStart));
      const P = rows.map((step) => step.terms.map((term) => term.exp));
      const PV = P.map((p) => projectRow(p, Vj));
      const outputAfter = acc.map((o, a) => add(scale(o, (rows[a] as OnlineSoftmaxStep).rescale), PV[a] as Vector));
      steps.push({
        queryBlock: blocks.length,
        keyBlock: colStart / blockCols,
        rowStart,
        rowEnd,
        colStart,
        colEnd,
        scores,
        rows,
        P,
        PV,
        outputBefore: acc,
        outputAfter,
      });
      max = rows.map((step) => step.maxAfter);
      sum = rows.map((step) => step.sumAfter);
      acc = outputAfter;
    }
    const output = acc.map((o, a) => o.map((v) => v / (sum[a] as number)));
    blocks.push({ rowStart, rowEnd, max, sum, accumulator: acc, output });
  }
  return { blockRows, blockCols, steps, blocks, output: blocks.flatMap((b) => b.output) };
}

/** One K/V block's effect on one accumulator entry O[i][c]. */
export interface FlashEntryUpdate {
  readonly keyBlock: number;
  /** e^(m_old − m_new) for row i (0 for the first block). */
  readonly rescale: number;
  readonly before: number;
  /** before · rescale. */
  readonly rescaled: number;
  /** P[i][k] · V[k][c] over the block's keys k; their sum is PV[i][c]. */
  readonly terms: readonly Term[];
  readonly contribution: number;
  /** rescaled + contribution. */
  readonly after: number;
}

/** How output[i][c] of flashAttention is reached. */
export interface FlashEntryExplanation {
  readonly row: number;
  readonly col: number;
  readonly updates: readonly FlashEntryUpdate[];
  /** The row's final l. */
  readonly sum: number;
  /** The final accumulator entry, divided by sum. */
  readonly accumulator: number;
  /** accumulator / sum, equal to flashAttention(...).output[i][c] exactly. */
  readonly output: number;
}

/**
 * The history of output[i][c]: each arriving block's rescale and P·V terms, then the division by l.
 * @param i query row in 0 … n − 1
 * @param c value column in 0 … d_v − 1
 */
export function explainFlashOutput(
  Q: Matrix,
  K: Matrix,
  V: Matrix,
  options: FlashOptions,
  i: number,
  c: number,
): FlashEntryExplanation {
  const result = flashAttention(Q, K, V, options);
  checkIndex("explainFlashOutput", "query row i =", i, Q.length);
  checkIndex("explainFlashOutput", "value column c =", c, shapeOf(V)[1]);
  const updates = result.steps
    .filter((s) => i >= s.rowStart && i < s.rowEnd)
    .map((s): FlashEntryUpdate => {
      const a = i - s.rowStart;
      const { rescale } = s.rows[a] as OnlineSoftmaxStep;
      const before = (s.outputBefore[a] as Vector)[c] as number;
      const { terms, sum } = explainDot(s.P[a] as Vector, column(V.slice(s.colStart, s.colEnd), c));
      return {
        keyBlock: s.keyBlock,
        rescale,
        before,
        rescaled: before * rescale,
        terms,
        contribution: sum,
        after: (s.outputAfter[a] as Vector)[c] as number,
      };
    });
  const block = result.blocks.find((b) => i >= b.rowStart && i < b.rowEnd) as FlashQueryBlock;
  const a = i - block.rowStart;
  return {
    row: i,
    col: c,
    updates,
    sum: block.sum[a] as number,
    accumulator: (block.accumulator[a] as Vector)[c] as number,
    output: (result.output[i] as Vector)[c] as number,
  };
}
