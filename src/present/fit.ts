/**
 * The zoom of a presented slide: the largest of a few steps from 1 to 3 at which nothing in the
 * slide has to scroll sideways and the slide is at most half again as tall as the stage, so
 * numbers, labels and plots grow together to fill the screen. The worked examples are about as
 * tall as a laptop screen at their widest, so fitting them whole would never enlarge them: the
 * numbers on top are what a room must read, and the stage scrolls for the rest (the plot, the
 * text version). The zoom is the CSS
 * custom property `--present-zoom` on the slide (present.css applies it with `zoom`), set through
 * the CSSOM: no style attribute is written from a string. A slide too large even at 1 stays at 1.
 */

/** How much taller than the stage a slide may grow by zooming. */
export const HEIGHT_ALLOWANCE = 1.5;

/** The zooms tried, largest first. */
export const ZOOM_STEPS = [3, 2.75, 2.5, 2.25, 2, 1.75, 1.5, 1.25, 1] as const;

/** Whether `content`, laid out at the zoom just set, fits a stage `width` × `height` px. */
function fits(content: HTMLElement, scrollers: readonly HTMLElement[], width: number, height: number): boolean {
  const box = content.getBoundingClientRect();
  if (box.height > height * HEIGHT_ALLOWANCE + 1 || box.width > width + 1) return false;
  if (content.scrollWidth > content.clientWidth + 1) return false;
  return scrollers.every((scroller) => scroller.scrollWidth <= scroller.clientWidth + 1);
}

/** Sets the largest zoom of ZOOM_STEPS at which `content` fits inside `stage`; returns it. */
export function fitZoom(stage: HTMLElement, content: HTMLElement): number {
  const view = stage.ownerDocument.defaultView;
  if (!view) return 1;
  const style = view.getComputedStyle(stage);
  const width = stage.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  const height = stage.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
  // Boxes that scroll sideways (wide matrices, the heatmap): at a zoom too large they would scroll.
  const scrollers = [...content.querySelectorAll<HTMLElement>("*")].filter((node) => {
    const overflow = view.getComputedStyle(node).overflowX;
    return overflow === "auto" || overflow === "scroll";
  });
  for (const zoom of ZOOM_STEPS) {
    content.style.setProperty("--present-zoom", String(zoom));
    if (zoom === 1 || fits(content, scrollers, width, height)) return zoom;
  }
  return 1;
}
