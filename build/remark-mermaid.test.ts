import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compile } from "@mdx-js/mdx";
import remarkMath from "remark-math";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findChromium } from "./find-chromium.mjs";
import { closeMermaidRenderer, mermaidCacheKey } from "./mermaid.ts";
import { remarkMathSvg } from "./remark-math-svg.ts";
import { captionFromMeta, remarkMermaid } from "./remark-mermaid.ts";
import { narrowVariantSource } from "./mermaid-variants.ts";

let cacheDir: string;
beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), "remark-mermaid-"));
});
afterAll(async () => {
  await closeMermaidRenderer();
  await rm(cacheDir, { recursive: true, force: true });
});

/** Compiles MDX with the site's remark plugins, for a file inside the project. */
function compileMdx(value: string) {
  return compile(
    { value, path: `${process.cwd()}/content/qkv.mdx` },
    { remarkPlugins: [remarkMath, [remarkMathSvg], [remarkMermaid, { cacheDir }]] },
  );
}

const withBrowser = findChromium() ? it : it.skip;
const browserNote = findChromium() ? "" : " (SKIPPED: findChromium() found no Chromium)";

describe("captionFromMeta", () => {
  it("reads caption=\"…\" or caption='…' and rejects missing or empty captions", () => {
    expect(captionFromMeta('caption="One row becomes Q, K, and V"')).toBe("One row becomes Q, K, and V");
    expect(captionFromMeta("id=x caption='It\"s fine'")).toBe('It"s fine');
    expect(captionFromMeta('caption=""')).toBeUndefined();
    expect(captionFromMeta('title="x"')).toBeUndefined();
    expect(captionFromMeta(null)).toBeUndefined();
  });
});

describe("remarkMermaid", () => {
  it("fails when a diagram has no caption, naming file and line", async () => {
    const mdx = "# Q, K, V\n\nText.\n\n```mermaid\nflowchart LR\n  A --> B\n```\n";
    await expect(compileMdx(mdx)).rejects.toThrow(
      'content/qkv.mdx:5: every diagram needs a caption: add caption="…" after ```mermaid',
    );
  });

  it("uses the cache, labels the SVG with the caption and leaves other code blocks alone", async () => {
    const source = "flowchart LR\n  Cached --> Diagram";
    await writeFile(join(cacheDir, `${mermaidCacheKey(source)}.svg`), '<svg id="mmd-test" role="img"><g/></svg>');
    await writeFile(
      join(cacheDir, `${mermaidCacheKey(narrowVariantSource(source)!)}.svg`),
      '<svg id="mmd-narrow" role="img"><g/></svg>',
    );
    const mdx = `Math $x$ too.\n\n\`\`\`mermaid caption="A cached diagram"\n${source}\n\`\`\`\n\n\`\`\`js\nconst a = 1;\n\`\`\`\n`;
    const out = String(await compileMdx(mdx));
    expect(out).toMatch(
      /MermaidDiagram, \{\s*svg: "<svg aria-label=\\"A cached diagram\\" id=\\"mmd-test\\" role=\\"img\\"><g\/><\/svg>",\s*caption: "A cached diagram"/,
    );
    expect(out).toContain("const a = 1;");
    expect(out).toContain("MathFormula");
  });

  withBrowser(
    `renders a diagram into MermaidDiagram with its SVG${browserNote}`,
    async () => {
      const mdx =
        '# Q, K, V\n\n```mermaid caption="One embedding row becomes Q, K, and V"\n' +
        "flowchart LR\n  X[One embedding row x] --> WQ[Multiply by Wq]\n  WQ --> Q[Query row]\n```\n\n" +
        '```mermaid caption="The same diagram again"\n' +
        "flowchart LR\n  X[One embedding row x] --> WQ[Multiply by Wq]\n  WQ --> Q[Query row]\n```\n";
      const out = String(await compileMdx(mdx));
      expect(out).toContain("MermaidDiagram");
      expect(out).toMatch(/svg: "<svg aria-label=\\"One embedding row becomes Q, K, and V\\" id=\\"mmd-[0-9a-f]{8}\\"/);
      expect(out).toContain("Multiply");
      expect(out).toContain('caption: "One embedding row becomes Q, K, and V"');
      // The repeated diagram gets its own ids.
      expect(out).toMatch(/id=\\"mmd-[0-9a-f]{8}-2\\"/);
    },
    60_000,
  );

  withBrowser(
    `fails on a Mermaid syntax error, naming file and line${browserNote}`,
    async () => {
      const mdx = 'Intro.\n\n```mermaid caption="Broken"\nflowchart LR\n  A --> B\n  B --> ((C\n```\n';
      // The fence is on line 3; Mermaid reports line 3 of the diagram, which is line 6 of the file.
      await expect(compileMdx(mdx)).rejects.toThrow(
        /^content\/qkv\.mdx:6: Mermaid could not parse this diagram: Parse error/,
      );
    },
    60_000,
  );
});
