import type { Matrix } from "../../math/index.ts";
import { formatMatrix, formatVector } from "../../text/words.ts";
import { memoByValue } from "../../inspect/memo-by-value.ts";
import { InWords } from "../../text/InWords.tsx";

interface EmbeddingInWordsProps {
  readonly vocabulary: readonly string[];
  readonly E: Matrix;
  readonly tokens: readonly string[];
  /** The vocabulary id of each token, as the example computed it. */
  readonly ids: readonly number[];
  /** The looked-up rows, as the example computed them. */
  readonly X: Matrix;
}

/** The text alternative of an embedding lookup: the table, the ids and every row of X. */
function EmbeddingInWordsText({ vocabulary, E, tokens, ids, X }: EmbeddingInWordsProps) {
  return (
    <InWords label="Worked embedding lookup example in words" title="The example in words">
      <dl>
        <dt>Embedding table E</dt>
        <dd>{vocabulary.map((word, k) => `${k} “${word}” ${formatVector(E[k]!)}`).join("; ")}.</dd>
        <dt>Token ids</dt>
        <dd>
          “{tokens.join(" ")}” becomes {ids.join(", ")}.
        </dd>
        <dt>Embeddings X</dt>
        <dd>{formatMatrix(X)}, one row per token.</dd>
      </dl>
      <ul className="in-words-entries">
        {tokens.map((token, i) => (
          <li key={i}>
            Token {i}, “{token}”: id {ids[i]}, so row {i} of X is row {ids[i]} of E, {formatVector(X[i]!)}.
          </li>
        ))}
      </ul>
    </InWords>
  );
}

/** EmbeddingInWordsText, re-rendered only when its numbers change (an inspection does not change them). */
export const EmbeddingInWords = memoByValue(EmbeddingInWordsText);
