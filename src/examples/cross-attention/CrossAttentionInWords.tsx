import { scaledDotProductAttention, sourceProjectionCounts, type Matrix } from "../../math/index.ts";
import { explainScore, explainWeightedSum } from "../../math/index.ts";
import { formatVector } from "../../text/words.ts";
import { crossOutputText, crossScoreText } from "./cross-words.ts";
import { InWords } from "../../text/InWords.tsx";

interface CrossAttentionInWordsProps {
  readonly source: readonly string[];
  readonly target: readonly string[];
  readonly Q: Matrix;
  readonly K: Matrix;
  readonly V: Matrix;
}

/**
 * The text version of the cross-attention example: every score, every target token's weights over
 * the source and every output entry written out, readable without JavaScript.
 */
export function CrossAttentionInWords({ source, target, Q, K, V }: CrossAttentionInWordsProps) {
  const a = scaledDotProductAttention(Q, K, V);
  const dk = K[0]!.length;
  const kept = sourceProjectionCounts(source.length, target.length);
  return (
    <InWords label="Worked cross-attention example in words" title="The example in words">
      <p>
        Source: {source.map((s) => `“${s}”`).join(", ")} ({source.length} tokens, one key and one value each). Target so
        far: {target.map((t) => `“${t}”`).join(", ")} ({target.length} tokens, one query each). The scores form a{" "}
        {target.length} × {source.length} matrix, and nothing is masked. K and V were computed once, {kept.kept} rows
        each; recomputing them at each of the {target.length} decode steps would have projected {kept.recomputed}.
      </p>
      <dl>
        {target.map((t, i) => (
          <div key={`${t}-${i}`}>
            <dt>
              Target token {i}, “{t}”
            </dt>
            {source.map((s, j) => (
              <dd key={`s${j}`} className="expansion">
                {crossScoreText(explainScore(Q, K, i, j), i, j, dk)} (against “{s}”)
              </dd>
            ))}
            <dd>
              Weights over the source: {formatVector(a.weights[i]!)}. Output row: {formatVector(a.output[i]!)}.
            </dd>
            {a.output[i]!.map((_, c) => (
              <dd key={`o${c}`} className="expansion">
                {crossOutputText(explainWeightedSum(a.weights, V, i, c), i, c)}
              </dd>
            ))}
          </div>
        ))}
      </dl>
    </InWords>
  );
}
