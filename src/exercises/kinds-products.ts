/**
 * "Check yourself" kinds on attention's dot products: a·b, a score q·k, and an entry of a weighted
 * sum of values. Answers, working, hints and slips come from src/math, with the explain forms the
 * worked examples show.
 */
import {
  column,
  explainDot,
  explainScore,
  formatDotExpansion,
  formatNumber,
  formatTerms,
  row,
  shapeOf,
  subscript,
  type Matrix,
  type Rng,
  type Vector,
} from "../math/index.ts";
import { list, quote, rowNames, type Slip, type SolvedExercise } from "./kinds.ts";
import { dotSlips, setupOf } from "./dot-slips.ts";
import { int, quarterWeights, smallMatrix, smallRow } from "./variant-numbers.ts";

/** The dot-product exercises as declared in MDX (all indices count from 0). */
export type ProductExerciseSpec =
  /** Compute a·b (both shape [n]). */
  | { readonly kind: "dot-product"; readonly a: Vector; readonly b: Vector }
  /** Compute S_ij = q_i·k_j (Q shape [n, d], K shape [t, d]); tokens name the rows. */
  | {
      readonly kind: "score";
      readonly Q: Matrix;
      readonly K: Matrix;
      readonly i: number;
      readonly j: number;
      readonly tokens?: readonly string[];
    }
  /** Compute o_c = Σ_k weights_k·V[k][c] (weights shape [t], V shape [t, d_v]). */
  | { readonly kind: "weighted-sum"; readonly weights: Vector; readonly V: Matrix; readonly c: number };

function solveDotProduct(a: Vector, b: Vector): SolvedExercise {
  const e = explainDot(a, b);
  return {
    answer: "number",
    prompt: "Compute a·b.",
    tables: [
      { label: "a", rows: [a] },
      { label: "b", rows: [b] },
    ],
    hint: "Multiply the first entries, then the second entries, and so on; then add the products.",
    working: [formatDotExpansion("a·b", e)],
    value: e.sum,
    setup: setupOf("a·b", e),
    slips: dotSlips(e),
  };
}

function solveScore(Q: Matrix, K: Matrix, i: number, j: number, tokens?: readonly string[]): SolvedExercise {
  const e = explainScore(Q, K, i, j);
  const name = `S${subscript(i)}${subscript(j)}`;
  const who = (k: number) => (tokens?.[k] ? ` (${quote(tokens[k])})` : "");
  const slips: Slip<number>[] = [];
  const [t] = shapeOf(K);
  if (j < Q.length && i < t) {
    const swapped = explainScore(Q, K, j, i);
    slips.push({
      value: swapped.sum,
      why: `That is S${subscript(j)}${subscript(i)} = q${subscript(j)}·k${subscript(i)} = ${formatTerms(swapped.terms)}: query and key were swapped. ${name} uses the query of token ${i} and the key of token ${j}.`,
    });
  }
  if (j < Q.length) {
    const qq = explainDot(row(Q, i), row(Q, j));
    slips.push({
      value: qq.sum,
      why: `That is q${subscript(i)}·q${subscript(j)} = ${formatTerms(qq.terms)}: two queries. The second vector is a key, row ${j} of K.`,
    });
  }
  slips.push(...dotSlips(e));
  return {
    answer: "number",
    prompt: `Compute the score ${name} = q${subscript(i)}·k${subscript(j)}: how much token ${i}${who(i)} is drawn to token ${j}${who(j)}.`,
    tables: [
      { label: "Q (one query per row)", rows: Q, rowLabels: rowNames("q", Q.length) },
      { label: "K (one key per row)", rows: K, rowLabels: rowNames("k", t) },
    ],
    hint: `Take row ${i} of Q, ${list(row(Q, i))}, and row ${j} of K, ${list(row(K, j))}; multiply entry by entry and add.`,
    working: [formatDotExpansion(name, e)],
    value: e.sum,
    setup: setupOf(name, e),
    slips,
  };
}

function solveWeightedSum(weights: Vector, V: Matrix, c: number): SolvedExercise {
  const [t, dv] = shapeOf(V);
  const e = explainDot(weights, column(V, c));
  const name = `o${subscript(c)}`;
  const slips: Slip<number>[] = [];
  if (t === dv) {
    const wrong = explainDot(weights, row(V, c));
    slips.push({
      value: wrong.sum,
      why: `That is ${formatTerms(wrong.terms)}, from row ${c} of V. Entry ${c} of the output mixes entry ${c} of every value row: column ${c} of V.`,
    });
  }
  const plain = column(V, c).reduce((s, v) => s + v, 0);
  slips.push({
    value: plain,
    why: `That is ${column(V, c)
      .map((v) => formatNumber(v))
      .join(" + ")} = ${formatNumber(plain)}: the values were added without their weights.`,
  });
  for (let k = 0; k < dv; k++) {
    if (k === c) continue;
    const other = explainDot(weights, column(V, k));
    slips.push({
      value: other.sum,
      why: `That is o${subscript(k)} = ${formatTerms(other.terms)}, entry ${k} of the output; the question asks for entry ${c}.`,
    });
  }
  slips.push(...dotSlips(e).slice(0, -1));
  return {
    answer: "number",
    prompt: `A query's weights over ${t} keys are ${list(weights)}. Compute ${name}, entry ${c} of its output o = Σₖ wₖ·vₖ.`,
    tables: [{ label: "V (one value per row)", rows: V, rowLabels: rowNames("v", t), colLabels: rowNames("col ", dv) }],
    hint: `Multiply each weight by entry ${c} of its value row (column ${c} of V), then add.`,
    working: [formatDotExpansion(name, e)],
    value: e.sum,
    setup: setupOf(name, e),
    slips,
  };
}

/**
 * Works a dot-product exercise out: prompt, tables, answer, working, hint and likely slips.
 * @throws ShapeError or RangeError when the numbers do not fit the kind (e.g. an index out of range)
 */
export function solveProductExercise(spec: ProductExerciseSpec): SolvedExercise {
  switch (spec.kind) {
    case "dot-product":
      return solveDotProduct(spec.a, spec.b);
    case "score":
      return solveScore(spec.Q, spec.K, spec.i, spec.j, spec.tokens);
    case "weighted-sum":
      return solveWeightedSum(spec.weights, spec.V, spec.c);
  }
}

/** A variant of a dot-product exercise: same kind and sizes, new small whole numbers and indices. */
export function generateProductExercise(spec: ProductExerciseSpec, rng: Rng): ProductExerciseSpec {
  switch (spec.kind) {
    case "dot-product":
      return { kind: spec.kind, a: smallRow(rng, spec.a.length), b: smallRow(rng, spec.b.length) };
    case "score": {
      const [n, d] = shapeOf(spec.Q);
      const [t] = shapeOf(spec.K);
      const i = int(rng, 0, n - 1);
      let j = int(rng, 0, t - 1);
      if (j === i && t > 1) j = (j + 1) % t; // i ≠ j, so swapping query and key is a visible slip
      return { ...spec, Q: smallMatrix(rng, n, d, -2, 2), K: smallMatrix(rng, t, d, -2, 2), i, j };
    }
    case "weighted-sum": {
      const [t, dv] = shapeOf(spec.V);
      return {
        kind: spec.kind,
        weights: quarterWeights(rng, t),
        V: smallMatrix(rng, t, dv, -4, 4),
        c: int(rng, 0, dv - 1),
      };
    }
  }
}
