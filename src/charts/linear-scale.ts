import { nice, ticks } from "d3-array";

/** A linear map from a data interval to a pixel interval, with round ticks. */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  ticks(count: number): number[];
  /** The data value drawn at `pixel`: the inverse of the mapping (a dragged point's value). */
  invert(pixel: number): number;
}

/**
 * Like d3-scale's `scaleLinear().domain(d).range(r).nice(count)`, built on d3-array's `nice` and
 * `ticks`. d3-scale would add about 9 KB gzip (interpolators, colour parsing, number formats) to
 * every page with a plot, for a mapping that is one line.
 */
export function niceLinearScale(
  [start, stop]: readonly [number, number],
  [rangeStart, rangeStop]: readonly [number, number],
  count: number,
): LinearScale {
  const [d0, d1] = start === stop ? [start - 1, stop + 1] : nice(start, stop, count);
  const scale = ((value: number) => rangeStart + ((value - d0) / (d1 - d0)) * (rangeStop - rangeStart)) as LinearScale;
  const invert = (pixel: number) => d0 + ((pixel - rangeStart) / (rangeStop - rangeStart)) * (d1 - d0);
  Object.assign(scale, { domain: [d0, d1] as const, ticks: (n: number) => ticks(d0, d1, n), invert });
  return scale;
}
