import { describe, expect, it } from "vitest";
import { qkvTripleSpec } from "./QkvTripleExample.editing.ts";
import { qkvTripleValues } from "./QkvTripleExample.values.ts";

const page = {
  x: [2, 3],
  WQ: [
    [1, 10],
    [0, -1],
  ],
  WK: [
    [0, 1],
    [1, 0],
  ],
  WV: [
    [1, -1],
    [2, 0],
  ],
};

describe("qkvTripleValues", () => {
  it("offers q, k and v worked by hand: (2, 17), (3, 2) and (8, −2)", () => {
    const values = qkvTripleValues(page);
    // q = (2·1 + 3·0, 2·10 + 3·(−1)) = (2, 17); k = (2·0 + 3·1, 2·1 + 3·0) = (3, 2);
    // v = (2·1 + 3·2, 2·(−1) + 3·0) = (8, −2).
    expect([values.x, values.q, values.k, values.v]).toEqual(["(2, 3)", "(2, 17)", "(3, 2)", "(8, −2)"]);
    expect([values.q1, values.k0, values.v1]).toEqual(["17", "3", "−2"]);
    expect(values["v0.terms"]).toBe("2·1 + 3·2");
    expect(values["q1.terms"]).toBe("2·10 + 3·(−1)");
    expect(values["WV.col0"]).toBe("(1, 2)");
    expect(values["WK.col1"]).toBe("(1, 0)");
  });
});

describe("qkvTripleSpec.inspect", () => {
  const codec = qkvTripleSpec.inspect!;

  it.each([
    ["q:0,1", { part: "q", row: 0, col: 1 }],
    ["v:0,0", { part: "v", row: 0, col: 0 }],
  ])("reads %s and writes it back", (text, target) => {
    expect(codec.read(text, page)).toEqual(target);
    expect(codec.write(target)).toBe(text);
  });

  it.each(["q:0,2", "k:1,0", "w:0,0", "q1"])("refuses %s, which names no component of these values", (text) => {
    expect(codec.read(text, page)).toBeNull();
  });

  it("reads v:0,2 when the value weights have 3 columns", () => {
    const wide = {
      ...page,
      WV: [
        [1, 0, 2],
        [0, 1, 2],
      ],
    };
    expect(codec.read("v:0,2", wide)).toEqual({ part: "v", row: 0, col: 2 });
    expect(codec.read("q:0,2", wide)).toBeNull();
  });
});
