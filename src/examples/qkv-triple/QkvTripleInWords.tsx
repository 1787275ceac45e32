import { Fragment } from "react";
import { explainProjection, formatDotExpansion, subscript } from "../../math/index.ts";
import { memoByValue } from "../../inspect/memo-by-value.ts";
import { withSubscripts } from "../../notation/subscripts.tsx";
import { InWords } from "../../text/InWords.tsx";
import { formatMatrix, formatVector, ordinal } from "../../text/words.ts";
import { projectQkv, QKV_NAMES, QKV_PARTS, type QkvInputs } from "./qkv-parts.ts";

/**
 * The text alternative of the Q/K/V example: x, each weight matrix, q, k and v, and every
 * component's expansion, readable without JavaScript, in print and by screen readers.
 */
function QkvTripleInWordsText(inputs: QkvInputs) {
  const parts = projectQkv(inputs);
  return (
    <InWords label="Worked Q, K and V example in words" title="The example in words">
      <dl>
        <dt>Input row x</dt>
        <dd>{formatVector(inputs.x)}: one token’s row, multiplied by three different weight matrices.</dd>
        {QKV_PARTS.map((part) => {
          const { role, symbol } = QKV_NAMES[part];
          const { W, y } = parts[part];
          return (
            <Fragment key={part}>
              <dt>
                The {role}, {part} = x·{withSubscripts(symbol)}
              </dt>
              <dd>
                <p>
                  {withSubscripts(symbol)} = {formatMatrix(W)}, written row by row, gives {part} = {formatVector(y)}.
                </p>
                <ul className="in-words-entries">
                  {y.map((_, j) => {
                    const explanation = explainProjection(inputs.x, W, j);
                    return (
                      <li key={j}>
                        <span className="expansion">{formatDotExpansion(`${part}${subscript(j)}`, explanation)}</span>:
                        the {ordinal(j)} column of {withSubscripts(symbol)}, {formatVector(explanation.column)}, entry
                        by entry with x.
                      </li>
                    );
                  })}
                </ul>
              </dd>
            </Fragment>
          );
        })}
      </dl>
    </InWords>
  );
}

/** QkvTripleInWordsText, re-rendered only when its numbers change (an inspection does not change them). */
export const QkvTripleInWords = memoByValue(QkvTripleInWordsText);
