import { formatNumber, ropeTheta, type RopeShiftComparison } from "../../math/index.ts";
import { formatVector } from "../../text/words.ts";
import type { RopeValues } from "./rope-rules.ts";
import { shiftVerdict } from "./rope-text.ts";
import { InWords } from "../../text/InWords.tsx";

interface RopeInWordsProps {
  readonly values: RopeValues;
  readonly comparison: RopeShiftComparison;
}

const four = (v: readonly number[]) => `(${v.map((x) => formatNumber(x, 4)).join(", ")})`;

/**
 * The text alternative of the RoPE example: each pair's angle per position, q and k before and
 * after turning at both pairs of positions, and the two scores. Server-rendered, so it reads
 * without JavaScript.
 */
export function RopeInWords({ values, comparison }: RopeInWordsProps) {
  const { q, k, base } = values;
  const d = q.length;
  const thetas = Array.from({ length: d / 2 }, (_, i) => ropeTheta(i, d, base));
  return (
    <InWords label={`RoPE of q = ${formatVector(q)} and k = ${formatVector(k)}, in words`} title="The example in words">
      <p>
        q = {formatVector(q)} and k = {formatVector(k)} have {d} entries, so {d / 2} {d === 2 ? "pair" : "pairs"}. With
        base {formatNumber(base)}, each position turns{" "}
        {thetas.map((t, i) => `pair ${i} by ${formatNumber(t, 4)} rad`).join(", ")}.
      </p>
      <ul>
        {[comparison.near, comparison.far].map((e) => (
          <li key={`${e.m}-${e.n}`}>
            q turned at {e.m} is {four(e.qRotated)}; k turned at {e.n} is {four(e.kRotated)}; their score is{" "}
            {formatNumber(e.sum, 4)}.
          </li>
        ))}
      </ul>
      <p>{shiftVerdict(comparison)}</p>
    </InWords>
  );
}
