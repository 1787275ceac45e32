/**
 * An SVG document drawn onto a canvas and encoded as PNG. The SVG is loaded as an image from a
 * blob: URL (the site's CSP allows `img-src 'self' blob:`), so it must be standalone: an image
 * loads no fonts, styles or other files.
 */

/** The canvas size in device pixels for a figure of `width` × `height` CSS px at `scale`. */
export function pngSize(width: number, height: number, scale: number): { width: number; height: number } {
  if (!(width > 0 && height > 0 && scale > 0) || !Number.isFinite(width * height * scale)) {
    throw new RangeError(
      `svgToPng needs a positive width, height and scale. Received ${width} × ${height} at scale ${scale}.`,
    );
  }
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/** Loads an image and waits until it can be drawn. */
function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () =>
      reject(
        new Error(
          "Could not draw the figure as PNG: the browser did not load the SVG as an image (check that the page's Content-Security-Policy allows img-src blob:).",
        ),
      );
    image.src = url;
  });
}

/**
 * Renders `svg` (a standalone document of `width` × `height` CSS px) to a PNG `scale` times that
 * size, 2 by default so it stays sharp on slides.
 */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const size = pngSize(width, height, scale);
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement("canvas");
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("Could not draw the figure as PNG: this browser gives no 2D canvas.");
    context.drawImage(image, 0, 0, size.width, size.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob(
        (blob) =>
          blob ? resolve(blob) : reject(new Error("Could not encode the figure as PNG: the canvas gave no data.")),
        "image/png",
      );
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
