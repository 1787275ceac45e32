/**
 * End to end: a broken concept file goes through the same remark plugins as the site build
 * (vite.config.ts) and the error an author sees names the file, the line and the fix.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { compile } from "@mdx-js/mdx";
import remarkFrontmatter from "remark-frontmatter";
import remarkMath from "remark-math";
import { VFile } from "vfile";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findChromium } from "./find-chromium.mjs";
import { closeMermaidRenderer } from "./mermaid.ts";
import { remarkCheckComponents } from "./remark-check-components.ts";
import { importComponentRegistry } from "./component-registry.ts";
import { remarkMathSvg } from "./remark-math-svg.ts";
import { remarkMermaid } from "./remark-mermaid.ts";

const root = resolve(import.meta.dirname, "..");
const fixtures = "tests/fixtures/broken-content";

// An empty cache, so nothing is read from or written to build/mermaid-cache.
let cacheDir: string;
beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), "content-errors-"));
});
afterAll(async () => {
  await closeMermaidRenderer();
  await rm(cacheDir, { recursive: true, force: true });
});

/** Compiles a fixture as the site does, with its absolute path as @mdx-js/rollup passes it. */
async function compileFixture(name: string) {
  const path = resolve(root, fixtures, name);
  const file = new VFile({ path, value: await readFile(path, "utf8") });
  return compile(file, {
    remarkPlugins: [
      remarkFrontmatter,
      remarkMath,
      remarkMathSvg,
      [remarkMermaid, { cacheDir }],
      [remarkCheckComponents, { registry: () => importComponentRegistry(root) }],
    ],
  });
}

const hasChromium = findChromium() !== undefined;

describe("content errors through the site's MDX pipeline", () => {
  it.each([
    {
      fixture: "tex-error.mdx",
      where: `${fixtures}/tex-error.mdx:10:1`,
      parts: ['TeX error in formula "\\frac{1}{"', "Missing close brace"],
      fix: "Fix the TeX (braces, commands) in this formula.",
    },
    {
      fixture: "diagram-without-caption.mdx",
      where: `${fixtures}/diagram-without-caption.mdx:10`,
      parts: ["every diagram needs a caption"],
      fix: 'add caption="…" after ```mermaid',
    },
    {
      fixture: "ragged-matrix.mdx",
      where: `${fixtures}/ragged-matrix.mdx:12`,
      parts: ['<ProjectionExample> prop "W"', "Row 1 has 1 entry but row 0 has 2", "Received [[1, 10], [0]]"],
      fix: "Expected a matrix as a list of rows, one row per entry of x",
    },
  ])("compiling $fixture fails with its path, line and a fix", async ({ fixture, where, parts, fix }) => {
    const error: Error = await compileFixture(fixture).then(
      () => expect.fail(`${fixture} compiled; expected an error`),
      (reason: Error) => reason,
    );
    expect(error.message.startsWith(`${where}: `)).toBe(true);
    for (const part of parts) expect(error.message).toContain(part);
    expect(error.message).toContain(fix);
  });

  it.skipIf(!hasChromium)(
    `compiling mermaid-syntax-error.mdx fails with its path, line and a fix${hasChromium ? "" : " (SKIPPED: findChromium() found no Chromium to run Mermaid's parser)"}`,
    async () => {
      const error: Error = await compileFixture("mermaid-syntax-error.mdx").then(
        () => expect.fail("mermaid-syntax-error.mdx compiled; expected an error"),
        (reason: Error) => reason,
      );
      // The fence is line 10 and Mermaid reports line 3 of the diagram: line 13 of the file.
      expect(error.message).toMatch(
        /^tests\/fixtures\/broken-content\/mermaid-syntax-error\.mdx:13: Mermaid could not parse this diagram: Parse error/,
      );
      expect(error.message).toContain("Check the diagram syntax");
      expect(error.message).toContain("https://mermaid.js.org/intro/syntax-reference.html");
    },
    60_000,
  );
});
