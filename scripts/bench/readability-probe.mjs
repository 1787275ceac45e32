// What a reader of a phone sees, measured inside the page: the smallest figure text as rendered
// (SVG text scaled by its viewBox), and how far the page overflows sideways. Plain functions that
// run in the browser (page.evaluate), shared by the readability bench and its browser test.

/**
 * The smallest rendered text (CSS px) inside a figure: flowcharts, the concept map, plots,
 * heatmaps, worked examples and tables of `main`. Only text a reader can see counts: hidden
 * elements, closed disclosures and visually hidden text (1 px boxes) are skipped. SVG text counts
 * at its font size times the scale its SVG is drawn at. Returns null when the page has no figure text.
 * @returns {{ px: number, text: string } | null}
 */
export function smallestFigureText() {
  const FIGURES = "figure, .example, .diagram, svg, table, .concept-map";
  const walker = document.createTreeWalker(document.querySelector("main") ?? document.body, NodeFilter.SHOW_TEXT);
  /** @type {{ px: number, text: string } | null} */
  let smallest = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? "";
    const element = node.parentElement;
    if (text === "" || !element || !element.closest(FIGURES)) continue;
    if (element.closest("title, desc, style, script, mjx-assistive-mml, template")) continue;
    const box = element.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue;
    const style = getComputedStyle(element);
    if (style.visibility !== "visible" || Number(style.opacity) === 0) continue;
    let px = parseFloat(style.fontSize);
    if (element instanceof SVGGraphicsElement) {
      const matrix = element.getScreenCTM();
      if (matrix) px *= Math.hypot(matrix.a, matrix.b);
    }
    if (smallest === null || px < smallest.px) smallest = { px: Math.round(px * 10) / 10, text: text.slice(0, 40) };
  }
  return smallest;
}

/** How many CSS px the page is wider than the window (0 when it does not scroll sideways). */
export function pageOverflow() {
  return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
