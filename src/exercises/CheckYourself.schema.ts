import { z } from "zod";
import { BYTE_UNITS, solveExercise, type ExerciseSpec } from "./index.ts";
import { kvSharingExerciseSchemas } from "./kinds-kv-sharing.schema.ts";
import { tiledExerciseSchemas } from "./tiled-variants.schema.ts";
import { entry, exampleId, MAX_SIZE, matrix, row } from "../examples/props.ts";
import { positionExerciseSchemas } from "./kinds-positions.schema.ts";
import { blockExerciseSchemas } from "./kinds-block.schema.ts";

/** Most exercises one "Check yourself" section may hold. */
export const MAX_EXERCISES = 4;

const vector = row();
const index = z
  .number()
  .int()
  .min(0)
  .max(MAX_SIZE - 1);
const tokens = z.array(z.string().min(1).max(24)).min(1).max(8);
const count = (max: number) => z.number().int().min(1).max(max);

/** One exercise: a kind and its numbers; indices count from 0, as on the pages. */
const exerciseSchema = z.discriminatedUnion("kind", [
  ...blockExerciseSchemas,
  z.object({ kind: z.literal("projection-entry"), x: vector, W: matrix, j: index }).strict(),
  z.object({ kind: z.literal("projection-column"), x: vector, W: matrix, j: index }).strict(),
  z.object({ kind: z.literal("dot-product"), a: vector, b: vector }).strict(),
  z.object({ kind: z.literal("score"), Q: matrix, K: matrix, i: index, j: index, tokens: tokens.optional() }).strict(),
  z.object({ kind: z.literal("scaled-score"), score: entry, dk: count(4096) }).strict(),
  z.object({ kind: z.literal("softmax-weight"), scores: vector, j: index }).strict(),
  z.object({ kind: z.literal("masked-keys"), tokens, i: index }).strict(),
  z.object({ kind: z.literal("weighted-sum"), weights: vector, V: matrix, c: index }).strict(),
  z.object({ kind: z.literal("embedding-entry"), E: matrix, vocabulary: tokens, token: index, c: index }).strict(),
  z.object({ kind: z.literal("kv-cache-rows"), prefill: count(100_000), decode: count(100_000) }).strict(),
  z
    .object({
      kind: z.literal("kv-cache-bytes"),
      layers: count(1000),
      kvHeads: count(1000),
      queryHeads: count(1000).optional(),
      headDim: count(100_000),
      seqLen: count(10_000_000),
      batch: count(10_000),
      bytesPerValue: z.union([z.literal(1), z.literal(2), z.literal(4)]),
      unit: z.enum(Object.keys(BYTE_UNITS) as [keyof typeof BYTE_UNITS, ...(keyof typeof BYTE_UNITS)[]]).optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal("choice"),
      question: z.string().min(1).max(300),
      hint: z.string().min(1).max(300),
      options: z
        .array(
          z
            .object({
              text: z.string().min(1).max(200),
              why: z.string().min(1).max(400),
              correct: z.boolean().optional(),
            })
            .strict(),
        )
        .min(2)
        .max(5),
    })
    .strict(),
  ...positionExerciseSchemas,
  ...kvSharingExerciseSchemas,
  ...tiledExerciseSchemas,
]);

/**
 * Props of <CheckYourself>: the "Check yourself" exercises of one concept page, appended at its end:
 *
 *   <CheckYourself id="qkv-check" exercises={[{ kind: "projection-entry", x: [2, 3], W: [[1, 10], [0, -1]], j: 0 }]} />
 *
 * Kinds (indices count from 0), by the file that works them out in src/exercises/: on dot
 * products dot-product, score and weighted-sum (kinds-products.ts); on a vector times a matrix
 * projection-entry, projection-column and embedding-entry (kinds-projection.ts); from scores to weights scaled-score, softmax-weight and
 * masked-keys (kinds-softmax.ts); on the KV cache's size kv-cache-rows and kv-cache-bytes
 * (kinds-cache.ts); on sharing it kv-head-for and paged-blocks (kinds-kv-sharing.ts); for the
 * order and position pages swapped-weight, encoding-entry, rotate-pair, rope-shift and
 * rope-position (kinds-positions.ts); for the block page norm-entry and mlp-unit (kinds-block.ts);
 * for the tiled pages online-softmax-step, flash-accumulator and attention-io (kinds-tiled.ts);
 * and multiple choice, choice (kinds.ts). Answers, working,
 * hints and slips are computed; only a choice's options and reasons are written by hand.
 *
 * Exercise k (from 1) has the id "<id>-k". Its seed lives in the URL as `?seed.<id>-k=<seed>`, a
 * whole number 0 … 4294967295, e.g. `/concepts/qkv-projections/?seed.qkv-check-2=42`, so a link
 * gives every learner the same variant; a bad seed shows a note and the page's own numbers.
 * Progress is stored under "attention-by-hand:progress" (src/exercises/progress.ts). Use one
 * <CheckYourself> per page: its exercise count is the page's total on the index.
 */
export const checkYourselfSchema = z
  .object({
    /** Stable id; exercise k is "<id>-k" (from 1) in progress and in the URL seed. */
    id: exampleId,
    /** 1–4 exercises, each { kind, …numbers }; answers are computed, never written here. */
    exercises: z
      .array(exerciseSchema)
      .min(1)
      .max(MAX_EXERCISES)
      .describe(`a list of 1–${MAX_EXERCISES} exercises, e.g. {[{ kind: "dot-product", a: [3, 1], b: [1, 2] }]}`),
  })
  .strict()
  .superRefine((props, ctx) => {
    props.exercises.forEach((exercise, k) => {
      try {
        solveExercise(exercise as ExerciseSpec);
      } catch (error) {
        ctx.addIssue({
          code: "custom",
          path: ["exercises", k],
          message: `exercise ${k + 1} (${exercise.kind}): ${(error as Error).message}`,
        });
      }
    });
  });

export type CheckYourselfProps = z.infer<typeof checkYourselfSchema>;
