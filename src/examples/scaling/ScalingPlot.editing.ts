/**
 * What a learner may change in the √dₖ figure, the rules the values keep, and how the inspected
 * number is written in a link: the example's spec for its frame (src/frame/spec.ts,
 * src/frame/url-state.ts).
 */
import type { ExampleSpec } from "../../frame/spec.ts";
import { cellCodec } from "../../frame/url-state.ts";
import type { ScalingPlotProps } from "./ScalingPlot.schema.ts";

/** The table's columns, for each key. */
export const COLUMNS = ["s = q·k", "s / √dₖ", "weight", "scaled weight"];

/**
 * What a learner may change, with the figure's own controls: the seed ("New random draw") and the
 * key size (the slider, one of `keySizes`). The inspected number is a cell of the table, "key,column".
 */
export function scalingPlotSpec({
  keys,
  keySizes,
}: Pick<ScalingPlotProps, "keys" | "keySizes">): ExampleSpec<Pick<ScalingPlotProps, "seed" | "keySize">> {
  return {
    fields: [
      { kind: "whole", key: "seed", name: "seed", min: 0, max: 2 ** 32 - 1 },
      { kind: "whole", key: "keySize", name: "key size dₖ", min: 1, max: Math.max(...keySizes) },
    ],
    check: ({ keySize }) =>
      keySizes.includes(keySize)
        ? null
        : `This figure has no key size dₖ = ${keySize}: it offers ${keySizes.join(", ")}.`,
    inspect: cellCodec(`the table: key 0–${keys - 1}, column 0–3 (s, s / √dₖ, weight, scaled weight)`, () => [
      keys,
      COLUMNS.length,
    ]),
    ownControls: true,
  };
}
