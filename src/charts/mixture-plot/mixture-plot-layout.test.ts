import { describe, expect, it } from "vitest";
import { convexHull, firstTwo, layoutMixture } from "./mixture-plot-layout.ts";

/** The weighted-sum page's values: “the” (4, 0), “cat” (0, 2), “sat” (2, 2). */
const V = [
  [4, 0],
  [0, 2],
  [2, 2],
];

/** True when `p` is inside or on the convex polygon `hull` (counter-clockwise or clockwise). */
function inside(p: { x: number; y: number }, hull: readonly { x: number; y: number }[]): boolean {
  const signs = hull.map((a, k) => {
    const b = hull[(k + 1) % hull.length]!;
    return Math.sign((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x));
  });
  return signs.every((s) => s >= 0) || signs.every((s) => s <= 0);
}

describe("layoutMixture", () => {
  it.each([
    // 0.5·(4, 0) + 0.25·(0, 2) + 0.25·(2, 2) = (2, 0) + (0, 0.5) + (0.5, 0.5) = (2.5, 1)
    [
      [0.5, 0.25, 0.25],
      [2.5, 1],
    ],
    // 0.1·(4, 0) + 0.8·(0, 2) + 0.1·(2, 2) = (0.4, 0) + (0, 1.6) + (0.2, 0.2) = (0.6, 1.8)
    [
      [0.1, 0.8, 0.1],
      [0.6, 1.8],
    ],
    // All the weight on “cat”: the mix is its value.
    [
      [0, 1, 0],
      [0, 2],
    ],
  ])("weights %j put the mix Σ aⱼ vⱼ at %j", (weights, expected) => {
    const { mix } = layoutMixture(weights, V);
    expect(mix[0]).toBeCloseTo(expected[0]!, 12);
    expect(mix[1]).toBeCloseTo(expected[1]!, 12);
  });

  it("gives each value its pull aⱼ·vⱼ, and the pulls add up to the mix", () => {
    const { values, mix } = layoutMixture([0.1, 0.8, 0.1], V);
    // 0.1·(4, 0) = (0.4, 0); 0.8·(0, 2) = (0, 1.6); 0.1·(2, 2) = (0.2, 0.2).
    expect(values.map((v) => v.pull.map((n) => Math.round(n * 100) / 100))).toEqual([
      [0.4, 0],
      [0, 1.6],
      [0.2, 0.2],
    ]);
    const sum = values.reduce((acc, v) => [acc[0]! + v.pull[0]!, acc[1]! + v.pull[1]!], [0, 0]);
    expect(sum[0]).toBeCloseTo(mix[0]!, 12);
    expect(sum[1]).toBeCloseTo(mix[1]!, 12);
  });

  it("draws the mix inside the hull of the points, one scale on both axes", () => {
    const layout = layoutMixture([0.5, 0.25, 0.25], V);
    const points = layout.values.map((v) => v.at);
    expect(inside(layout.mixAt, convexHull(points))).toBe(true);
    // (4, 0) → (0, 2) is 4 units left and 2 up: on screen, twice as far across as up.
    const [the, cat] = points;
    expect((the!.x - cat!.x) / (the!.y - cat!.y)).toBeCloseTo(2, 1);
  });

  it("makes a heavier weight a wider, darker line, and keeps weight 0 visible", () => {
    const { values } = layoutMixture([0.1, 0.8, 0.1], V);
    expect(values[1]!.width).toBeGreaterThan(values[0]!.width);
    expect(values[1]!.opacity).toBeGreaterThan(values[0]!.opacity);
    const none = layoutMixture([0, 1, 0], V).values[0]!;
    expect(none.width).toBe(2);
    expect(none.opacity).toBe(0.45);
  });

  it("puts each name beyond its point, away from the mix", () => {
    const layout = layoutMixture([0.5, 0.25, 0.25], V);
    const the = layout.values[0]!;
    // “the” (4, 0) is right of and below the mix (2.5, 1): its name goes further right, left-aligned.
    expect(the.label.x).toBeGreaterThan(the.at.x);
    expect(the.anchor).toBe("start");
  });

  it("writes a weight on its line, or under the point's name when the line is too short", () => {
    const { values } = layoutMixture([0.1, 0.8, 0.1], V);
    // The mix (0.6, 1.8) is close to “cat” (0, 2): its 0.8 goes under the name “cat”.
    expect(values[1]!.weightAt.x).toBe(values[1]!.label.x);
    expect(values[1]!.weightAt.y).toBeGreaterThan(values[1]!.label.y);
    expect(values[1]!.weightAnchor).toBe(values[1]!.anchor);
    // “the” (4, 0) is far away: its 0.1 sits along the line, centred.
    const the = values[0]!;
    expect(the.weightAnchor).toBe("middle");
    expect(the.weightAt.x).toBeGreaterThan(Math.min(the.at.x, values[1]!.at.x));
  });

  it("draws components 0 and 1 of longer value rows", () => {
    expect(
      firstTwo([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toEqual([
      [1, 2],
      [4, 5],
    ]);
    // 0.5·(1, 2) + 0.5·(4, 5) = (2.5, 3.5), whatever the third components are.
    expect(
      layoutMixture(
        [0.5, 0.5],
        [
          [1, 2, 9],
          [4, 5, -9],
        ],
      ).mix,
    ).toEqual([2.5, 3.5]);
  });
});

describe("convexHull", () => {
  it("keeps the corners of a square and drops a point inside it and one on an edge", () => {
    const hull = convexHull([
      { x: 0, y: 0 },
      { x: 2, y: 0 },
      { x: 2, y: 2 },
      { x: 0, y: 2 },
      { x: 1, y: 1 },
      { x: 1, y: 0 },
    ]);
    expect(hull).toHaveLength(4);
    expect(hull).not.toContainEqual({ x: 1, y: 1 });
    expect(hull).not.toContainEqual({ x: 1, y: 0 });
  });
});
