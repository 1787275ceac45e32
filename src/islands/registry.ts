import type { ComponentType } from "react";

/**
 * Every component that hydrates in the browser, loaded on demand so a page only downloads the
 * islands it uses. The server wraps the same names with <Island>; a name missing here cannot be
 * used as an island.
 */
export const islandLoaders = {
  ProjectionExample: () => import("../components/ProjectionExample.tsx").then((m) => m.ProjectionExample),
  ScalingPlot: () => import("../components/ScalingPlot.tsx").then((m) => m.ScalingPlot),
  SoftmaxExample: () => import("../components/SoftmaxExample.tsx").then((m) => m.SoftmaxExample),
  CausalMaskExample: () => import("../components/CausalMaskExample.tsx").then((m) => m.CausalMaskExample),
  EmbeddingLookup: () => import("../components/EmbeddingLookup.tsx").then((m) => m.EmbeddingLookup),
  DotProductExample: () => import("../components/DotProductExample.tsx").then((m) => m.DotProductExample),
  MatrixProductExample: () => import("../components/MatrixProductExample.tsx").then((m) => m.MatrixProductExample),
  ScoresExample: () => import("../components/ScoresExample.tsx").then((m) => m.ScoresExample),
  WeightedSumExample: () => import("../components/WeightedSumExample.tsx").then((m) => m.WeightedSumExample),
  AttentionMapExample: () => import("../components/AttentionMapExample.tsx").then((m) => m.AttentionMapExample),
  AttentionStep: () => import("../components/AttentionStep.tsx").then((m) => m.AttentionStep),
  MultiHeadExample: () => import("../components/MultiHeadExample.tsx").then((m) => m.MultiHeadExample),
  CacheSizeCalculator: () => import("../components/CacheSizeCalculator.tsx").then((m) => m.CacheSizeCalculator),
  KvCacheStepper: () => import("../components/KvCacheStepper.tsx").then((m) => m.KvCacheStepper),
  CheckYourself: () => import("../components/CheckYourselfLoader.tsx").then((m) => m.CheckYourselfLoader),
} satisfies Record<string, () => Promise<ComponentType<never>>>;

export type IslandName = keyof typeof islandLoaders;

