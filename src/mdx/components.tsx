import type { ComponentType } from "react";
import type { z } from "zod";
import { Island } from "../islands/Island.tsx";
import type { ExampleManifest } from "../examples/manifest.ts";
import { describePropsProblem } from "./props-problem.ts";
import { componentSchemas, manifests } from "./registry.ts";
import { MathFormula } from "./MathFormula.tsx";
import { MermaidDiagram } from "./MermaidDiagram.tsx";
import { Value } from "../values/Value.tsx";
import { AboutAuthored } from "../values/AboutAuthored.tsx";
import { StepTab, StepTabs } from "./StepTabs.tsx";

/**
 * Wraps an interactive component for MDX: props are checked against its schema (the build has
 * checked them already; this guards pages rendered in dev), then it renders as an island.
 */
function island<P extends { id: string }>(
  name: string,
  Component: ComponentType<P>,
  schema: z.ZodType<P>,
): ComponentType<P> {
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

/** What MDX renders for one `example.ts`: its view, or its island in an <Island> wrapper. */
async function componentOf(manifest: ExampleManifest): Promise<ComponentType<never>> {
  if (manifest.view) return manifest.view();
  const schema = componentSchemas[manifest.name];
  if (!manifest.island || !schema)
    throw new Error(`${manifest.name}: an example.ts needs a view, or an island and its props schema.`);
  return island(
    manifest.name,
    (await manifest.island()) as ComponentType<{ id: string }>,
    schema as z.ZodType<{ id: string }>,
  ) as ComponentType<never>;
}

/**
 * Every component MDX content may use, by the name it uses: each example folder's (see
 * src/examples/manifest.ts) and the two the build inserts. Content never imports components.
 */
export const mdxComponents: Readonly<Record<string, ComponentType<never>>> = {
  ...Object.fromEntries(
    await Promise.all(manifests.map(async (manifest) => [manifest.name, await componentOf(manifest)] as const)),
  ),
  MathFormula: MathFormula as ComponentType<never>,
  MermaidDiagram: MermaidDiagram as ComponentType<never>,
  Value: Value as ComponentType<never>,
  AboutAuthored: AboutAuthored as ComponentType<never>,
  StepTabs: StepTabs as ComponentType<never>,
  StepTab: StepTab as ComponentType<never>,
};
