/**
 * "Check yourself" kinds on a vector times a matrix: an entry of y = xW, which column of W it
 * reads, and reading an embedding (a row of E). Answers, working, hints and slips come from
 * src/math, with the explain forms the worked examples show.
 */
import {
  approxEqual,
  checkIndex,
  column,
  explainDot,
  explainProjection,
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
import { list, quote, rowNames, type ChoiceOption, type Slip, type SolvedExercise } from "./kinds.ts";
import { dotSlips, setupOf } from "./dot-slips.ts";
import { int, smallMatrix, smallRow } from "./variant-numbers.ts";

/** The projection and embedding exercises as declared in MDX (all indices count from 0). */
export type ProjectionExerciseSpec =
  /** Compute y_j of y = xW (x shape [n], W shape [n, m]). */
  | { readonly kind: "projection-entry"; readonly x: Vector; readonly W: Matrix; readonly j: number }
  /** Multiple choice: which numbers of W does y_j use (x shape [n], W shape [n, m]). */
  | { readonly kind: "projection-column"; readonly x: Vector; readonly W: Matrix; readonly j: number }
  /** Read component c of token t's embedding (E shape [vocabulary, d]). */
  | {
      readonly kind: "embedding-entry";
      readonly E: Matrix;
      readonly vocabulary: readonly string[];
      readonly token: number;
      readonly c: number;
    };

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
 * Works a projection or embedding exercise out: prompt, tables, answer, working, hint and likely slips.
 * @throws ShapeError or RangeError when the numbers do not fit the kind (e.g. an index out of range)
 */
export function solveProjectionExercise(spec: ProjectionExerciseSpec): SolvedExercise {
  switch (spec.kind) {
    case "projection-entry":
      return solveProjectionEntry(spec.x, spec.W, spec.j);
    case "projection-column":
      return solveProjectionColumn(spec.x, spec.W, spec.j);
    case "embedding-entry":
      return solveEmbeddingEntry(spec.E, spec.vocabulary, spec.token, spec.c);
  }
}

/** A variant of a projection or embedding exercise: same kind and sizes, new small whole numbers and indices. */
export function generateProjectionExercise(spec: ProjectionExerciseSpec, rng: Rng): ProjectionExerciseSpec {
  switch (spec.kind) {
    case "projection-entry":
    case "projection-column": {
      const [n, m] = shapeOf(spec.W);
      return { kind: spec.kind, x: smallRow(rng, n), W: smallMatrix(rng, n, m), j: int(rng, 0, m - 1) };
    }
    case "embedding-entry": {
      const [size, d] = shapeOf(spec.E);
      return { ...spec, E: smallMatrix(rng, size, d), token: int(rng, 0, size - 1), c: int(rng, 0, d - 1) };
    }
  }
}
