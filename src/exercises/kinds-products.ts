/**
 * "Check yourself" kinds built on dot products: a·b, an entry of y = xW and which column it reads,
 * a score q·k, an entry of a weighted sum of values, and reading an embedding. Answers, working,
 * hints and slips come from src/math, with the explain forms the worked examples show.
 */
import {
  approxEqual,
  checkIndex,
  column,
  explainDot,
  explainProjection,
  explainScore,
  formatDotExpansion,
  formatFactor,
  formatNumber,
  formatTerms,
  row,
  shapeOf,
  subscript,
  type DotExplanation,
  type Matrix,
  type Rng,
  type Vector,
} from "../math/index.ts";
import { list, quote, rowNames, type ChoiceOption, type Slip, type SolvedExercise } from "./kinds.ts";
import { int, quarterWeights, smallMatrix, smallRow } from "./variant-numbers.ts";

/** The dot-product exercises as declared in MDX (all indices count from 0). */
export type ProductExerciseSpec =
  /** Compute y_j of y = xW (x shape [n], W shape [n, m]). */
  | { readonly kind: "projection-entry"; readonly x: Vector; readonly W: Matrix; readonly j: number }
  /** Multiple choice: which numbers of W does y_j use (x shape [n], W shape [n, m]). */
  | { readonly kind: "projection-column"; readonly x: Vector; readonly W: Matrix; readonly j: number }
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
  | { readonly kind: "weighted-sum"; readonly weights: Vector; readonly V: Matrix; readonly c: number }
  /** Read component c of token t's embedding (E shape [vocabulary, d]). */
  | {
      readonly kind: "embedding-entry";
      readonly E: Matrix;
      readonly vocabulary: readonly string[];
      readonly token: number;
      readonly c: number;
    };

const setupOf = (name: string, e: DotExplanation) => `${name} = ${formatTerms(e.terms)}`;

/** Slips common to every dot product: one minus sign dropped, or each pair added instead of multiplied. */
function dotSlips(e: DotExplanation): Slip<number>[] {
  const slips: Slip<number>[] = [];
  e.terms.forEach((t, k) => {
    if (t.product >= 0) return;
    const flipped = e.terms.map((u, m) =>
      m === k ? { ...u, left: Math.abs(u.left), right: Math.abs(u.right), product: -u.product } : u,
    );
    const value = e.sum - 2 * t.product;
    slips.push({
      value,
      why: `That is ${formatTerms(flipped)} = ${formatNumber(value)}: a minus sign was dropped. ${formatFactor(t.left)}·${formatFactor(t.right)} is ${formatNumber(t.product)}, not ${formatNumber(-t.product)}.`,
    });
  });
  const added = e.terms.reduce((s, t) => s + t.left + t.right, 0);
  slips.push({
    value: added,
    why: `That is ${e.terms.map((t) => `(${formatNumber(t.left)} + ${formatNumber(t.right)})`).join(" + ")} = ${formatNumber(added)}: each pair was added. Multiply each pair, then add the products.`,
  });
  return slips;
}

function solveProjectionEntry(x: Vector, W: Matrix, j: number): SolvedExercise {
  const e = explainProjection(x, W, j);
  const [n, m] = shapeOf(W);
  const name = `y${subscript(j)}`;
  const slips: Slip<number>[] = [];
  if (n === m) {
    const wrong = explainDot(x, row(W, j));
    if (!approxEqual(wrong.sum, e.sum)) {
      slips.push({
        value: wrong.sum,
        why: `That is x·(row ${j} of W) = ${formatTerms(wrong.terms)} = ${formatNumber(wrong.sum)}: you used row ${j} of W. ${name} pairs x with column ${j}, ${list(e.column)}.`,
      });
    }
  }
  for (let k = 0; k < m; k++) {
    if (k === j) continue;
    const other = explainProjection(x, W, k);
    slips.push({
      value: other.sum,
      why: `That is y${subscript(k)} = ${formatTerms(other.terms)}, from column ${k} of W; ${name} uses column ${j}.`,
    });
  }
  slips.push(...dotSlips(e));
  return {
    answer: "number",
    prompt: `Compute ${name}, component ${j} of y = xW.`,
    tables: [
      { label: "x", rows: [x] },
      { label: "W", rows: W, rowLabels: rowNames("row ", n), colLabels: rowNames("col ", m) },
    ],
    hint: `${name} multiplies x entry by entry with column ${j} of W, ${list(e.column)}, and adds the products.`,
    working: [formatDotExpansion(name, e)],
    value: e.sum,
    setup: setupOf(name, e),
    slips,
  };
}

function solveProjectionColumn(x: Vector, W: Matrix, j: number): SolvedExercise {
  const e = explainProjection(x, W, j);
  const [n, m] = shapeOf(W);
  const name = `y${subscript(j)}`;
  const options: ChoiceOption[] = [];
  for (let k = 0; k < m; k++) {
    options.push({
      text: `Column ${k} of W, ${list(column(W, k))}`,
      correct: k === j,
      why: k === j ? `Yes: ${formatDotExpansion(name, e)}.` : `Column ${k} gives y${subscript(k)}, not ${name}.`,
    });
  }
  if (j < n) {
    options.push({
      text: `Row ${j} of W, ${list(row(W, j))}`,
      why: `Row ${j} of W holds what input ${j} sends to every output. ${name} collects from every input, so it reads down column ${j}.`,
    });
  }
  return {
    answer: "choice",
    prompt: `In y = xW, which numbers of W does ${name} use?`,
    tables: [
      { label: "x", rows: [x] },
      { label: "W", rows: W, rowLabels: rowNames("row ", n), colLabels: rowNames("col ", m) },
    ],
    hint: `x is a row on the left of W. Each entry of x must meet one number of W per output.`,
    working: [`${name} pairs x with column ${j} of W: ${formatDotExpansion(name, e)}.`],
    options,
  };
}

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

function solveEmbeddingEntry(E: Matrix, vocabulary: readonly string[], token: number, c: number): SolvedExercise {
  const [size, d] = shapeOf(E);
  checkIndex("embedding-entry", "token index", token, size);
  checkIndex("embedding-entry", "component c =", c, d);
  const value = E[token]![c]!;
  const word = quote(vocabulary[token] ?? `token ${token}`);
  const slips: Slip<number>[] = [];
  if (c < size && token < d && !approxEqual(E[c]![token]!, value)) {
    slips.push({
      value: E[c]![token]!,
      why: `That is row ${c}, column ${token}: rows and columns were swapped. ${word} is token ${token}, so its embedding is row ${token}.`,
    });
  }
  for (const k of [token - 1, token + 1]) {
    if (k >= 0 && k < size)
      slips.push({
        value: E[k]![c]!,
        why: `That is component ${c} of row ${k}, the embedding of ${quote(vocabulary[k] ?? `token ${k}`)}. ${word} is token ${token}: count rows from 0.`,
      });
  }
  return {
    answer: "number",
    prompt: `${word} is token ${token} of the vocabulary. What is component ${c} of its embedding?`,
    tables: [
      { label: "E (one row per token)", rows: E, rowLabels: vocabulary.slice(0, size), colLabels: rowNames("col ", d) },
    ],
    hint: `Looking up token ${token} picks row ${token} of E; then count ${c} entries in from 0.`,
    working: [`${word} is row ${token} of E, ${list(E[token]!)}; component ${c} is ${formatNumber(value)}.`],
    value,
    setup: `Row ${token} of E, then column ${c}.`,
    slips,
  };
}

/**
 * Works a dot-product exercise out: prompt, tables, answer, working, hint and likely slips.
 * @throws ShapeError or RangeError when the numbers do not fit the kind (e.g. an index out of range)
 */
export function solveProductExercise(spec: ProductExerciseSpec): SolvedExercise {
  switch (spec.kind) {
    case "projection-entry":
      return solveProjectionEntry(spec.x, spec.W, spec.j);
    case "projection-column":
      return solveProjectionColumn(spec.x, spec.W, spec.j);
    case "dot-product":
      return solveDotProduct(spec.a, spec.b);
    case "score":
      return solveScore(spec.Q, spec.K, spec.i, spec.j, spec.tokens);
    case "weighted-sum":
      return solveWeightedSum(spec.weights, spec.V, spec.c);
    case "embedding-entry":
      return solveEmbeddingEntry(spec.E, spec.vocabulary, spec.token, spec.c);
  }
}

/** A variant of a dot-product exercise: same kind and sizes, new small whole numbers and indices. */
export function generateProductExercise(spec: ProductExerciseSpec, rng: Rng): ProductExerciseSpec {
  switch (spec.kind) {
    case "projection-entry":
    case "projection-column": {
      const [n, m] = shapeOf(spec.W);
      return { kind: spec.kind, x: smallRow(rng, n), W: smallMatrix(rng, n, m), j: int(rng, 0, m - 1) };
    }
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
    case "embedding-entry": {
      const [size, d] = shapeOf(spec.E);
      return { ...spec, E: smallMatrix(rng, size, d), token: int(rng, 0, size - 1), c: int(rng, 0, d - 1) };
    }
  }
}
