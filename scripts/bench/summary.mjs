// The per-page part of the benchmark report: budgets, the two summary tables (with the compared
// run's figures in brackets), the JavaScript files, and every latency series.
import { FAIL, OK, cell, kb, kib, medianP95, ms, seconds, summarize, table } from "./report.mjs";
import { WARMUP } from "./latency.mjs";
import { LONG_TASK_MS } from "./load-main-thread.mjs";
import { gzipTotal } from "./page-js.mjs";

/** Budgets (KB = 1000 bytes). */
export const BUDGETS = {
  firstViewJs: 10_000,
  lighthouse: 99,
  tbt: 50,
  lcp: 1300,
  seo: 100,
  /** Cold first inspect, p95 at full CPU speed. */
  coldP95: 100,
  /** Warm hover-to-paint p95: one frame at 1×, under two at 4×. */
  hoverP95: { 1: 16, 4: 32 },
};

const summaryOf = (series) => (series ? summarize(series.samples.map((s) => s?.paint)) : undefined);
const compact = (s) => (s?.p95 === undefined ? undefined : { median: s.median, p95: s.p95 });

/** The figures of one page that a later run compares with (saved with --save). */
export function figuresOf(result, lh) {
  const byRate = (list) => Object.fromEntries(list.map((series) => [series.rate, compact(summaryOf(series))]));
  return {
    islands: result.islands,
    firstViewJs: gzipTotal(result.firstView),
    scrolledJs: gzipTotal(result.scrolled),
    lighthouse: lh && { score: lh.score, tbt: lh.tbt, lcp: lh.lcp, fcp: lh.fcp, cls: lh.cls, seo: lh.seo },
    cold: Object.fromEntries(
      result.cold.map((series) => [
        series.rate,
        {
          ...compact(summaryOf(series)),
          highlighted: series.samples.filter(Boolean).length,
          of: series.samples.length,
          awake: series.samples.filter((s) => s?.awake).length,
        },
      ]),
    ),
    hover: byRate(result.warm.filter((s) => s.kind === "hover")),
    key: byRate(result.warm.filter((s) => s.kind === "key")),
    load: result.load?.length
      ? {
          styleLayout: summarize(result.load.map((s) => s.styleLayout)).median,
          blocking: summarize(result.load.map((s) => s.blocking)).median,
        }
      : undefined,
  };
}

/** A cold series as text: median / p95, with the samples that were never highlighted or not cold. */
function coldText(figures) {
  if (!figures) return "—";
  const parts = [medianP95(figures)];
  if (figures.highlighted < figures.of) parts.push(`${figures.of - figures.highlighted}/${figures.of} lost`);
  if (figures.awake > 0) parts.push(`${figures.awake}/${figures.of} already awake`);
  return parts.join(", ");
}

/**
 * Prints the summary tables: every figure with ✓/✗ against its budget and, in brackets, the
 * compared run's figure for the same route. Returns the list of budget verdicts (true = met).
 */
export function printSummary(results, lighthouse, before, rates) {
  const verdicts = [];
  const judge = (ok) => {
    if (ok !== undefined) verdicts.push(ok);
    return ok;
  };
  const [slow] = rates.filter((rate) => rate !== 1);
  const was = (route) => before?.pages?.[route];

  console.log(
    `\nSummary per page: JavaScript and Lighthouse${before ? ` (in brackets: ${before.label}, ${before.date})` : ""}.\n` +
      `  Budgets: first view ≤ ${kb(BUDGETS.firstViewJs)} gzip; after scrolling the whole page ≤ the compared run; ` +
      `Lighthouse mobile ≥ ${BUDGETS.lighthouse}, TBT ≤ ${BUDGETS.tbt} ms, LCP ≤ ${BUDGETS.lcp / 1000} s, SEO ${BUDGETS.seo}.`,
  );
  console.log(
    table(
      ["route", "islands", "JS first view", "JS after scrolling", "Lighthouse", "TBT", "LCP", "SEO"],
      results.map((r) => {
        const now = figuresOf(r, lighthouse.get(r.route));
        const old = was(r.route);
        const lh = now.lighthouse;
        const oldLh = old?.lighthouse;
        return [
          r.route,
          String(r.islands),
          cell(kb(now.firstViewJs), judge(now.firstViewJs <= BUDGETS.firstViewJs), old && kb(old.firstViewJs)),
          cell(
            kb(now.scrolledJs),
            judge(old ? now.scrolledJs <= old.scrolledJs : undefined),
            old && kb(old.scrolledJs),
          ),
          lh?.score === undefined
            ? "—"
            : cell(String(lh.score), judge(lh.score >= BUDGETS.lighthouse), oldLh && String(oldLh.score)),
          lh?.tbt === undefined
            ? "—"
            : cell(`${lh.tbt.toFixed(0)} ms`, judge(lh.tbt <= BUDGETS.tbt), oldLh && `${oldLh.tbt.toFixed(0)} ms`),
          lh?.lcp === undefined
            ? "—"
            : cell(seconds(lh.lcp), judge(lh.lcp <= BUDGETS.lcp), oldLh && seconds(oldLh.lcp)),
          lh?.seo === undefined
            ? "—"
            : cell(
                String(lh.seo),
                judge(lh.seo >= BUDGETS.seo),
                oldLh?.seo === undefined ? undefined : String(oldLh.seo),
              ),
        ];
      }),
    ),
  );
  const failedSeo = [...lighthouse.entries()].filter(([, lh]) => lh.failedSeo?.length);
  if (failedSeo.length > 0) {
    console.log(
      `  SEO audits failed: ${failedSeo.map(([route, lh]) => `${route} ${lh.failedSeo.join(", ")}`).join("; ")}`,
    );
  }

  const inspectable = results.filter((r) => r.inspectable > 0);
  console.log(
    `\nSummary per page with inspectable numbers: inspect latency, median / p95${before ? " (in brackets: the compared run)" : ""}.\n` +
      `  Cold: first pointer-over on a number of an example that has not woken, to the painted highlight (budget p95 < ${BUDGETS.coldP95} ms at 1×).\n` +
      `  Warm: hover on an awake example (budget p95 ≤ ${BUDGETS.hoverP95[1]} ms at 1×, < ${BUDGETS.hoverP95[4]} ms at ${slow}× CPU slowdown).`,
  );
  console.log(
    table(
      ["route", "cold 1×", `cold ${slow}×`, "warm hover 1×", `warm hover ${slow}×`, `arrow key ${slow}×`],
      inspectable.map((r) => {
        const now = figuresOf(r, undefined);
        const old = was(r.route);
        const cold1 = now.cold[1];
        return [
          r.route,
          cell(
            coldText(cold1),
            judge(cold1 ? cold1.p95 !== undefined && cold1.p95 < BUDGETS.coldP95 : undefined),
            old && coldText(old.cold?.[1]),
          ),
          cell(coldText(now.cold[slow]), undefined, old && coldText(old.cold?.[slow])),
          cell(
            medianP95(now.hover[1]),
            judge(now.hover[1] && now.hover[1].p95 <= BUDGETS.hoverP95[1]),
            old && medianP95(old.hover?.[1]),
          ),
          cell(
            medianP95(now.hover[slow]),
            judge(now.hover[slow] && now.hover[slow].p95 < BUDGETS.hoverP95[4]),
            old && medianP95(old.hover?.[slow]),
          ),
          cell(medianP95(now.key[slow]), undefined, old && medianP95(old.key?.[slow])),
        ];
      }),
    ),
  );
  return verdicts;
}

/** Prints the JavaScript files loaded, on first view and after scrolling, largest first. */
export function printScripts(results) {
  const files = new Map();
  for (const r of results) {
    const firstView = new Set(r.firstView.map((f) => f.url));
    for (const file of r.scrolled) {
      const entry = files.get(file.file) ?? { ...file, first: 0, scrolled: 0 };
      entry.scrolled += 1;
      if (firstView.has(file.url)) entry.first += 1;
      files.set(file.file, entry);
    }
  }
  if (files.size === 0) return;
  console.log("\nJavaScript files loaded (largest first; pages that load each on first view, and after scrolling)");
  console.log(
    table(
      ["file", "raw", "gzip", "first view", "after scrolling", "contains"],
      [...files.values()]
        .sort((a, b) => b.gzip - a.gzip)
        .map((f) => [
          f.file,
          `${f.bytes} B`,
          `${kb(f.gzip)} (${kib(f.gzip)})`,
          String(f.first),
          String(f.scrolled),
          f.libraries.join(", ") || "—",
        ]),
    ),
  );
  const libraries = [...new Set(results.flatMap((r) => r.scrolled.flatMap((f) => f.libraries)))];
  console.log(
    `  MathJax or Mermaid in the browser: ${libraries.length === 0 ? `${OK} none` : `${FAIL} ${libraries.join(", ")}`}`,
  );
  return libraries.length === 0;
}

/** Prints every latency series: warm hover and arrow keys, then cold first inspects. */
export function printLatencies(results, warmSamples, coldSamples, viewport) {
  const rows = results.flatMap((r) =>
    [...r.warm, ...r.cold.map((series) => ({ ...series, kind: "cold" }))].map(({ kind, rate, samples }) => {
      const missed = samples.filter((s) => s === null).length;
      const painted = samples.filter((s) => s !== null);
      const paint = summarize(samples.map((s) => s?.paint));
      const commit = summarize(samples.map((s) => s?.commit));
      return [
        r.route,
        kind === "cold" ? "cold hover" : kind === "hover" ? "hover" : "arrow key",
        rate === 1 ? "1×" : `${rate}× slower`,
        `${paint.n}/${samples.length}`,
        ms(summarize(samples.map((s) => s?.delay)).median),
        ms(commit.median),
        ms(paint.median),
        ms(paint.p95),
        painted.length === 0
          ? "—"
          : `${Math.round((100 * painted.filter((s) => s.frames === 1).length) / painted.length)} %`,
        missed > 0
          ? `${missed} not highlighted`
          : kind === "cold"
            ? `${painted.filter((s) => s.awake).length} awake`
            : "",
      ];
    }),
  );
  console.log(
    `\nInput-to-paint latency (${viewport.width}×${viewport.height}). Warm: ${warmSamples} samples per row after ${WARMUP} warm-up, alternating\n` +
      "  buttons of awake examples. Cold: one sample per fresh page (empty cache), its first example not yet woken; the\n" +
      `  pointer moves onto one of its numbers after the load event (${coldSamples} pages per row). Timed from the event's\n` +
      '  dispatch to the DOM commit (data-role="inspected") and to the end of the first frame that shows it; "queued" is how\n' +
      '  long the browser held the event before dispatching it; "1st frame": samples painted in the first frame after it.',
  );
  if (rows.length === 0) console.log("  No page has inspectable numbers.");
  else {
    console.log(
      table(
        [
          "route",
          "input",
          "CPU",
          "samples",
          "queued median",
          "commit median",
          "paint median",
          "paint p95",
          "1st frame",
          "note",
        ],
        rows,
      ),
    );
  }
}

/**
 * The main thread while each page loads at 1× on a phone-sized window (medians of `loads` traced
 * loads): style and layout time, and blocking time (each task's time beyond LONG_TASK_MS, which at
 * 4× CPU slowdown is beyond Lighthouse's 50 ms). A report beside Lighthouse's TBT, without a budget.
 */
export function printLoadMainThread(results, before, loads) {
  const measured = results.filter((r) => r.load?.length);
  if (measured.length === 0) return;
  console.log(
    `\nMain thread while a page loads, 1×, 412 px phone window (median of ${loads} loads, navigation to 1 s after load).\n` +
      `  Blocking: each task's time beyond ${LONG_TASK_MS} ms (beyond 50 ms at 4× CPU slowdown), summed.`,
  );
  console.log(
    table(
      ["route", "style + layout", "blocking"],
      measured.map((r) => {
        const now = figuresOf(r, undefined).load;
        const old = before?.pages?.[r.route]?.load;
        return [
          r.route,
          cell(ms(now.styleLayout), undefined, old && ms(old.styleLayout)),
          cell(ms(now.blocking), undefined, old && ms(old.blocking)),
        ];
      }),
    ),
  );
}
