import { Fragment } from "react";
import {
  explainProjection,
  formatDotExpansion,
  projectRow,
  subscript,
  type Matrix,
  type Vector,
} from "../../math/index.ts";
import { formatMatrix, formatVector, ordinal } from "../../text/words.ts";
import { memoByValue } from "../../inspect/memo-by-value.ts";
import { InWords } from "../../text/InWords.tsx";

interface ProjectionInWordsProps {
  readonly x: Vector;
  readonly W: Matrix;
}

/**
 * The text alternative of a projection example: every number and every expansion, readable
 * without JavaScript, in print and by screen readers.
 */
function ProjectionInWordsText({ x, W }: ProjectionInWordsProps) {
  const y = projectRow(x, W);
  return (
    <InWords label="Worked projection example in words" title="The example in words">
      <dl>
        <dt>Input vector x</dt>
        <dd>{formatVector(x)}: one token embedding row.</dd>
        <dt>Weight matrix W</dt>
        <dd>{formatMatrix(W)}, written row by row. Each output component uses one column of W.</dd>
        <dt>Projected vector y</dt>
        <dd>{formatVector(y)}. The same input row produces every output component.</dd>
        {y.map((_, j) => {
          const explanation = explainProjection(x, W, j);
          return (
            <Fragment key={j}>
              <dt>{ordinal(j)[0]!.toUpperCase() + ordinal(j).slice(1)} output component</dt>
              <dd>
                <span className="expansion">{formatDotExpansion(`y${subscript(j)}`, explanation)}</span>. Take the{" "}
                {ordinal(j)} column of W, {formatVector(explanation.column)}, multiply it entry by entry with x, then
                add the products.
              </dd>
            </Fragment>
          );
        })}
      </dl>
    </InWords>
  );
}

/** ProjectionInWordsText, re-rendered only when its numbers change (an inspection does not change them). */
export const ProjectionInWords = memoByValue(ProjectionInWordsText);
