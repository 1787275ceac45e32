/**
 * What a learner may change in the RoPE example, the rules the values keep, and how the inspected
 * number is written in a link: the example's spec for its frame (src/frame/spec.ts).
 */
import { BASE_LIMITS, POSITION_LIMITS } from "../../math/index.ts";
import type { ExampleSpec } from "../../frame/spec.ts";
import type { InspectCodec } from "../../frame/url-state.ts";
import { ropeProblem, type RopeValues } from "./rope-rules.ts";

/** Which turned vector (or the score) an inspected number belongs to, at (m, n) or after the shift. */
export interface RopeTarget {
  readonly part: "q" | "k" | "score";
  /** 0: at (m, n); 1: at (m + shift, n + shift). */
  readonly at: 0 | 1;
  /** The entry of the turned vector; 0 for the score. */
  readonly j: number;
}

const FORM = /^(q|k|score)(2?)(?::(\d))?$/;

/** "q:1" is entry 1 of q turned at m, "k2:0" entry 0 of k turned at n + shift, "score" and "score2" the scores. */
export const ropeCodec: InspectCodec<RopeValues> = {
  form: "q:entry, k:entry or score (q2, k2, score2 after the shift), e.g. q:1",
  read(text, { q }) {
    const match = FORM.exec(text.trim());
    if (!match) return null;
    const part = match[1] as RopeTarget["part"];
    const at = match[2] === "2" ? 1 : 0;
    if (part === "score") return match[3] === undefined ? { part, at, j: 0 } : null;
    if (match[3] === undefined) return null;
    const j = Number(match[3]);
    return j < q.length ? ({ part, at, j } satisfies RopeTarget) : null;
  },
  write(target) {
    const { part, at, j } = target as RopeTarget;
    return `${part}${at === 1 ? "2" : ""}${part === "score" ? "" : `:${j}`}`;
  },
};

/** The size buttons add or remove a whole pair: one more 0 (or one fewer entry) after the frame's own. */
function keepPairs(values: RopeValues, _size: string, delta: 1 | -1): RopeValues {
  if (values.q.length % 2 === 0) return values;
  const fix = (v: readonly number[]) => (delta === 1 ? [...v, 0] : v.slice(0, -1));
  return { ...values, q: fix(values.q), k: fix(values.k) };
}

const position = { min: POSITION_LIMITS.min, max: POSITION_LIMITS.max };

/**
 * What a learner may change: q and k (the same even length, 2–6, grown and shrunk a pair at a time), the positions m and n, the
 * shift, and the base (greater than 0, up to BASE_LIMITS.max).
 */
export const ropeSpec: ExampleSpec<RopeValues> = {
  fields: [
    { kind: "row", key: "q", name: "q", length: "entries" },
    { kind: "row", key: "k", name: "k", length: "entries" },
    { kind: "whole", key: "m", name: "m", ...position },
    { kind: "whole", key: "n", name: "n", ...position },
    { kind: "whole", key: "shift", name: "shift", ...position },
    { kind: "number", key: "base", name: "base", min: 0, max: BASE_LIMITS.max, minInclusive: false },
  ],
  sizes: { entries: { label: "entries of q and k", min: 2 } },
  afterResize: keepPairs,
  check: (values) => ropeProblem(values)?.message ?? null,
  inspect: ropeCodec,
};
