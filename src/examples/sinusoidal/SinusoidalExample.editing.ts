/**
 * What a learner may change in the sinusoidal example and how the inspected number is written in
 * a link: the example's spec for its frame (src/frame/spec.ts).
 */
import { BASE_LIMITS, POSITION_LIMITS } from "../../math/index.ts";
import type { ExampleSpec } from "../../frame/spec.ts";
import type { InspectCodec } from "../../frame/url-state.ts";
import { SINUSOIDAL_SIZES as S, sinusoidalProblem, type SinusoidalValues } from "./sinusoidal-rules.ts";

/** An inspected number: an entry of the encodings P, or of the table of their dot products. */
export interface SinusoidalTarget {
  readonly table: "pe" | "dot";
  readonly row: number;
  readonly col: number;
}

const FORM = /^(pe|dot):(\d),(\d)$/;

/** "pe:2,1" is row 2, component 1 of P; "dot:0,3" is PE of the first position · PE of the fourth. */
export const sinusoidalCodec: InspectCodec<SinusoidalValues> = {
  form: "pe:row,column or dot:row,column, e.g. pe:2,1",
  read(text, { count, dModel }) {
    const match = FORM.exec(text.trim());
    if (!match) return null;
    const table = match[1] as SinusoidalTarget["table"];
    const [row, col] = [Number(match[2]), Number(match[3])];
    const cols = table === "pe" ? dModel : count;
    return row < count && col < cols ? ({ table, row, col } satisfies SinusoidalTarget) : null;
  },
  write(target) {
    const { table, row, col } = target as SinusoidalTarget;
    return `${table}:${row},${col}`;
  },
};

/** What a learner may change: the first position, how many, d_model (even) and the base. */
export const sinusoidalSpec: ExampleSpec<SinusoidalValues> = {
  fields: [
    { kind: "whole", key: "first", name: "first position", min: POSITION_LIMITS.min, max: POSITION_LIMITS.max },
    { kind: "whole", key: "count", name: "count", min: S.minCount, max: S.maxCount },
    { kind: "whole", key: "dModel", name: "d model", min: S.minModel, max: S.maxModel },
    { kind: "number", key: "base", name: "base", min: 0, max: BASE_LIMITS.max, minInclusive: false },
  ],
  check: (values) => sinusoidalProblem(values)?.message ?? null,
  inspect: sinusoidalCodec,
};
