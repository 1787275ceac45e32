import type { ComponentType } from "react";
import type { z } from "zod";
import { Island } from "../islands/Island.tsx";
import type { IslandName } from "../islands/registry.ts";
import { describePropsProblem, exampleSchemas } from "./schemas.ts";
import { AttentionMapExample } from "../examples/attention-map/AttentionMapExample.tsx";
import { AttentionStep } from "../examples/attention-step/AttentionStep.tsx";
import { MultiHeadExample } from "../examples/multi-head/MultiHeadExample.tsx";
import { MathFormula } from "./MathFormula.tsx";
import { CheckYourself } from "../exercises/CheckYourself.tsx";
import { MermaidDiagram } from "./MermaidDiagram.tsx";
import { ProjectionExample } from "../examples/projection/ProjectionExample.tsx";
import { CausalMaskExample } from "../examples/causal-mask/CausalMaskExample.tsx";
import { ScalingPlot } from "../examples/scaling/ScalingPlot.tsx";
import { ScalingTable } from "../examples/scaling/table/ScalingTable.tsx";
import { SoftmaxExample } from "../examples/softmax/SoftmaxExample.tsx";
import { DotProductExample } from "../examples/dot-product/DotProductExample.tsx";
import { EmbeddingLookup } from "../examples/embedding-lookup/EmbeddingLookup.tsx";
import { MatrixProductExample } from "../examples/matrix-product/MatrixProductExample.tsx";
import { ScoresExample } from "../examples/scores/ScoresExample.tsx";
import { WeightedSumExample } from "../examples/weighted-sum/WeightedSumExample.tsx";
import { CacheSizeCalculator } from "../examples/cache-size/CacheSizeCalculator.tsx";
import { CacheSizeTable } from "../examples/cache-size/table/CacheSizeTable.tsx";
import { DecodeWorkTable } from "../examples/decode-work/DecodeWorkTable.tsx";
import { KvCacheStepper } from "../examples/kv-cache/KvCacheStepper.tsx";

/**
 * Wraps an interactive component for MDX: props are checked against its schema (the build has
 * checked them already; this guards pages rendered in dev), then it renders as an island.
 */
function island<P extends { id: string }>(name: IslandName, Component: ComponentType<P>): ComponentType<P> {
  const schema = exampleSchemas[name] as z.ZodType<P>;
  function IslandWrapper(props: P) {
    const problem = describePropsProblem(name, schema, props);
    if (problem) throw new Error(problem);
    const parsed = schema.parse(props);
    return (
      <Island name={name} id={parsed.id} props={parsed}>
        <Component {...parsed} />
      </Island>
    );
  }
  IslandWrapper.displayName = `Island(${name})`;
  return IslandWrapper;
}

/** Every component MDX content may use, by the name it uses. Content never imports components. */
export const mdxComponents = {
  ProjectionExample: island("ProjectionExample", ProjectionExample),
  ScalingPlot: island("ScalingPlot", ScalingPlot),
  ScalingTable,
  SoftmaxExample: island("SoftmaxExample", SoftmaxExample),
  CausalMaskExample: island("CausalMaskExample", CausalMaskExample),
  EmbeddingLookup: island("EmbeddingLookup", EmbeddingLookup),
  DotProductExample: island("DotProductExample", DotProductExample),
  MatrixProductExample: island("MatrixProductExample", MatrixProductExample),
  ScoresExample: island("ScoresExample", ScoresExample),
  WeightedSumExample: island("WeightedSumExample", WeightedSumExample),
  AttentionMapExample: island("AttentionMapExample", AttentionMapExample),
  AttentionStep: island("AttentionStep", AttentionStep),
  MultiHeadExample: island("MultiHeadExample", MultiHeadExample),
  CacheSizeCalculator: island("CacheSizeCalculator", CacheSizeCalculator),
  CacheSizeTable,
  DecodeWorkTable,
  KvCacheStepper: island("KvCacheStepper", KvCacheStepper),
  /** Static questions with answers, plus an island that loads the interactive exercises. */
  CheckYourself,
  MathFormula,
  MermaidDiagram,
} as unknown as Record<string, ComponentType<never>>;
