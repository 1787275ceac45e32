import type { Page } from "@playwright/test";

/** One element focused by pressing Tab, as seen when it had focus. */
export interface TabStop {
  /** Index among the page's tabbable elements in DOM order (-1: not one of them). */
  readonly index: number;
  /** A short description for messages: tag, id/class, accessible text. */
  readonly label: string;
  /** Whether it is inside <main> (the reading column), where visual order is checked. */
  readonly inMain: boolean;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  /** The focus indicator's computed styles while focused, and after blur. */
  readonly focused: string;
  readonly unfocused: string;
  /** Whether the focused styles draw something: an outline, a box-shadow or an SVG stroke. */
  readonly ringVisible: boolean;
}

/**
 * Installs `window.__keyboard` in the page: the tabbable elements in DOM order (focusable, not
 * disabled, tabIndex ≥ 0, rendered, not inert), and a probe that describes the focused one.
 * A roving-tabindex grid contributes its single tabbable cell, a radio group its checked (or
 * first) button; arrow keys move within them.
 */
async function installProbe(page: Page): Promise<number> {
  return page.evaluate(() => {
    const selector =
      "a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable='true']";
    const rendered = (element: Element) => {
      if (element.closest("[inert], [hidden]")) return false;
      // Inside a closed <details> (a text version in a closed disclosure) nothing can take focus.
      if (!element.checkVisibility()) return false;
      const style = getComputedStyle(element);
      return element.getClientRects().length > 0 && style.visibility !== "hidden";
    };
    // A group of radio buttons is one tab stop (arrow keys move within it): its checked button,
    // or its first when none is checked.
    const radioStop = (radio: HTMLInputElement) => {
      if (!radio.name) return true;
      const group = [
        ...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(radio.name)}"]`),
      ].filter((other) => other.form === radio.form && !other.disabled);
      const checked = group.find((other) => other.checked);
      return checked ? checked === radio : group[0] === radio;
    };
    const tabbables = [...document.querySelectorAll<HTMLElement | SVGElement>(selector)].filter(
      (element) =>
        element.tabIndex >= 0 &&
        !(element as HTMLButtonElement).disabled &&
        rendered(element) &&
        !(element instanceof HTMLInputElement && element.type === "radio" && !radioStop(element)),
    );
    /** Outline, box-shadow, and the stroke of an SVG element's first shape (an SVG cell draws its ring there). */
    const indicator = (element: Element) => {
      const style = getComputedStyle(element);
      const shape = element.querySelector("rect, circle, path");
      const shapeStyle = shape ? getComputedStyle(shape) : undefined;
      const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== "none";
      const stroke = shapeStyle !== undefined && shapeStyle.stroke !== "none" && parseFloat(shapeStyle.strokeWidth) > 0;
      return {
        text:
          `outline: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow: ${style.boxShadow}` +
          (shapeStyle ? `; shape stroke: ${shapeStyle.stroke} ${shapeStyle.strokeWidth}` : ""),
        visible: outline || shadow || stroke,
      };
    };
    const describe = (element: Element) => {
      const name = (element.getAttribute("aria-label") ?? element.textContent ?? "")
        .replace(/\s+/g, " ")
        .trim()
        .slice(0, 40);
      const id = element.id ? `#${element.id}` : element.classList.length ? `.${[...element.classList].join(".")}` : "";
      const type = element instanceof HTMLInputElement ? ` type=${element.type}` : "";
      return `<${element.tagName.toLowerCase()}${id}${type}> "${name}"`;
    };
    (window as unknown as { __keyboard: unknown }).__keyboard = {
      count: tabbables.length,
      labels: tabbables.map(describe),
      probe() {
        const active = document.activeElement;
        if (!active || active === document.body) return null;
        const rect = active.getBoundingClientRect();
        const focused = indicator(active);
        return {
          index: tabbables.indexOf(active as HTMLElement),
          label: describe(active),
          inMain: active.closest("main") !== null,
          top: rect.top + window.scrollY,
          left: rect.left + window.scrollX,
          bottom: rect.bottom + window.scrollY,
          focused: focused.text,
          ringVisible: focused.visible,
        };
      },
      unfocused(index: number) {
        const element = tabbables[index];
        (document.activeElement as HTMLElement | null)?.blur();
        return element ? indicator(element).text : "";
      },
    };
    return tabbables.length;
  });
}

/**
 * Presses Tab from the top of the page once per tabbable element (plus one, to see where focus
 * goes after the last), recording each focused element with its focus styles, then reads every
 * element's unfocused styles. Returns the tab stops and the tabbable elements' labels in DOM order.
 */
export async function walkTabOrder(page: Page): Promise<{ stops: TabStop[]; tabbables: string[] }> {
  const count = await installProbe(page);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    // Blur alone leaves the browser's starting point for Tab where the last click was (a step
    // tab opened by a test, say): focusing the body moves it back to the top of the page.
    document.body.tabIndex = -1;
    document.body.focus({ preventScroll: true });
    document.body.removeAttribute("tabindex");
    window.scrollTo(0, 0);
  });
  await page.mouse.move(0, 0);
  const seen: Omit<TabStop, "unfocused">[] = [];
  for (let press = 0; press <= count; press++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() =>
      (window as unknown as { __keyboard: { probe(): Omit<TabStop, "unfocused"> | null } }).__keyboard.probe(),
    );
    if (stop === null || (seen.length > 0 && stop.index === seen[0]!.index)) break;
    seen.push(stop);
  }
  const stops: TabStop[] = [];
  for (const stop of seen) {
    const unfocused = await page.evaluate(
      (index) => (window as unknown as { __keyboard: { unfocused(i: number): string } }).__keyboard.unfocused(index),
      stop.index,
    );
    stops.push({ ...stop, unfocused });
  }
  const tabbables = await page.evaluate(
    () => (window as unknown as { __keyboard: { labels: string[] } }).__keyboard.labels,
  );
  return { stops, tabbables };
}

/**
 * Pairs of consecutive tab stops in the reading column whose visual order contradicts the Tab
 * order: the next stop starts above the previous one's top (by more than `tolerance` px) without
 * sitting beside it on the same line (to its right, overlapping it vertically).
 */
export function visualOrderProblems(stops: readonly TabStop[], tolerance = 4): string[] {
  const main = stops.filter((stop) => stop.inMain);
  const problems: string[] = [];
  for (let i = 1; i < main.length; i++) {
    const previous = main[i - 1]!;
    const next = main[i]!;
    const above = next.top < previous.top - tolerance;
    const besideOnSameLine = next.left > previous.left && next.top < previous.bottom;
    if (above && !besideOnSameLine) {
      problems.push(
        `${next.label} (top ${Math.round(next.top)}) comes after ${previous.label} (top ${Math.round(previous.top)}) but is above it`,
      );
    }
  }
  return problems;
}
