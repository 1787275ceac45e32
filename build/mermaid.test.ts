import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CHROMIUM_ARGS, findChromium } from "./find-chromium.mjs";
import { MERMAID_RENDERER_KEY } from "./mermaid-config.ts";
import { MermaidError, closeMermaidRenderer, mermaidCacheKey, mermaidElementId, renderMermaid } from "./mermaid.ts";

const QKV = `flowchart LR
  X[One embedding row x] --> WQ[Multiply by Wq]
  X --> WK[Multiply by Wk]
  X --> WV[Multiply by Wv]
  WQ --> Q[Query row]
  WK --> K[Key row]
  WV --> V[Value row]`;

const LABELS = [
  "One embedding row x",
  "Multiply by Wq",
  "Multiply by Wk",
  "Multiply by Wv",
  "Query row",
  "Key row",
  "Value row",
];

const chromium = findChromium();
/** Browser tests need a Chromium; without one they are skipped, and the reason is in the test name. */
const withBrowser = chromium ? describe : describe.skip;
const browserSuiteName = chromium
  ? "renderMermaid in Chromium"
  : "renderMermaid in Chromium (SKIPPED: findChromium() found no Chromium)";

/** Label text as a reader sees it: each `<text>`'s rows joined by spaces. */
function labelsOf(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)]
    .map((m) =>
      [
        ...(m[1] ?? "").matchAll(
          /<tspan class="text-outer-tspan[^>]*>([\s\S]*?)<\/tspan><\/tspan>|<tspan class="text-outer-tspan[^>]*>([\s\S]*?)<\/tspan>/g,
        ),
      ]
        .map((row) => (row[1] ?? row[2] ?? "").replace(/<[^>]+>/g, "").trim())
        .join(" ")
        .trim(),
    )
    .filter((text) => text !== "");
}

let cacheDir: string;
beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), "mermaid-cache-"));
});
afterAll(async () => {
  await closeMermaidRenderer();
  await rm(cacheDir, { recursive: true, force: true });
});

describe("mermaidCacheKey", () => {
  it("is a stable 20-hex-digit hash that changes with the source", () => {
    expect(mermaidCacheKey(QKV)).toMatch(/^[0-9a-f]{20}$/);
    expect(mermaidCacheKey(QKV)).toBe(mermaidCacheKey(QKV));
    expect(mermaidCacheKey(QKV + "\n")).not.toBe(mermaidCacheKey(QKV));
    expect(mermaidElementId(mermaidCacheKey(QKV))).toMatch(/^mmd-[0-9a-f]{8}$/);
  });
});

describe("closeMermaidRenderer", () => {
  // Vite loads the config once per build environment, so the copy of mermaid.ts whose
  // closeMermaidRenderer the build calls may not be the copy that opened the browser.
  it("closes a browser opened by another copy of the renderer module (shared global state)", async () => {
    const close = vi.fn(async () => undefined);
    const globals = globalThis as Record<symbol, unknown>;
    const saved = globals[MERMAID_RENDERER_KEY];
    globals[MERMAID_RENDERER_KEY] = {
      session: Promise.resolve({ browser: { close }, page: {} }),
      queue: Promise.resolve(),
    };
    try {
      await closeMermaidRenderer();
      expect(close).toHaveBeenCalledTimes(1);
      await closeMermaidRenderer();
      expect(close).toHaveBeenCalledTimes(1);
    } finally {
      globals[MERMAID_RENDERER_KEY] = saved;
    }
  });
});

describe("renderMermaid without Chromium", () => {
  it("returns a cached SVG without needing a browser", async () => {
    const source = "flowchart LR\n  A --> B";
    await writeFile(join(cacheDir, `${mermaidCacheKey(source)}.svg`), '<svg role="img">cached</svg>');
    await expect(renderMermaid(source, { cacheDir, where: "content/a.mdx:3", chromiumPath: null })).resolves.toBe(
      '<svg role="img">cached</svg>',
    );
  });

  it("explains how to get Chromium when a new diagram needs rendering", async () => {
    const promise = renderMermaid("flowchart LR\n  New --> Diagram", {
      cacheDir,
      where: "content/qkv.mdx:12",
      chromiumPath: null,
    });
    await expect(promise).rejects.toThrow(/^content\/qkv\.mdx:12: this Mermaid diagram is new or changed/);
    await expect(promise).rejects.toThrow(/must be rendered once in Chromium/);
    await expect(promise).rejects.toThrow(/CHROME_PATH/);
    await expect(promise).rejects.toThrow(/apt-get install -y chromium/);
    await expect(promise).rejects.toThrow(/npx playwright install chromium/);
  });

  it("names the diagram and the browser when Chromium cannot start", async () => {
    const promise = renderMermaid("flowchart LR\n  Needs --> Browser", {
      cacheDir,
      where: "content/qkv.mdx:30",
      chromiumPath: "/nonexistent/chromium",
    });
    await expect(promise).rejects.toThrow(
      /^content\/qkv\.mdx:30: .*Chromium \(\/nonexistent\/chromium\) failed to render it/,
    );
    await expect(promise).rejects.toThrow(/CHROME_PATH/);
  });
});

withBrowser(browserSuiteName, () => {
  let svg = "";
  let coldMs = 0;

  beforeAll(async () => {
    const start = performance.now();
    svg = await renderMermaid(QKV, { cacheDir, where: "content/qkv.mdx:20" });
    coldMs = performance.now() - start;
  }, 60_000);

  it("renders every label of the flowchart", () => {
    expect(svg.startsWith("<svg")).toBe(true);
    const labels = labelsOf(svg);
    for (const label of LABELS) expect(labels).toContain(label);
    expect(coldMs).toBeGreaterThan(0);
  });

  it('uses the deterministic id, role="img", the site font and dagre-style SVG text labels', () => {
    const id = mermaidElementId(mermaidCacheKey(QKV));
    expect(svg).toMatch(new RegExp(`^<svg id="${id}"`));
    expect(svg).toMatch(/^<svg\b[^>]*\srole="img"/);
    expect(svg).toContain('"IBM Plex Sans"');
    expect(svg).not.toContain("<foreignObject");
    expect(svg).toContain(`:where(#${id}) .node rect`);
    expect(svg).not.toMatch(new RegExp(`#${id} `));
  });

  it("serves the second call from the cache, without a browser", async () => {
    const start = performance.now();
    const again = await renderMermaid(QKV, { cacheDir, where: "content/qkv.mdx:20", chromiumPath: null });
    const cachedMs = performance.now() - start;
    expect(again).toBe(svg);
    expect(cachedMs).toBeLessThan(coldMs);
  });

  it("names the diagram from accTitle/accDescr", async () => {
    const out = await renderMermaid(
      `flowchart LR\n  accTitle: Q, K and V\n  accDescr: One row becomes three\n  A --> B`,
      {
        cacheDir,
        where: "content/a.mdx:1",
      },
    );
    const root = /^<svg\b[^>]*>/.exec(out)?.[0] ?? "";
    expect(root).toMatch(/aria-labelledby="chart-title-mmd-[0-9a-f]{8}"/);
    expect(root).toMatch(/aria-describedby="chart-desc-mmd-[0-9a-f]{8}"/);
    expect(out).toMatch(/<title id="chart-title-mmd-[0-9a-f]{8}">Q, K and V<\/title>/);
    expect(out).toMatch(/<desc id="chart-desc-mmd-[0-9a-f]{8}">One row becomes three<\/desc>/);
  });

  it("reports a syntax error as MermaidError at the file line of the bad diagram line", async () => {
    const bad = "flowchart LR\n  A --> B\n  B --> ((C";
    const promise = renderMermaid(bad, { cacheDir, where: "content/bad.mdx:7" });
    await expect(promise).rejects.toBeInstanceOf(MermaidError);
    // Mermaid reports line 3 of the diagram; the fence is on line 7, so the file line is 10.
    await expect(promise).rejects.toThrow(
      /^content\/bad\.mdx:10: Mermaid could not parse this diagram: Parse error on line 3 of the diagram:/,
    );
    await expect(promise).rejects.toThrow(/Check the diagram syntax/);
  });

  it("keeps `where` when Mermaid gives no line", async () => {
    const promise = renderMermaid("flowchrt LR\n  A --> B", { cacheDir, where: "content/bad.mdx:7" });
    await expect(promise).rejects.toThrow(
      /^content\/bad\.mdx:7: Mermaid could not parse this diagram: No diagram type detected/,
    );
  });

  it("renders concurrent calls (one shared browser) and reproduces the same SVG after a restart", async () => {
    const sources = [
      "flowchart TD\n  A[Prefill] --> B[KV cache]",
      "flowchart TD\n  B[KV cache] --> C[Decode step]",
      "flowchart TD\n  C --> D",
    ];
    const first = await Promise.all(sources.map((s, i) => renderMermaid(s, { cacheDir, where: `content/c.mdx:${i}` })));
    expect(new Set(first.map((svg) => /^<svg id="([^"]+)"/.exec(svg)?.[1])).size).toBe(3);

    await closeMermaidRenderer();
    const freshDir = await mkdtemp(join(tmpdir(), "mermaid-cache-"));
    try {
      const again = await renderMermaid(sources[0]!, { cacheDir: freshDir, where: "content/c.mdx:0" });
      expect(again).toBe(first[0]);
    } finally {
      await rm(freshDir, { recursive: true, force: true });
    }
  }, 60_000);

  it("can be themed by site CSS and scales down to a 360 px phone", async () => {
    const { chromium: pw } = await import("playwright-core");
    const browser = await pw.launch({ executablePath: chromium, args: [...CHROMIUM_ARGS] });
    try {
      const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
      await page.setContent(
        `<!doctype html><style>body{margin:0}.dark .node rect{fill:rgb(1, 2, 3)}.dark .flowchart-link{stroke:rgb(4, 5, 6)}` +
          `.dark .marker{fill:rgb(7, 8, 9)}.dark .label text{fill:rgb(10, 11, 12)}</style><div class="dark">${svg}</div>`,
      );
      const seen = await page.evaluate(() => {
        const style = (sel: string) => getComputedStyle(document.querySelector(sel)!);
        return {
          node: style(".node rect").fill,
          edge: style(".flowchart-link").stroke,
          marker: style(".marker").fill,
          label: style(".label text").fill,
          width: document.querySelector("svg")!.getBoundingClientRect().width,
          scrollWidth: document.documentElement.scrollWidth,
        };
      });
      expect(seen).toMatchObject({
        node: "rgb(1, 2, 3)",
        edge: "rgb(4, 5, 6)",
        marker: "rgb(7, 8, 9)",
        label: "rgb(10, 11, 12)",
      });
      expect(seen.width).toBeLessThanOrEqual(360);
      expect(seen.scrollWidth).toBeLessThanOrEqual(360);
    } finally {
      await browser.close();
    }
  }, 30_000);
});
