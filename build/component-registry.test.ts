import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import * as registry from "../src/mdx/registry.ts";
import { importComponentRegistry } from "./component-registry.ts";

const root = resolve(import.meta.dirname, "..");

describe("importComponentRegistry", () => {
  it("importComponentRegistry(root) loads the same components and schemas the site renders with, outside Vite's dev server", async () => {
    const loaded = await importComponentRegistry(root);
    expect(Object.keys(loaded.componentSchemas).sort()).toEqual(Object.keys(registry.componentSchemas).sort());
    expect(loaded.buildInserted).toEqual(registry.buildInserted);
    const projection = loaded.componentSchemas.ProjectionExample!;
    expect(
      projection.safeParse({
        id: "a",
        x: [2, 3],
        W: [
          [1, 10],
          [0, -1],
        ],
      }).success,
    ).toBe(true);
    expect(projection.safeParse({ id: "a", x: [2, 3], W: [[1, 2], [3]] }).success).toBe(false);
  });
});
