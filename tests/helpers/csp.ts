import type { Page } from "@playwright/test";

/**
 * Collects the Content-Security-Policy violations a page reports (the `securitypolicyviolation`
 * event), from before its first script; call before `page.goto`. Returns a reader of the list.
 * (The same watch as in tests/quality-routes.spec.ts, shared for the search and offline tests.)
 */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
      );
    });
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}
