/**
 * "Download SVG" and "Download PNG" for a worked example: the toolbar imports this module on
 * click, so none of it is in the page's first load.
 */
import { figureToSvg } from "./figure-svg.ts";
import { svgToPng } from "./svg-to-png.ts";
import { withSiteFont } from "./svg-fonts.ts";

/** The formats a figure can be saved in. */
export type FigureFormat = "svg" | "png";

/** The file name for a stem and format; the stem keeps letters, digits, "-" and "_" only. */
export function figureFileName(fileStem: string, format: FigureFormat): string {
  const stem = fileStem.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "");
  if (stem === "")
    throw new Error(`A figure needs a file name made of letters, digits, "-" or "_". Received "${fileStem}".`);
  if (format !== "svg" && format !== "png")
    throw new Error(`A figure downloads as "svg" or "png". Received "${String(format)}".`);
  return `${stem}.${format}`;
}

/** Saves a blob under `fileName` through a temporary <a download> and object URL. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download has started by the time the click returns in current browsers; the delay
    // only guards slower ones against a revoked URL.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

/**
 * Builds the figure of `element` (an example's root) as it looks now, with the site font's faces
 * it uses embedded (svg-fonts.ts), and downloads it as
 * `{fileStem}.svg` or `{fileStem}.png` (twice the CSS size). Throws if the element is hidden or
 * has no size, since there would be nothing to draw.
 */
export async function downloadFigure(element: HTMLElement, format: FigureFormat, fileStem: string): Promise<void> {
  const fileName = figureFileName(fileStem, format);
  const { width, height } = element.getBoundingClientRect();
  if (!element.isConnected || width === 0 || height === 0) {
    throw new Error(
      `Cannot save "${fileName}": the figure is not visible (it has zero size). Show the example, then try again.`,
    );
  }
  const figure = figureToSvg(element);
  // The file carries the faces of the site font it uses, so it renders the same anywhere.
  const svg = await withSiteFont(figure.svg);
  const blob =
    format === "svg" ? new Blob([svg], { type: "image/svg+xml" }) : await svgToPng(svg, figure.width, figure.height);
  saveBlob(blob, fileName);
}
