/**
 * The browser side of value references (see types.ts): a tiny DOM updater, no React. An example
 * publishes its named values whenever what it shows changes (src/values/usePublishedValues.ts);
 * every `<Value>` of that example on the page (`span[data-value-of]`) then shows the new text, and
 * every `<AboutAuthored>` about it is marked, with its note shown, while the example holds the
 * learner's numbers. Until an example publishes (before it hydrates, or without JavaScript) the
 * server's text stands, which is the authored value; so this works however late an example wakes.
 */
import type { OfferedValues } from "./types.ts";

/** What one example tells the page. */
export interface ExampleState {
  /** The example's id: its `<Value of>` spans follow `values`. */
  readonly id: string;
  readonly values: OfferedValues;
  /** True while the example shows numbers other than the page's (edited, or from a link). */
  readonly changed: boolean;
  /** Puts the page's numbers back (the example's Reset). */
  readonly reset: () => void;
  /**
   * Further ids whose `<AboutAuthored>` text follows `changed`: the example whose input this one
   * shares (a step of the self-attention map follows the map's sentence).
   */
  readonly about?: readonly string[];
}

/** Shown for a value the example does not have with the learner's numbers (y₁ when y has one entry). */
export const MISSING_VALUE = "—";

/** The latest reset of each id, for the buttons of AboutAuthored notes. */
const resets = new Map<string, () => void>();

function escapeId(id: string): string {
  return id.replace(/["\\]/g, "\\$&");
}

/** Every `<Value>` span of example `id`: its text follows `values` (the server text while unchanged). */
function updateValues(root: ParentNode, id: string, values: OfferedValues, changed: boolean): void {
  for (const span of root.querySelectorAll<HTMLElement>(`[data-value-of="${escapeId(id)}"]`)) {
    span.dataset.authored ??= span.textContent ?? "";
    const name = span.dataset.valueName ?? "";
    const next = changed ? (Object.hasOwn(values, name) ? values[name]! : MISSING_VALUE) : span.dataset.authored;
    if (span.textContent !== next) span.textContent = next;
    const differs = next !== span.dataset.authored;
    span.toggleAttribute("data-value-changed", differs);
    span.toggleAttribute("data-value-missing", next === MISSING_VALUE && differs);
  }
}

/** Every `<AboutAuthored>` about `id`: marked, with its note, while `changed`. */
function updateAbout(root: ParentNode, id: string, changed: boolean): void {
  for (const block of root.querySelectorAll<HTMLElement>(`[data-about="${escapeId(id)}"]`)) {
    block.toggleAttribute("data-stale", changed);
    const note = block.querySelector<HTMLElement>(":scope > .about-note");
    if (note) note.hidden = !changed;
    const button = note?.querySelector<HTMLButtonElement>("[data-about-reset]");
    if (button && !button.dataset.bound) {
      button.dataset.bound = "";
      button.addEventListener("click", () => {
        resets.get(id)?.();
        // The note (and the button with it) hides; keep the reader at the text they were reading.
        block.focus({ preventScroll: true });
      });
    }
  }
}

/** Applies one example's state to the page: its value spans, and the notes about it. */
export function publishExampleState(state: ExampleState, root: ParentNode = document): void {
  updateValues(root, state.id, state.values, state.changed);
  for (const id of [state.id, ...(state.about ?? [])]) {
    resets.set(id, state.reset);
    updateAbout(root, id, state.changed);
  }
}
