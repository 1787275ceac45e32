import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { niceLinearScale } from "../linear-scale.ts";
import { DRAG_STEP, clientToSvg, nudge, nudgePoint, pixelToData, snap, snapPoint } from "./drag-math.ts";

const close = (actual: number, expected: number, delta = 1e-9) =>
  expect(Math.abs(actual - expected)).toBeLessThan(delta);
const onGrid = (value: number, step: number) => Math.abs(value / step - Math.round(value / step)) < 1e-9;

/** A range [min, max] with at least one grid line of halves in it. */
const range = fc
  .tuple(fc.double({ min: -9999, max: 9999, noNaN: true }), fc.double({ min: 0.5, max: 5000, noNaN: true }))
  .map(([min, width]) => [min, min + width] as const);
const anyValue = fc.double({ min: -20000, max: 20000, noNaN: true });

describe("snap(value, step, min, max)", () => {
  it.each([
    [2.3, 2.5],
    [2.2, 2],
    [-0.74, -0.5],
    [-0.76, -1],
    [0.1, 0],
  ])("snap(%d, ½) lands on the nearest half: %d", (value, expected) => {
    expect(snap(value, DRAG_STEP, -10, 10)).toBe(expected);
  });

  it("keeps values inside the range, on its grid lines nearest the bounds", () => {
    expect(snap(12, 0.5, -10, 10)).toBe(10);
    expect(snap(-12, 0.5, -10, 10)).toBe(-10);
    expect(snap(5, 0.5, -1.2, 3.7)).toBe(3.5);
    expect(snap(-5, 0.5, -1.2, 3.7)).toBe(-1);
  });

  it("never gives −0", () => {
    expect(Object.is(snap(-0.1, 0.5, -1, 1), 0)).toBe(true);
  });

  it("gives a value on the ½ grid, within range, that snapping again leaves alone", () => {
    fc.assert(
      fc.property(anyValue, range, (value, [min, max]) => {
        const snapped = snap(value, DRAG_STEP, min, max);
        expect(onGrid(snapped, DRAG_STEP)).toBe(true);
        expect(snapped).toBeGreaterThanOrEqual(min);
        expect(snapped).toBeLessThanOrEqual(max);
        expect(snap(snapped, DRAG_STEP, min, max)).toBe(snapped);
      }),
    );
  });

  it("moves a value inside the range by at most half a step", () => {
    fc.assert(
      fc.property(range, fc.double({ min: 0, max: 1, noNaN: true }), ([min, max], t) => {
        const low = Math.ceil(min * 2) / 2;
        const high = Math.floor(max * 2) / 2;
        const value = low + t * (high - low);
        expect(Math.abs(snap(value, DRAG_STEP, min, max) - value)).toBeLessThanOrEqual(DRAG_STEP / 2 + 1e-9);
      }),
    );
  });
});

describe("nudge(value, direction, step, min, max)", () => {
  it.each([
    [2, 1, 2.5],
    [2, -1, 1.5],
    [0.3, 1, 0.5],
    [0.3, -1, 0],
    [-0.3, -1, -0.5],
  ] as const)("nudge(%d, %d, ½) goes to the next half that way: %d", (value, direction, expected) => {
    expect(nudge(value, direction, 0.5, -10, 10)).toBe(expected);
  });

  it("stops at the range's ends", () => {
    expect(nudge(10, 1, 0.5, -10, 10)).toBe(10);
    expect(nudge(-10, -1, 0.5, -10, 10)).toBe(-10);
  });

  it("moves a value on the grid by exactly one step, unless it is at an end", () => {
    fc.assert(
      fc.property(fc.integer({ min: -19990, max: 19990 }), fc.constantFrom(1, -1), (halves, direction: 1 | -1) => {
        const value = halves / 2;
        close(nudge(value, direction, 0.5, -9999, 9999), value + direction * 0.5);
      }),
    );
  });
});

describe("nudgePoint(point, key, shift, limits)", () => {
  const limits = [
    [-9999, 9999],
    [-9999, 9999],
  ] as const;
  it.each([
    ["ArrowUp", false, [3, 1.5]],
    ["ArrowDown", false, [3, 0.5]],
    ["ArrowRight", false, [3.5, 1]],
    ["ArrowLeft", true, [2, 1]],
    ["ArrowUp", true, [3, 2]],
  ] as const)("%s (Shift: %s) moves (3, 1) to %j", (key, shift, expected) => {
    expect(nudgePoint([3, 1], key, shift, limits)).toEqual(expected);
  });

  it("ignores other keys", () => {
    expect(nudgePoint([3, 1], "Enter", false, limits)).toBeNull();
  });
});

describe("pixelToData(scales, x, y)", () => {
  it("inverts the plot's scales: data → pixels → data is the identity", () => {
    fc.assert(
      fc.property(
        range,
        range,
        fc.double({ min: -9999, max: 9999, noNaN: true }),
        fc.double({ min: -9999, max: 9999, noNaN: true }),
        ([x0, x1], [y0, y1], u, v) => {
          const x = niceLinearScale([x0, x1], [40, 340], 5);
          const y = niceLinearScale([y0, y1], [260, 16], 5);
          const [u2, v2] = pixelToData({ x, y }, x(u), y(v));
          close(u2, u, 1e-6 * Math.max(1, Math.abs(u)));
          close(v2, v, 1e-6 * Math.max(1, Math.abs(v)));
        },
      ),
    );
  });

  it("reads a pointer over a scaled SVG in the SVG's own units", () => {
    // A 360 × 260 viewBox drawn 180 px wide at (10, 20): every CSS pixel is two units.
    expect(clientToSvg({ left: 10, top: 20, width: 180, height: 130 }, { width: 360, height: 260 }, 100, 85)).toEqual([
      180, 130,
    ]);
  });

  it("snapPoint(point, limits) snaps each component within its own range", () => {
    expect(
      snapPoint(
        [2.26, -7.1],
        [
          [0, 2],
          [-5, 5],
        ],
      ),
    ).toEqual([2, -5]);
  });
});
