import type { Vector } from "../../math/index.ts";
import { QUANTITIES, describeDirection, type DotReading } from "../../text/dot-product-words.ts";
import { formatVector } from "../../text/words.ts";
import { memoByValue } from "../../inspect/memo-by-value.ts";
import { InWords } from "../../text/InWords.tsx";

interface DotProductInWordsProps {
  readonly a: Vector;
  readonly b: Vector;
  /** readDotProduct(a, b), as the example computed it. */
  readonly explanation: DotReading;
}

/** The text alternative of a dot product example: both vectors and every result written out. */
function DotProductInWordsText({ a, b, explanation }: DotProductInWordsProps) {
  return (
    <InWords label={`Dot product of ${formatVector(a)} and ${formatVector(b)}, in words`} title="The example in words">
      <p>
        a = {formatVector(a)} and b = {formatVector(b)}. {describeDirection(explanation)}
      </p>
      <ul className="in-words-entries">
        {QUANTITIES.map((q) => (
          <li key={q.header} className="expansion">
            {q.expansion(explanation)}
          </li>
        ))}
      </ul>
    </InWords>
  );
}

/** DotProductInWordsText, re-rendered only when its numbers change (an inspection does not change them). */
export const DotProductInWords = memoByValue(DotProductInWordsText);
