/**
 * The server's registry of the components MDX may use, built from every example folder's
 * `example.ts` and "Check yourself"'s (src/examples/manifest.ts): their props schemas, by name, and
 * which ones get embed pages. No React here: the build loads this module on its own to check the
 * props written in content/ (build/component-registry.ts), so a ragged matrix fails the build at
 * its line, not in a learner's browser.
 */
import type { z } from "zod";
import type { ExampleManifest } from "../examples/manifest.ts";
import type { ValueOffer } from "../values/types.ts";
import { aboutAuthoredSchema, valueSchema } from "../values/values.schema.ts";
import { stepTabSchema, stepTabsSchema } from "./step-tabs.schema.ts";

/** Every `example.ts` MDX may use, in path order (the worksheet island, src/exercises/worksheet/, is not one). */
export const manifests: readonly ExampleManifest[] = Object.values(
  import.meta.glob<ExampleManifest>(["/src/examples/**/example.ts", "/src/exercises/example.ts"], { eager: true }),
);

/** Components the build inserts for `$…$` and ```mermaid blocks; not written by hand, no props to check. */
export const buildInserted = ["MathFormula", "MermaidDiagram"] as const;

/**
 * The props schema of every component an MDX page may use, by name; null for one without props to
 * check (a component that takes none, and the build-inserted ones).
 */
export const componentSchemas: Readonly<Record<string, z.ZodType | null>> = {
  ...Object.fromEntries(
    await Promise.all(
      manifests.map(async (manifest) => [manifest.name, manifest.props ? await manifest.props() : null] as const),
    ),
  ),
  ...Object.fromEntries(buildInserted.map((name) => [name, null])),
  // Value references (src/values/): written in prose, resolved by build/remark-values.ts.
  Value: valueSchema,
  AboutAuthored: aboutAuthoredSchema,
  // A walk-through shown one step at a time (src/mdx/StepTabs.tsx).
  StepTabs: stepTabsSchema,
  StepTab: stepTabSchema,
};

/** The value offer of every component that has one, by name (see ExampleManifest.values). */
export const componentValues: Readonly<Record<string, ValueOffer<never>>> = Object.fromEntries(
  await Promise.all(
    manifests.flatMap((manifest) =>
      manifest.values ? [manifest.values().then((offer) => [manifest.name, offer] as const)] : [],
    ),
  ),
);

/** The components whose uses get an embed page (worked examples, not exercises or static tables). */
export const embeddable: ReadonlySet<string> = new Set(
  manifests.filter((manifest) => manifest.embed).map((manifest) => manifest.name),
);
