import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  explainMatmulEntry,
  formatDotExpansion,
  formatDotExpansionSoFar,
  type Matrix,
  type Term,
} from "../math/index.ts";
import {
  cellOfEntry,
  clampPosition,
  describePosition,
  entryOfCell,
  isLastPosition,
  moveTo,
  nextPosition,
  play,
  previousPosition,
  REST,
  shownAt,
  startOf,
  stepBack,
  stepForward,
  tick,
  type SweepPosition,
  type SweepShape,
} from "./sweep.ts";

/** Small integer matrices A (m×n) and B (n×p), 1 ≤ m, n, p ≤ 4, entries −9 … 9. */
const productArb = fc
  .record({ m: fc.integer({ min: 1, max: 4 }), n: fc.integer({ min: 1, max: 4 }), p: fc.integer({ min: 1, max: 4 }) })
  .chain(({ m, n, p }) => {
    const entry = fc.integer({ min: -9, max: 9 });
    const matrix = (rows: number, cols: number) =>
      fc.array(fc.array(entry, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
    return fc.tuple(matrix(m, n), matrix(n, p));
  });

const shapeOfProduct = (A: Matrix, B: Matrix): SweepShape => ({
  entries: A.length * B[0]!.length,
  terms: B.length,
});

/** Every position of a sweep, from the first entry's first term on, by nextPosition. */
function walk(shape: SweepShape): SweepPosition[] {
  const positions: SweepPosition[] = [];
  for (let p: SweepPosition | null = startOf(0); p !== null; p = nextPosition(p, shape)) positions.push(p);
  return positions;
}

describe("a sweep through C = AB", () => {
  it("walking it writes each entry's terms in the order explainMatmulEntry gives them, entries row-major", () => {
    fc.assert(
      fc.property(productArb, ([A, B]) => {
        const shape = shapeOfProduct(A, B);
        const cols = B[0]!.length;
        const written: Term[] = [];
        for (const p of walk(shape)) {
          const { row, col } = cellOfEntry(p.entry, cols);
          const { count } = shownAt(p, shape);
          if (count !== null) written.push(explainMatmulEntry(A, B, row, col).terms[count - 1]!);
        }
        const expected = A.flatMap((_, i) => B[0]!.map((__, j) => explainMatmulEntry(A, B, i, j).terms)).flat();
        expect(written).toEqual(expected);
      }),
    );
  });

  it("each step's text is the start of formatDotExpansion's line; only an entry's last step shows all of it", () => {
    fc.assert(
      fc.property(productArb, ([A, B]) => {
        const shape = shapeOfProduct(A, B);
        const cols = B[0]!.length;
        for (const p of walk(shape)) {
          const { row, col } = cellOfEntry(p.entry, cols);
          const e = explainMatmulEntry(A, B, row, col);
          const full = formatDotExpansion("C", e);
          const { count } = shownAt(p, shape);
          if (count === null) expect(p.term).toBe(shape.terms);
          else {
            const partial = formatDotExpansionSoFar("C", e, count);
            expect(full.startsWith(partial)).toBe(true);
            expect(partial.split(" + ")).toHaveLength(count);
          }
        }
      }),
    );
  });

  it("has entries × (terms + 1) steps, and previousPosition undoes nextPosition", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 6 }), (entries, terms) => {
        const shape = { entries, terms };
        const positions = walk(shape);
        expect(positions).toHaveLength(entries * (terms + 1));
        for (let k = 1; k < positions.length; k++) {
          expect(previousPosition(positions[k]!, shape)).toEqual(positions[k - 1]);
        }
      }),
    );
  });
});

describe("the bounds of a sweep (6 entries of 2 terms)", () => {
  const shape = { entries: 6, terms: 2 };

  it("nothing comes before the first entry's first term", () => {
    expect(previousPosition({ entry: 0, term: 0 }, shape)).toBeNull();
  });

  it("nothing comes after the last entry's result, which is the last position", () => {
    expect(nextPosition({ entry: 5, term: 2 }, shape)).toBeNull();
    expect(isLastPosition({ entry: 5, term: 2 }, shape)).toBe(true);
    expect(isLastPosition({ entry: 5, term: 1 }, shape)).toBe(false);
  });

  it("a step back from an entry's first term goes to the previous entry's last term, with its result", () => {
    expect(previousPosition({ entry: 3, term: 0 }, shape)).toEqual({ entry: 2, term: 2 });
    expect(shownAt({ entry: 2, term: 2 }, shape)).toEqual({ count: null, factor: null });
  });

  it("after an entry's result comes the next entry's first term", () => {
    expect(nextPosition({ entry: 2, term: 2 }, shape)).toEqual({ entry: 3, term: 0 });
  });

  it.each([
    [
      { entry: 9, term: 7 },
      { entry: 5, term: 2 },
    ],
    [
      { entry: 1, term: 1 },
      { entry: 1, term: 1 },
    ],
  ])("clampPosition(%j) keeps it inside: %j", (p, clamped) => {
    expect(clampPosition(p, shape)).toEqual(clamped);
  });

  it("clampPosition gives null with nothing to sweep", () => {
    expect(clampPosition({ entry: 0, term: 0 }, { entries: 0, terms: 2 })).toBeNull();
  });

  it.each([
    [{ row: 0, col: 0 }, 0],
    [{ row: 0, col: 1 }, 1],
    [{ row: 1, col: 0 }, 2],
    [{ row: 2, col: 1 }, 5],
  ])("entryOfCell(%j) in a 3×2 output is %i, and cellOfEntry goes back", (cell, entry) => {
    expect(entryOfCell(cell, 2)).toBe(entry);
    expect(cellOfEntry(entry, 2)).toEqual(cell);
  });
});

describe("playing, stepping and inspecting (6 entries of 2 terms)", () => {
  const shape = { entries: 6, terms: 2 };
  const at = (entry: number, term: number, playing = false) => ({ position: { entry, term }, playing });

  it("play from rest starts at the inspected entry's first term", () => {
    expect(play(REST, shape, 3)).toEqual(at(3, 0, true));
  });

  it("play goes on from where a paused sweep is, and starts over from the first entry at the end", () => {
    expect(play(at(2, 1), shape, 4)).toEqual(at(2, 1, true));
    expect(play(at(5, 2), shape, 4)).toEqual(at(0, 0, true));
  });

  it("tick steps one term on, then the result, then the next entry", () => {
    expect(tick(at(1, 0, true), shape)).toEqual(at(1, 1, true));
    expect(tick(at(1, 1, true), shape)).toEqual(at(1, 2, true));
    expect(tick(at(1, 2, true), shape)).toEqual(at(2, 0, true));
  });

  it("tick stops playing on reaching the last step, and does nothing when paused", () => {
    expect(tick(at(5, 1, true), shape)).toEqual(at(5, 2, false));
    expect(tick(at(1, 1), shape)).toEqual(at(1, 1));
  });

  it("step forward from rest starts at the inspected entry; otherwise it pauses and moves one step", () => {
    expect(stepForward(REST, shape, 4)).toEqual(at(4, 0));
    expect(stepForward(at(1, 1, true), shape, 4)).toEqual(at(1, 2));
    expect(stepForward(at(5, 2), shape, 0)).toEqual(at(5, 2));
  });

  it("step back pauses and moves one step back; at rest and at the first term it stays", () => {
    expect(stepBack(at(3, 0, true), shape)).toEqual(at(2, 2));
    expect(stepBack(at(0, 0), shape)).toEqual(at(0, 0));
    expect(stepBack(REST, shape)).toBe(REST);
  });

  it("inspecting an entry moves a playing sweep to its first term and puts a paused one to rest", () => {
    expect(moveTo(at(1, 1, true), 4)).toEqual(at(4, 0, true));
    expect(moveTo(at(1, 1), 4)).toEqual(REST);
  });

  it.each([
    [null, 3, "entry 4 of 6, not started"],
    [{ entry: 1, term: 0 }, 0, "entry 2 of 6, term 1 of 2"],
    [{ entry: 1, term: 1 }, 0, "entry 2 of 6, term 2 of 2"],
    [{ entry: 1, term: 2 }, 0, "entry 2 of 6, result"],
  ])("describePosition(%j) says where the sweep is", (p, from, text) => {
    expect(describePosition(p, shape, from)).toBe(text);
  });
});
