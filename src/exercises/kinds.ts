/**
 * "Check yourself" exercises: what every kind shares (the exercise and solved-exercise types, a
 * few words helpers) and the one kind that needs no math, multiple choice. Every other kind
 * belongs to a family (families.ts) with its own solver, generator and math, loaded by the pages
 * that use it; solveExercise hands a family's exercises to its code. Answers, working, hints and
 * slips are computed from the exercise's numbers (never typed by hand).
 */
import { formatNumber, subscript, type Matrix, type Vector } from "../math/index.ts";
import type { BlockExerciseSpec } from "./kinds-block.ts";
import type { CacheExerciseSpec } from "./kinds-cache.ts";
import type { KvSharingExerciseSpec } from "./kinds-kv-sharing.ts";
import type { PositionExerciseSpec } from "./kinds-positions.ts";
import type { ProductExerciseSpec } from "./kinds-products.ts";
import type { ProjectionExerciseSpec } from "./kinds-projection.ts";
import type { SoftmaxExerciseSpec } from "./kinds-softmax.ts";
import type { TiledExerciseSpec } from "./kinds-tiled.ts";
import { familyFor, isFamilyExercise } from "./families.ts";

/** One answer option of a multiple-choice exercise. */
export interface ChoiceOption {
  readonly text: string;
  /** Why this option is right or wrong, shown after it is chosen. */
  readonly why: string;
  readonly correct?: boolean;
}

/** An exercise as declared in MDX: its kind and its numbers (all indices count from 0). */
export type ExerciseSpec =
  | ProductExerciseSpec
  | ProjectionExerciseSpec
  | SoftmaxExerciseSpec
  | CacheExerciseSpec
  /** Conceptual multiple choice, exactly one option correct. */
  | {
      readonly kind: "choice";
      readonly question: string;
      readonly options: readonly ChoiceOption[];
      readonly hint: string;
    }
  | BlockExerciseSpec
  | PositionExerciseSpec
  | KvSharingExerciseSpec
  | TiledExerciseSpec;

export type ExerciseKind = ExerciseSpec["kind"];

/** A small table of the exercise's numbers, shown beside the question. */
export interface ExerciseTable {
  readonly label: string;
  readonly rows: Matrix;
  readonly rowLabels?: readonly string[];
  readonly colLabels?: readonly string[];
}

/** A likely mistake: the value it produces and what went wrong, with the learner's numbers. */
export interface Slip<V> {
  readonly value: V;
  readonly why: string;
}

interface SolvedBase {
  readonly prompt: string;
  readonly tables: readonly ExerciseTable[];
  readonly hint: string;
  /** The full working, line by line, ending in the answer. */
  readonly working: readonly string[];
}

/** A worked-out exercise, ready to ask and check. */
export type SolvedExercise =
  | (SolvedBase & {
      readonly answer: "number";
      readonly value: number;
      /** Places the answer is asked to; undefined for an exact answer. */
      readonly decimals?: number;
      readonly unit?: string;
      /** The expansion with the numbers filled in but not worked out, e.g. "y₁ = 2·10 + 3·(−1)". */
      readonly setup: string;
      readonly slips: readonly Slip<number>[];
    })
  | (SolvedBase & { readonly answer: "choice"; readonly options: readonly ChoiceOption[] })
  | (SolvedBase & {
      readonly answer: "select";
      readonly options: readonly string[];
      /** Indices of the options to select, ascending. */
      readonly correct: readonly number[];
      readonly setup: string;
      readonly slips: readonly Slip<readonly number[]>[];
    });

/** A vector in words: "(1, −2, 0.5)". */
export const list = (v: Vector) => `(${v.map((n) => formatNumber(n)).join(", ")})`;
/** A token or text in curly quotes. */
export const quote = (s: string) => `“${s}”`;
/** Row names with subscripts: rowNames("q", 3) is q₀, q₁, q₂. */
export const rowNames = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}${subscript(i)}`);

/** Places a rounded answer is asked to. */
export const ROUNDED_DECIMALS = 2;

function solveChoice(question: string, options: readonly ChoiceOption[], hint: string): SolvedExercise {
  const right = options.filter((o) => o.correct);
  if (right.length !== 1)
    throw new RangeError(`choice: expected exactly one correct option; received ${right.length}.`);
  return {
    answer: "choice",
    prompt: question,
    tables: [],
    hint,
    working: [`${right[0]!.text}. ${right[0]!.why}`],
    options,
  };
}

/**
 * Works an exercise out: prompt, tables, answer, working, hint and likely slips. A family's
 * exercise goes to its family's code, which must be loaded (loadFamilies in families.ts).
 * @throws ShapeError or RangeError when the numbers do not fit the kind (e.g. an index out of range)
 */
export function solveExercise(spec: ExerciseSpec): SolvedExercise {
  if (isFamilyExercise(spec)) return familyFor(spec).solve(spec);
  return solveChoice(spec.question, spec.options, spec.hint);
}
