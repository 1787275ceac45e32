import type { HeadAttention, Matrix } from "../../math/index.ts";
import { AttentionMapInWords } from "../attention-map/AttentionMapInWords.tsx";
import { quoted } from "../../text/attention-map-words.ts";
import { headName, headOutputSymbol } from "./multi-head-words.ts";
import { formatVector } from "../../text/words.ts";
import { memoByValue } from "../../inspect/memo-by-value.ts";
import { InWords } from "../../text/InWords.tsx";
import { WeightName } from "../../text/WeightName.tsx";

interface MultiHeadInWordsProps {
  readonly tokens: readonly string[];
  readonly heads: readonly HeadAttention[];
  readonly concat: Matrix;
  readonly output: Matrix;
}

/**
 * The text alternative of the multi-head example: both maps, each row of C as the heads' output
 * rows set side by side, and each row of Y. Reads without JavaScript.
 */
function MultiHeadInWordsText({ tokens, heads, concat, output }: MultiHeadInWordsProps) {
  return (
    <InWords label="Worked multi-head example in words" title="The example in words">
      {heads.map((head, h) => (
        <AttentionMapInWords key={h} tokens={tokens} weights={head.weights} label={`Map of ${headName(h)}`} />
      ))}
      <p>
        Each row of C is the heads’ output rows set side by side; each row of Y is that row of C times{" "}
        <WeightName of="O" />.
      </p>
      <ul className="map-rows">
        {tokens.map((token, i) => (
          <li key={i}>
            <strong>{quoted(token)}</strong>: C row {formatVector(concat[i]!)} ={" "}
            {heads.map((head, h) => `${headOutputSymbol(h)} ${formatVector(head.output[i]!)}`).join(" then ")}; Y row{" "}
            {formatVector(output[i]!)}.
          </li>
        ))}
      </ul>
    </InWords>
  );
}

/** MultiHeadInWordsText, re-rendered only when its numbers change (an inspection does not change them). */
export const MultiHeadInWords = memoByValue(MultiHeadInWordsText);
