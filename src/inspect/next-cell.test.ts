import { describe, expect, it } from "vitest";
import { nextCell } from "./next-cell.ts";

describe("nextCell", () => {
  it.each([
    ["ArrowRight", { row: 1, col: 1 }, { row: 1, col: 2 }],
    ["ArrowLeft", { row: 1, col: 1 }, { row: 1, col: 0 }],
    ["ArrowUp", { row: 1, col: 1 }, { row: 0, col: 1 }],
    ["ArrowDown", { row: 1, col: 1 }, { row: 2, col: 1 }],
    ["ArrowRight", { row: 0, col: 3 }, { row: 0, col: 3 }],
    ["ArrowUp", { row: 0, col: 2 }, { row: 0, col: 2 }],
    ["ArrowDown", { row: 2, col: 0 }, { row: 2, col: 0 }],
    ["Home", { row: 2, col: 2 }, { row: 2, col: 0 }],
    ["End", { row: 2, col: 0 }, { row: 2, col: 3 }],
  ])("nextCell(%s) from %j in a 3×4 grid is %j", (key, from, to) => {
    expect(nextCell(key, from, 3, 4)).toEqual(to);
  });

  it("nextCell ignores other keys", () => {
    expect(nextCell("Enter", { row: 0, col: 0 }, 3, 4)).toBeNull();
  });
});
