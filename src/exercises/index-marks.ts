/**
 * Index-page progress marks, in small vanilla TS (no React) so the site's chrome script can
 * lazy-import it. Expects each concept entry to carry `data-concept-slug="<slug>"` and one
 * `<div data-progress-controls>` for the "Clear progress" button.
 */
import { clearProgress, readProgress } from "./progress.ts";

const MARK_ATTR = "data-progress-mark";

/** "✓ 2 of 3 done" for the eye; screen readers hear "Check yourself: 2 of 3 exercises done". */
function fillMark(mark: HTMLElement, done: number, total: number): void {
  mark.replaceChildren();
  const visible = document.createElement("span");
  visible.setAttribute("aria-hidden", "true");
  visible.textContent = `✓ ${done} of ${total} done`;
  const spoken = document.createElement("span");
  spoken.className = "ex-sr-only";
  spoken.textContent = `Check yourself: ${done} of ${total} exercises done`;
  mark.append(" ", visible, spoken);
}

/**
 * Adds or refreshes a quiet "✓ n of m done" mark on every concept entry with progress, and one
 * "Clear progress" button in the controls div (hidden while there is nothing to clear).
 * Safe to call more than once.
 */
export function showProgressMarks(root: ParentNode = document): void {
  const progress = readProgress();
  let any = false;
  for (const entry of root.querySelectorAll<HTMLElement>("[data-concept-slug]")) {
    const slug = entry.dataset.conceptSlug ?? "";
    const record = progress[slug];
    let mark = entry.querySelector<HTMLElement>(`[${MARK_ATTR}]`);
    if (!record || record.done.length === 0) {
      mark?.remove();
      continue;
    }
    any = true;
    if (!mark) {
      mark = document.createElement("span");
      mark.setAttribute(MARK_ATTR, "");
      mark.className = "progress-mark";
      // After the title (and badge), before the summary paragraph.
      entry.insertBefore(mark, entry.querySelector(":scope > p"));
    }
    fillMark(mark, record.done.length, Math.max(record.total, record.done.length));
  }

  const controls = root.querySelector<HTMLElement>("[data-progress-controls]");
  if (!controls) return;
  let button = controls.querySelector<HTMLButtonElement>("button[data-clear-progress]");
  if (!button) {
    button = document.createElement("button");
    button.type = "button";
    button.className = "progress-clear";
    button.setAttribute("data-clear-progress", "");
    button.textContent = "Clear progress";
    const status = document.createElement("span");
    status.setAttribute("data-progress-status", "");
    status.setAttribute("role", "status");
    status.className = "ex-sr-only";
    button.addEventListener("click", () => {
      clearProgress();
      showProgressMarks(root);
      const message = controls.querySelector<HTMLElement>("[data-progress-status]");
      if (message) message.textContent = "Progress cleared.";
    });
    controls.append(button, status);
  }
  button.hidden = !any;
}
