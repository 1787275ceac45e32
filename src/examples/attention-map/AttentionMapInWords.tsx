import type { Matrix } from "../../math/index.ts";
import { quoted, strongestKeysOf } from "../../text/attention-map-words.ts";
import { formatWeight } from "../../text/weight-format.ts";
import { memoByValue } from "../../inspect/memo-by-value.ts";
import { InWords } from "../../text/InWords.tsx";

interface AttentionMapInWordsProps {
  readonly tokens: readonly string[];
  readonly weights: Matrix;
  /** Accessible name of the section, e.g. "Head 1’s map in words". */
  readonly label: string;
}

/**
 * The text alternative of an attention map: every weight, row by row, and each query's
 * strongest key. Server-rendered, so it reads without JavaScript and in print.
 */
function AttentionMapInWordsText({ tokens, weights, label }: AttentionMapInWordsProps) {
  return (
    <InWords label={label} title={label}>
      <p>Each row is one query; its weights over the keys add up to 1.</p>
      <ul className="map-rows">
        {weights.map((row, i) => (
          <li key={i}>
            <strong>{quoted(tokens[i]!)}</strong> looks most at {strongestKeysOf(tokens, row)}:{" "}
            {row.map((w, j) => `${tokens[j]} ${formatWeight(w)}`).join(", ")}.
          </li>
        ))}
      </ul>
    </InWords>
  );
}

/** AttentionMapInWordsText, re-rendered only when its numbers change (an inspection does not change them). */
export const AttentionMapInWords = memoByValue(AttentionMapInWordsText);
