/**
 * "Check yourself" kinds of the tiled pages (online softmax, FlashAttention): one tile's update of
 * the running state, one block's update of FlashAttention's running output, and the memory traffic
 * of standard attention. Answers, working, hints and slips are computed from src/math.
 */
import {
  explainFlashOutput,
  formatFactor,
  groupDigits,
  isRounded,
  onlineSoftmax,
  standardAttentionIo,
  subscript,
  type Matrix,
  type Vector,
} from "../math/index.ts";
import { expOf, positionsText, show } from "../text/tiled-text.ts";
import type { Slip, SolvedExercise } from "./kinds.ts";

/** The exercises of the tiled pages, as declared in MDX (indices count from 0). */
export type TiledExerciseSpec =
  /** After tile `tile` of onlineSoftmax(scores, tileSize): m, the factor exp(m before − m after), or l. */
  | {
      readonly kind: "online-softmax-step";
      readonly scores: Vector;
      readonly tileSize: number;
      readonly tile: number;
      readonly ask: "max" | "factor" | "sum";
    }
  /** One query (q shape [d]) against K (shape [t, d]) and V (shape [t, d_v]) in key blocks of Bc: entry c of Õ after block `block`. */
  | {
      readonly kind: "flash-accumulator";
      readonly q: Vector;
      readonly K: Matrix;
      readonly V: Matrix;
      readonly blockCols: number;
      readonly block: number;
      readonly c: number;
    }
  /** Elements standard attention reads and writes for sequence length n and head size d: 4n² + 4nd. */
  | { readonly kind: "attention-io"; readonly n: number; readonly d: number };

export type TiledExerciseKind = TiledExerciseSpec["kind"];

const ROUNDED = 2;
const list = (v: Vector) => `(${v.map((n) => show(n)).join(", ")})`;
/** Asked to 2 decimals when the exact value has more. */
const decimalsOf = (value: number) => (isRounded(value, ROUNDED) ? { decimals: ROUNDED } : {});
const rel = (value: number) => (isRounded(value, 3) ? "≈" : "=");

function solveOnlineStep(s: Extract<TiledExerciseSpec, { kind: "online-softmax-step" }>): SolvedExercise {
  const { steps } = onlineSoftmax(s.scores, s.tileSize);
  if (!Number.isInteger(s.tile) || s.tile < 1 || s.tile >= steps.length)
    throw new RangeError(
      `the tile must be a whole number from 1 to ${steps.length - 1} (tile 0 has nothing to rescale); received ${s.tile}.`,
    );
  const step = steps[s.tile]!;
  const { maxBefore: mb, maxAfter: ma, tileMax, rescale, sumBefore: lb, sumAfter: la, terms } = step;
  const tile = `tile ${s.tile} (${positionsText(step.start, step.scores.length)}, scores ${list(step.scores)})`;
  const given = `After tile ${s.tile - 1}, m = ${show(mb)} and l ${rel(lb)} ${show(lb)}.`;
  const mLine = `m = max(${show(mb)}, ${show(tileMax)}) = ${show(ma)}`;
  const fLine = `factor = ${expOf(mb, ma)} = exp(${show(mb - ma)}) ${rel(rescale)} ${show(rescale)}`;
  const newExps = terms.map((t) => expOf(t.score, ma));
  const lLine = `l = ${show(lb)}·${show(rescale)} + ${newExps.join(" + ")} ${rel(la)} ${show(la)}`;
  const prompt = `The row ${list(s.scores)} is read in tiles of ${s.tileSize}. ${given} Now ${tile} is read.`;
  if (s.ask === "max") {
    return {
      answer: "number",
      prompt: `${prompt} What is m after it?`,
      tables: [],
      hint: "m is the largest score seen so far: compare the old m with the tile's largest score.",
      working: [mLine],
      value: ma,
      setup: `m = max(${show(mb)}, ${step.scores.map((v) => show(v)).join(", ")})`,
      slips: [
        { value: tileMax, why: `That is the tile's own largest score; m also remembers the ${show(mb)} seen before.` },
        { value: mb, why: `That is m before the tile; the tile's scores count too.` },
      ],
    };
  }
  if (s.ask === "factor") {
    const slips: Slip<number>[] = [
      {
        value: Math.exp(ma - mb),
        why: `That is exp(${show(ma)} − ${formatFactor(mb)}): the subtraction is turned round. The factor shrinks l: exp(m before − m after).`,
      },
      { value: mb - ma, why: `That is m before − m after itself; the factor is exp of it.` },
    ];
    if (ma !== mb)
      slips.push({ value: 1, why: `A factor of 1 leaves l as it is, but m changed, so l must be rescaled.` });
    return {
      answer: "number",
      prompt: `${prompt} By what factor is the old l multiplied?${isRounded(rescale, ROUNDED) ? " Give 2 decimals." : ""}`,
      tables: [],
      hint: "First find m after the tile; the factor is exp(m before − m after). exp(−1) ≈ 0.368, exp(−2) ≈ 0.135.",
      working: [mLine, fLine],
      value: rescale,
      ...decimalsOf(rescale),
      setup: `factor = exp(m before − m after) = ${expOf(mb, ma)}`,
      slips,
    };
  }
  const fresh = terms.reduce((sum, t) => sum + t.exp, 0);
  const slips: Slip<number>[] = [
    { value: fresh, why: `That is only the tile's exps; the old l, rescaled, must be added too.` },
  ];
  if (ma !== mb) {
    slips.push({
      value: lb + fresh,
      why: `The old l was added without rescaling: m changed, so multiply it by ${expOf(mb, ma)} first.`,
    });
    const oldShift = terms.reduce((sum, t) => sum + Math.exp(t.score - mb), 0);
    slips.push({
      value: lb * rescale + oldShift,
      why: `The tile's exps were shifted by the old m, ${show(mb)}; shift them by the new m, ${show(ma)}.`,
    });
  }
  return {
    answer: "number",
    prompt: `${prompt} What is l after it?${isRounded(la, ROUNDED) ? " Give 2 decimals." : ""}`,
    tables: [],
    hint: "Find m after the tile, rescale the old l by exp(m before − m after), then add exp(s − m) for the tile's scores. exp(−1) ≈ 0.368, exp(−2) ≈ 0.135, exp(−3) ≈ 0.050.",
    working: [mLine, fLine, lLine],
    value: la,
    ...decimalsOf(la),
    setup: `l = l before · ${expOf(mb, ma)} + ${newExps.join(" + ")}`,
    slips,
  };
}

function solveFlashAccumulator(s: Extract<TiledExerciseSpec, { kind: "flash-accumulator" }>): SolvedExercise {
  const options = { blockRows: 1, blockCols: s.blockCols };
  const e = explainFlashOutput([s.q], s.K, s.V, options, 0, s.c);
  if (!Number.isInteger(s.block) || s.block < 0 || s.block >= e.updates.length)
    throw new RangeError(`the block must be a whole number from 0 to ${e.updates.length - 1}; received ${s.block}.`);
  const u = e.updates[s.block]!;
  const name = `Õ${subscript(s.c)}`;
  const products = u.terms.map((t) => `${show(t.left)}·${formatFactor(t.right, 3)}`).join(" + ");
  const old = s.block === 0 ? "" : `${show(u.before)}·${show(u.rescale)} + `;
  const line = `${name} = ${old}${products} ${rel(u.after)} ${show(u.after)}`;
  const slips: Slip<number>[] = [];
  if (s.block > 0) {
    slips.push({
      value: u.before + u.contribution,
      why: `The old ${name} was added without its factor ${show(u.rescale)}: when m changes, the old output must be rescaled like l.`,
    });
    slips.push({
      value: u.contribution,
      why: `That is this block's contribution alone; the old ${name}, rescaled, stays in the sum.`,
    });
  }
  return {
    answer: "number",
    prompt: `One query q = ${list(s.q)} attends to ${s.K.length} keys in blocks of ${s.blockCols}. The tables give K, V and, for block ${s.block}, the factor and the weights exp(s − m) FlashAttention computes. What is ${name}, entry ${s.c} of the running output Õ, after block ${s.block}?${isRounded(u.after, ROUNDED) ? " Give 2 decimals." : ""}`,
    tables: [
      { label: "K (one key per row)", rows: s.K, rowLabels: s.K.map((_, k) => `k${subscript(k)}`) },
      { label: "V (one value per row)", rows: s.V, rowLabels: s.V.map((_, k) => `v${subscript(k)}`) },
      {
        label: `Block ${s.block}: factor, then exp(s − m) per key`,
        rows: [[u.rescale, ...u.terms.map((t) => t.left)]],
        colLabels: ["factor", ...u.terms.map((_, k) => `key ${s.block * s.blockCols + k}`)],
      },
    ],
    hint: `Õ after the block = factor · Õ before + Σ exp(s − m)·v over the block's keys, column ${s.c} of V.`,
    working: [
      s.block === 0 ? `Before block 0, Õ = 0.` : `Before block ${s.block}, ${name} ${rel(u.before)} ${show(u.before)}.`,
      line,
    ],
    value: u.after,
    ...decimalsOf(u.after),
    setup: `${name} = ${s.block === 0 ? "" : "factor · Õ before + "}${products}`,
    slips,
  };
}

function solveAttentionIo(n: number, d: number): SolvedExercise {
  const io = standardAttentionIo(n, d);
  const g = groupDigits;
  return {
    answer: "number",
    prompt: `Standard attention reads Q and K, writes S = QKᵀ, reads S, writes A = softmax(S / √d), reads A and V, and writes O. With N = ${g(n)} tokens and head size d = ${d}, how many numbers does it move between the GPU's memory and its chip?`,
    tables: [],
    hint: "Q, K, V and O are N×d each, S and A are N×N; S and A are each written once and read once.",
    working: [
      `Q, K, V read and O written: 4·N·d = 4·${g(n)}·${d} = ${g(4 * n * d)}.`,
      `S and A, each written and read: 4·N² = 4·${g(n * n)} = ${g(io.scoreMatrixElements)}.`,
      `Total 4n² + 4nd = ${g(io.total)}.`,
    ],
    value: io.total,
    setup: "4n² + 4nd",
    slips: [
      { value: 4 * n * d, why: "That counts Q, K, V and O only; S and A, N×N each, go to memory and back too." },
      {
        value: 2 * n * n + 4 * n * d,
        why: "That writes S and A but never reads them back: each is written once and read once.",
      },
      { value: n * n + 4 * n * d, why: "That counts one N×N matrix once; S and A are each written and read." },
    ],
  };
}

/** Works out one of the tiled pages' exercises (see solveExercise in kinds.ts). */
export function solveTiledExercise(spec: TiledExerciseSpec): SolvedExercise {
  switch (spec.kind) {
    case "online-softmax-step":
      return solveOnlineStep(spec);
    case "flash-accumulator":
      return solveFlashAccumulator(spec);
    case "attention-io":
      return solveAttentionIo(spec.n, spec.d);
  }
}
