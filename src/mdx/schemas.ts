import type { z } from "zod";
import { projectionExampleSchema } from "../examples/projection/ProjectionExample.schema.ts";
import { causalMaskExampleSchema } from "../examples/causal-mask/CausalMaskExample.schema.ts";
import { scalingPlotSchema, scalingTableSchema } from "../examples/scaling/ScalingPlot.schema.ts";
import { softmaxExampleSchema } from "../examples/softmax/SoftmaxExample.schema.ts";
import { dotProductExampleSchema } from "../examples/dot-product/DotProductExample.schema.ts";
import { embeddingLookupSchema } from "../examples/embedding-lookup/EmbeddingLookup.schema.ts";
import { matrixProductExampleSchema } from "../examples/matrix-product/MatrixProductExample.schema.ts";
import { scoresExampleSchema } from "../examples/scores/ScoresExample.schema.ts";
import { weightedSumExampleSchema } from "../examples/weighted-sum/WeightedSumExample.schema.ts";
import { attentionMapExampleSchema } from "../examples/attention-map/AttentionMapExample.schema.ts";
import { attentionStepSchema } from "../examples/attention-step/AttentionStep.schema.ts";
import { multiHeadExampleSchema } from "../examples/multi-head/MultiHeadExample.schema.ts";
import { cacheSizeCalculatorSchema } from "../examples/cache-size/CacheSizeCalculator.schema.ts";
import { decodeWorkTableSchema } from "../examples/decode-work/DecodeWorkTable.schema.ts";
import { kvCacheStepperSchema } from "../examples/kv-cache/KvCacheStepper.schema.ts";
import { checkYourselfSchema } from "../exercises/CheckYourself.schema.ts";
import { showValue } from "./show-value.ts";

/**
 * The props schema of every component an MDX page may use, by name. The build checks each use
 * in content/ against it, so a ragged matrix fails the build at its line, not in a learner's
 * browser. Components without props to check map to null.
 */
export const exampleSchemas: Readonly<Record<string, z.ZodType | null>> = {
  ProjectionExample: projectionExampleSchema,
  ScalingPlot: scalingPlotSchema,
  /** Static, not an island: the √dₖ figure's numbers for every key size. */
  ScalingTable: scalingTableSchema,
  SoftmaxExample: softmaxExampleSchema,
  CausalMaskExample: causalMaskExampleSchema,
  EmbeddingLookup: embeddingLookupSchema,
  DotProductExample: dotProductExampleSchema,
  MatrixProductExample: matrixProductExampleSchema,
  ScoresExample: scoresExampleSchema,
  WeightedSumExample: weightedSumExampleSchema,
  AttentionMapExample: attentionMapExampleSchema,
  AttentionStep: attentionStepSchema,
  MultiHeadExample: multiHeadExampleSchema,
  CacheSizeCalculator: cacheSizeCalculatorSchema,
  /** Static, not an island, no props: the cache size of every preset, for readers without JavaScript. */
  CacheSizeTable: null,
  /** Static, not an island: what prefill and each decode step compute and read. */
  DecodeWorkTable: decodeWorkTableSchema,
  KvCacheStepper: kvCacheStepperSchema,
  /** The "Check yourself" exercises at the end of a concept page. */
  CheckYourself: checkYourselfSchema,
  /** Inserted by the build for $…$ and $$…$$; not written by hand. */
  MathFormula: null,
  /** Inserted by the build for ```mermaid blocks; not written by hand. */
  MermaidDiagram: null,
};

/** Formats the first problem of a failed parse as "prop: Received … Expected …". */
export function describePropsProblem(name: string, schema: z.ZodType, props: unknown): string | undefined {
  const result = schema.safeParse(props);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  const prop = issue.path.map(String).join(".");
  const field = issue.path[0];
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  const expected = typeof field === "string" ? shape?.[field]?.description : undefined;
  if (issue.code === "unrecognized_keys") {
    return `<${name}> received an unknown prop "${issue.keys[0]}". Expected only: ${Object.keys(shape ?? {}).join(", ")}.`;
  }
  const received = typeof field === "string" ? showValue((props as Record<string, unknown>)[field]) : "nothing";
  return `<${name}> prop "${prop || "props"}": ${issue.message.replace(/\.$/, "")}. Received ${received}${expected ? `. Expected ${expected}` : ""}.`;
}
