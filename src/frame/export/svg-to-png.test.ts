import { describe, expect, it } from "vitest";
import { pngSize } from "./svg-to-png.ts";

describe("pngSize", () => {
  it("pngSize is the CSS size times the scale, rounded to whole pixels", () => {
    expect(pngSize(301, 150, 2)).toEqual({ width: 602, height: 300 });
    expect(pngSize(100.4, 10.2, 1.5)).toEqual({ width: 151, height: 15 });
  });

  it.each([
    [0, 10, 2],
    [10, -1, 2],
    [10, 10, 0],
    [Number.NaN, 10, 2],
  ])("pngSize(%d, %d, %d) is rejected with the values received", (w, h, s) => {
    expect(() => pngSize(w, h, s)).toThrow(`Received ${w} × ${h} at scale ${s}`);
  });
});
