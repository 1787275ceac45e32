import { formatNumber, rowSums, softmaxRows, type Matrix } from "../../math/index.ts";
import { nameInText } from "../../charts/axis-labels.ts";
import { describeSoftmaxWeight } from "../../text/softmax-text.ts";
import { formatWeight } from "../../text/weight-format.ts";
import { memoByValue } from "../../inspect/memo-by-value.ts";
import { InWords } from "../../text/InWords.tsx";

interface SoftmaxInWordsProps {
  /** Accessible name of the section. */
  readonly label: string;
  /** The scores softmax is taken of, row by row (masked entries are −∞). */
  readonly scores: Matrix;
  readonly tokens?: readonly string[];
  /** An extra sentence for a row, e.g. which keys its query may see. */
  readonly rowNote?: (row: number) => string;
}

const list = (values: readonly string[]) => `(${values.join(", ")})`;

/**
 * The text alternative of a softmax example: every score, weight, row sum and expansion, readable
 * without JavaScript, in print and by screen readers.
 */
function SoftmaxInWordsText({ label, scores, tokens, rowNote }: SoftmaxInWordsProps) {
  const weights = softmaxRows(scores);
  const sums = rowSums(weights);
  return (
    <InWords label={label} title="The example in words">
      <dl>
        {scores.map((row, i) => {
          const first = describeSoftmaxWeight(row, i, 0);
          return (
            <div key={i} className="in-words-component">
              <dt>
                Row {i}: {nameInText("query", i, tokens)}
              </dt>
              <dd>
                {rowNote ? `${rowNote(i)} ` : ""}Scores {list(row.map((s) => formatNumber(s)))}; subtract the largest,{" "}
                {first.max}: {first.shifted}. Weights {list((weights[i] ?? []).map((w) => formatWeight(w)))}, which sum
                to {formatNumber(sums[i] ?? 0)}.
                <ul>
                  {row.map((s, j) =>
                    // A masked key's weight is 0 by construction; its expansion would only repeat that.
                    s === -Infinity ? null : (
                      <li key={j} className="expansion">
                        {describeSoftmaxWeight(row, i, j).expansion}
                      </li>
                    ),
                  )}
                </ul>
              </dd>
            </div>
          );
        })}
      </dl>
    </InWords>
  );
}

/** SoftmaxInWordsText, re-rendered only when its numbers change (an inspection does not change them). */
export const SoftmaxInWords = memoByValue(SoftmaxInWordsText);
