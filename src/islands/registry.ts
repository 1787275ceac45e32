import type { ComponentType } from "react";

/**
 * Every component that hydrates in the browser, loaded on demand so a page only downloads the
 * islands it uses. The server wraps the same names with <Island>; a name missing here cannot be
 * used as an island.
 */
export const islandLoaders = {
  ProjectionExample: () => import("../examples/projection/ProjectionExample.tsx").then((m) => m.ProjectionExample),
  ScalingPlot: () => import("../examples/scaling/ScalingPlot.tsx").then((m) => m.ScalingPlot),
  SoftmaxExample: () => import("../examples/softmax/SoftmaxExample.tsx").then((m) => m.SoftmaxExample),
  CausalMaskExample: () => import("../examples/causal-mask/CausalMaskExample.tsx").then((m) => m.CausalMaskExample),
  EmbeddingLookup: () => import("../examples/embedding-lookup/EmbeddingLookup.tsx").then((m) => m.EmbeddingLookup),
  DotProductExample: () => import("../examples/dot-product/DotProductExample.tsx").then((m) => m.DotProductExample),
  MatrixProductExample: () => import("../examples/matrix-product/MatrixProductExample.tsx").then((m) => m.MatrixProductExample),
  ScoresExample: () => import("../examples/scores/ScoresExample.tsx").then((m) => m.ScoresExample),
  WeightedSumExample: () => import("../examples/weighted-sum/WeightedSumExample.tsx").then((m) => m.WeightedSumExample),
  AttentionMapExample: () => import("../examples/attention-map/AttentionMapExample.tsx").then((m) => m.AttentionMapExample),
  AttentionStep: () => import("../examples/attention-step/AttentionStep.tsx").then((m) => m.AttentionStep),
  MultiHeadExample: () => import("../examples/multi-head/MultiHeadExample.tsx").then((m) => m.MultiHeadExample),
  CacheSizeCalculator: () => import("../examples/cache-size/CacheSizeCalculator.tsx").then((m) => m.CacheSizeCalculator),
  KvCacheStepper: () => import("../examples/kv-cache/KvCacheStepper.tsx").then((m) => m.KvCacheStepper),
  CheckYourself: () => import("../exercises/CheckYourselfLoader.tsx").then((m) => m.CheckYourselfLoader),
} satisfies Record<string, () => Promise<ComponentType<never>>>;

export type IslandName = keyof typeof islandLoaders;

