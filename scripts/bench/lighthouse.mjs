// Lighthouse for the benchmark: the default (mobile) configuration, performance and SEO categories.
// Lighthouse 12.2.3 is the version installed here: 12.8 (named in the issue) could not be installed
// on this machine. It drives a Chromium started by playwright-core with a remote-debugging port.
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "../../build/find-chromium.mjs";

/**
 * Runs Lighthouse once per route against `baseUrl` and returns, per route, the performance and SEO
 * scores (0–100), LCP, FCP and TBT in ms, CLS, the SEO audits that failed, and the run's error or
 * warnings if any. Mobile form factor with Lighthouse's
 * simulated throttling (a mid-range phone on slow 4G), as on PageSpeed Insights.
 */
export async function lighthouseReports({ executablePath, baseUrl, routes, port }) {
  const browser = await chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
  const reports = new Map();
  try {
    for (const route of routes) {
      const result = await lighthouse(baseUrl + route, {
        port,
        onlyCategories: ["performance", "seo"],
        output: "json",
        logLevel: "error",
      });
      const lhr = result?.lhr;
      const score = lhr?.categories.performance.score;
      const seo = lhr?.categories.seo?.score;
      const failedSeo = (lhr?.categories.seo?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
        .map((ref) => ref.id);
      reports.set(route, {
        score: typeof score === "number" ? Math.round(score * 100) : undefined,
        seo: typeof seo === "number" ? Math.round(seo * 100) : undefined,
        failedSeo,
        lcp: lhr?.audits["largest-contentful-paint"]?.numericValue,
        fcp: lhr?.audits["first-contentful-paint"]?.numericValue,
        tbt: lhr?.audits["total-blocking-time"]?.numericValue,
        cls: lhr?.audits["cumulative-layout-shift"]?.numericValue,
        problem: lhr?.runtimeError?.message ?? (lhr?.runWarnings?.length ? lhr.runWarnings.join("; ") : undefined),
        version: lhr?.lighthouseVersion,
        formFactor: lhr?.configSettings.formFactor,
      });
    }
  } finally {
    await browser.close();
  }
  return reports;
}
