/**
 * The highlight of a number a mouse points at before its island has woken, painted at once from
 * the server HTML, without React: the pointed-at number gets `data-role="inspected"` (the
 * attribute the example's own CSS highlights), and the roles the server HTML gave other numbers
 * (a link's pinned inspection) are lifted meanwhile, as a hover outranks them once awake. Once the
 * island has hydrated, boot.ts restores the served attributes and replays the hover in the same
 * task, so React paints the same highlight (with its ingredients and readout) with no frame in
 * between. Plain DOM, part of the site script every page loads.
 */
export interface EarlyHighlight {
  /** Highlights `cell` (and only it) inside the island. */
  show(cell: Element): void;
  /** Puts back the roles the server HTML gave; does nothing when nothing is highlighted. */
  clear(): void;
  /** The cell highlighted now, or null. */
  readonly cell: Element | null;
}

/** What a number inspects itself with in the server HTML: a button with a cell and a pressed state. */
const INSPECTABLE = "[data-cell][aria-pressed]";

/** The inspectable number inside `island` that `target` is (or is in), or null. */
export function inspectableCell(island: Element, target: EventTarget | null): Element | null {
  const cell = target instanceof Element ? target.closest(INSPECTABLE) : null;
  return cell && island.contains(cell) ? cell : null;
}

/** An early highlighter for the numbers of `island`. */
export function earlyHighlight(island: Element): EarlyHighlight {
  let saved: [Element, string | null][] = [];
  let current: Element | null = null;
  const clear = () => {
    for (const [element, role] of saved.reverse()) {
      if (role === null) element.removeAttribute("data-role");
      else element.setAttribute("data-role", role);
    }
    saved = [];
    current = null;
  };
  return {
    show(cell) {
      if (cell === current) return;
      clear();
      for (const element of island.querySelectorAll("[data-role]")) {
        saved.push([element, element.getAttribute("data-role")]);
        element.removeAttribute("data-role");
      }
      saved.push([cell, cell.getAttribute("data-role")]);
      cell.setAttribute("data-role", "inspected");
      current = cell;
    },
    clear,
    get cell() {
      return current;
    },
  };
}
