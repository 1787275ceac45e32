import { describe, expect, it } from "vitest";
import { describePropsProblem } from "../../mdx/props-problem.ts";
import { scalingPlotSchema, scalingTableSchema } from "./ScalingPlot.schema.ts";

describe("scalingPlotSchema and scalingTableSchema", () => {
  it("fill in 8 keys, the key sizes 1 … 1024 and dₖ = 64", () => {
    expect(scalingPlotSchema.parse({ id: "f", seed: 5 })).toEqual({
      id: "f",
      seed: 5,
      keys: 8,
      keySizes: [1, 4, 16, 64, 256, 1024],
      keySize: 64,
    });
    expect(scalingTableSchema.parse({ seed: 5 }).keySizes).toEqual([1, 4, 16, 64, 256, 1024]);
  });

  it.each([
    [{ id: "f", seed: 5, keySize: 32 }, /prop "keySize": 32 is not one of keySizes \(1, 4, 16, 64, 256, 1024\)/],
    [{ id: "f", seed: 5, keySizes: [4, 1], keySize: 4 }, /prop "keySizes": key sizes must increase: 4, 1/],
    [{ id: "f", seed: -1 }, /prop "seed"/],
    [{ id: "f", seed: 5, keys: 9 }, /prop "keys"/],
    [{ id: "f", seed: 5, keySizes: [1, 4096], keySize: 1 }, /prop "keySizes.1"/],
  ])("reject %j", (props, message) => {
    expect(describePropsProblem("ScalingPlot", scalingPlotSchema, props)).toMatch(message);
  });

  it("the table takes no id: it is static", () => {
    expect(describePropsProblem("ScalingTable", scalingTableSchema, { id: "x", seed: 5 })).toMatch(/unknown prop "id"/);
  });
});
