// Build time against page count: copies the project's sources to a temporary folder (node_modules
// linked, not copied), adds N synthetic concept pages to its content/ and times `vite build` there.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CPU_HOOK = fileURLToPath(new URL("./cpu-usage.mjs", import.meta.url));

/** What a build reads: sources, content, config. dist/ and node_modules are not copied. */
const PROJECT_ENTRIES = [
  "src",
  "build",
  "content",
  "public",
  "index.html",
  "vite.config.ts",
  "tsconfig.json",
  "package.json",
];

/**
 * One synthetic concept page, `synthetic-<i>.mdx`: about the length of a short real page, with
 * prose, two sections, a list, inline and display math (typeset by MathJax at build time), and no
 * islands or diagrams.
 */
function syntheticPage(i) {
  return `---
title: Synthetic concept ${i}
summary: A generated page for timing the build; it has prose, two sections, a list and three formulas.
category: foundations
order: ${100 + i}
---

This page exists only to measure how the build grows with the number of pages. Its entry ${i} of a
made-up vector is $x_{${i}} = ${i} \\cdot 2 = ${i * 2}$, and the weighted sum it stands for is

$$
y_{${i}} = \\sum_{k=0}^{${(i % 7) + 2}} w_{${i}k} \\, x_k
$$

## A first section

Three short points, so the page has a list:

- the sum above runs over ${(i % 7) + 3} terms;
- every term is a product of two numbers;
- the result is a single number.

## A second section

A softmax weight, to give MathJax a fraction to typeset:

$$
a_{${i}j} = \\frac{\\exp(s_{${i}j})}{\\sum_k \\exp(s_{${i}k})}
$$
`;
}

function timeBuild(cwd, outDir, viteBin, timeoutMs) {
  const started = performance.now();
  const result = spawnSync(process.execPath, ["--import", CPU_HOOK, viteBin, "build"], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, SITE_OUT_DIR: outDir },
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (result.status !== 0)
    throw new Error(
      `vite build in ${cwd} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}\n${result.stderr}`,
    );
  const pages = Number(/prerendered (\d+) pages/.exec(result.stdout)?.[1] ?? NaN);
  const cpuMs = Number(/BENCH_CPU_MS ([\d.]+)/.exec(result.stderr)?.[1] ?? NaN);
  return { ms, cpuMs, pages };
}

/** Least-squares line through (x, y) points, and its R². */
export function linearFit(points) {
  const n = points.length;
  const mean = (values) => values.reduce((a, b) => a + b, 0) / n;
  const mx = mean(points.map((p) => p.x));
  const my = mean(points.map((p) => p.y));
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const ssTot = points.reduce((s, p) => s + (p.y - my) ** 2, 0);
  const ssRes = points.reduce((s, p) => s + (p.y - (intercept + slope * p.x)) ** 2, 0);
  return { slope, intercept, r2: ssTot === 0 ? 1 : 1 - ssRes / ssTot };
}

/**
 * Times the build with `counts` synthetic pages added to the real ones, `runs` times each (the
 * fastest run is kept, so a busy moment on a shared machine does not count), after one unmeasured
 * warm-up build: wall-clock time and the build process's CPU time, each with a linear fit. Removes the temporary copy and its server bundle afterwards.
 */
export function measureBuildScaling({ root, viteBin, counts = [0, 10, 50, 100], runs = 2, timeoutMs = 5 * 60_000 }) {
  const temp = mkdtempSync(join(tmpdir(), "attention-bench-"));
  const outDir = join(temp, "out");
  const serverBundle = join(root, "node_modules", ".attention-ssr", outDir.replace(/[^a-zA-Z0-9_-]+/g, "_"));
  try {
    for (const entry of PROJECT_ENTRIES) {
      if (existsSync(join(root, entry))) cpSync(join(root, entry), join(temp, entry), { recursive: true });
    }
    symlinkSync(join(root, "node_modules"), join(temp, "node_modules"), "dir");
    const content = join(temp, "content");
    const setSynthetic = (count) => {
      for (const file of readdirSync(content)) if (file.startsWith("synthetic-")) unlinkSync(join(content, file));
      for (let i = 1; i <= count; i++) writeFileSync(join(content, `synthetic-${i}.mdx`), syntheticPage(i));
    };
    setSynthetic(0);
    timeBuild(temp, outDir, viteBin, timeoutMs); // warm-up: file system cache, Node's compile cache
    const rows = [];
    for (const count of counts) {
      setSynthetic(count);
      const samples = Array.from({ length: runs }, () => timeBuild(temp, outDir, viteBin, timeoutMs));
      rows.push({
        synthetic: count,
        pages: samples[0].pages,
        ms: Math.min(...samples.map((s) => s.ms)),
        cpuMs: Math.min(...samples.map((s) => s.cpuMs)),
        all: samples.map((s) => s.ms),
      });
    }
    return {
      rows,
      fit: linearFit(rows.map((row) => ({ x: row.pages, y: row.ms }))),
      cpuFit: linearFit(rows.map((row) => ({ x: row.pages, y: row.cpuMs }))),
    };
  } finally {
    rmSync(temp, { recursive: true, force: true });
    rmSync(serverBundle, { recursive: true, force: true });
  }
}
