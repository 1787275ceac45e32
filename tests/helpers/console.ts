import { expect, type Page } from "@playwright/test";

/** One console error or warning, or an uncaught exception, seen on a page. */
export interface ConsoleProblem {
  readonly kind: "error" | "warning" | "pageerror";
  readonly text: string;
}

export interface ConsoleWatch {
  /** Everything collected so far. */
  readonly problems: readonly ConsoleProblem[];
  /** Fails the test if any console error, warning or page error has been seen; `when` names the moment. */
  expectNone(when: string): void;
}

/**
 * Collects console errors and warnings and uncaught exceptions (pageerror) from the moment it is
 * called; call it before `page.goto`. React reports hydration mismatches as console errors, so a
 * clean watch after hydration means server and browser rendered the same markup.
 *
 * `ignore` drops messages that are expected, e.g. the browser's own "status of 404" line when a
 * test deliberately loads a missing page.
 */
export function watchConsole(page: Page, ignore: readonly RegExp[] = []): ConsoleWatch {
  const problems: ConsoleProblem[] = [];
  const keep = (problem: ConsoleProblem) => {
    // Playwright's own line when the config blocks service workers (playwright.config.ts).
    if (problem.text.startsWith("Service Worker registration blocked by Playwright")) return;
    if (!ignore.some((pattern) => pattern.test(problem.text))) problems.push(problem);
  };
  page.on("console", (message) => {
    const type = message.type();
    if (type === "error" || type === "warning") {
      const location = message.location();
      const where = location.url ? ` (${location.url}:${location.lineNumber})` : "";
      keep({ kind: type, text: `${message.text()}${where}` });
    }
  });
  page.on("pageerror", (error) => keep({ kind: "pageerror", text: `${error.name}: ${error.message}` }));
  return {
    problems,
    expectNone(when) {
      expect(
        problems.map((p) => `${p.kind}: ${p.text}`),
        `console problems ${when}`,
      ).toEqual([]);
    },
  };
}
