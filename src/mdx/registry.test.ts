import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildInserted, componentSchemas, embeddable, manifests } from "./registry.ts";
import { mdxComponents } from "./components.tsx";
import { islandLoaders, NotAnIsland } from "../islands/registry.ts";
import { projectionExampleSchema } from "../examples/projection/ProjectionExample.schema.ts";

/** Every folder below src/examples/ that holds an example.ts. */
function exampleFolders(dir = new URL("../examples/", import.meta.url)): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory()) return [];
    const folder = new URL(`${entry.name}/`, dir);
    const own = readdirSync(folder).includes("example.ts") ? [folder.pathname] : [];
    return [...own, ...exampleFolders(folder)];
  });
}

/**
 * Islands of site pages rather than of MDX: the worksheet and answer key
 * (src/exercises/worksheet/) and the lesson page (src/lesson/).
 */
const PAGE_ISLANDS = ["Lesson", "Worksheet"];

describe("componentSchemas", () => {
  it("componentSchemas registers ProjectionExample with its schema and the build-inserted components with null", () => {
    expect(componentSchemas.ProjectionExample).toBe(projectionExampleSchema);
    for (const name of buildInserted) expect(componentSchemas[name]).toBeNull();
  });

  it("componentSchemas, the island loaders and the MDX components name the same components", () => {
    const schemaNames = Object.keys(componentSchemas).sort();
    expect(Object.keys(mdxComponents).sort()).toEqual(schemaNames);
    for (const manifest of manifests.filter((each) => each.island))
      expect(componentSchemas[manifest.name], manifest.name).toBeInstanceOf(z.ZodType);
    for (const name of Object.keys(islandLoaders).filter((each) => !PAGE_ISLANDS.includes(each)))
      expect(Object.keys(componentSchemas), name).toContain(name);
    for (const island of PAGE_ISLANDS) expect(componentSchemas[island], `${island} is not for MDX`).toBeUndefined();
  });

  it.each(Object.entries(componentSchemas))("componentSchemas.%s is null or a zod schema", (_name, schema) => {
    expect(schema === null || schema instanceof z.ZodType).toBe(true);
  });

  it.each(Object.entries(componentSchemas).filter(([, schema]) => schema !== null))(
    "componentSchemas.%s describes every prop",
    (_name, schema) => {
      const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
      expect(Object.keys(shape).length).toBeGreaterThan(0);
      for (const [prop, field] of Object.entries(shape))
        expect(field.description, `description of ${prop}`).toBeTruthy();
    },
  );
});

describe("manifests (every example.ts)", () => {
  it("manifests has one entry per example folder, plus Check yourself", () => {
    expect(manifests.length).toBe(exampleFolders().length + 1);
    expect(manifests.map((manifest) => manifest.name)).toContain("CheckYourself");
  });

  it("manifests name each component once, in PascalCase", () => {
    const names = manifests.map((manifest) => manifest.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[A-Z][A-Za-z]+$/);
  });

  it.each(manifests.map((manifest) => [manifest.name, manifest] as const))(
    "%s's example.ts has an island or a view, and embeds only as an island",
    async (_name, manifest) => {
      expect(manifest.island !== null || manifest.view !== undefined).toBe(true);
      if (manifest.embed) expect(manifest.island).not.toBeNull();
      expect(typeof manifest.embed).toBe("boolean");
      if (manifest.island) expect(typeof (await manifest.island())).toBe("function");
      if (manifest.view) expect(typeof (await manifest.view())).toBe("function");
    },
  );

  it("embeddable lists the worked examples, not Check yourself or the static tables", () => {
    expect(embeddable.has("ProjectionExample")).toBe(true);
    expect(embeddable.has("KvCacheStepper")).toBe(true);
    for (const name of ["CheckYourself", "ScalingTable", "CacheSizeTable", "DecodeWorkTable", "MathFormula"])
      expect(embeddable.has(name), name).toBe(false);
  });

  it("islandLoaders names every example; a static figure's loader refuses, an island's gives its component", async () => {
    expect(Object.keys(islandLoaders).sort()).toEqual(
      [...manifests.map((manifest) => manifest.name), ...PAGE_ISLANDS].sort(),
    );
    for (const manifest of manifests.filter((each) => !each.island))
      await expect(islandLoaders[manifest.name]!(), manifest.name).rejects.toBeInstanceOf(NotAnIsland);
    await expect(islandLoaders.ProjectionExample!()).resolves.toBe(
      (await import("../examples/projection/ProjectionExample.tsx")).ProjectionExample,
    );
  });
});
