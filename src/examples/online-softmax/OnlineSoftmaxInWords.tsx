import { Fragment } from "react";
import type { OnlineSoftmaxCheck, Vector } from "../../math/index.ts";
import { positionsText, show } from "../../text/tiled-text.ts";
import { verdictText } from "./OnlineSoftmaxFinal.tsx";
import {
  describeFactor,
  describePlain,
  describeRunningMax,
  describeSum,
  describeTileMax,
  describeWeight,
} from "./online-softmax-text.ts";
import { InWords } from "../../text/InWords.tsx";

interface OnlineSoftmaxInWordsProps {
  readonly scores: Vector;
  readonly check: OnlineSoftmaxCheck;
}

const list = (v: Vector) => `(${v.map(show).join(", ")})`;

/**
 * The text version of the online softmax example: every tile's numbers, the final weights and
 * the plain softmax beside them, readable without JavaScript, in print and by screen readers.
 * It always goes to the last tile, whatever step the example shows.
 */
export function OnlineSoftmaxInWords({ scores, check }: OnlineSoftmaxInWordsProps) {
  const { online, plain, difference } = check;
  return (
    <InWords label="Online softmax, tile by tile, in words" title="The example in words">
      <dl>
        <dt>Scores s</dt>
        <dd>
          {list(scores)}, read in {online.steps.length} tiles of B<sub>c</sub> = {online.tileSize}. Before the first
          tile m = −∞ and l = 0.
        </dd>
        {online.steps.map((step, t) => (
          <Fragment key={t}>
            <dt>
              Tile {t}: {positionsText(step.start, step.scores.length)}, scores {list(step.scores)}
            </dt>
            <dd>
              {[describeTileMax(step, t), describeRunningMax(step, t), describeFactor(step), describeSum(step)].map(
                (text) => (
                  <span key={text.expansion} className="in-words-line">
                    <span className="expansion">{text.expansion}</span>. {text.note}
                  </span>
                ),
              )}
            </dd>
          </Fragment>
        ))}
        <dt>
          Weights from the last m = {show(online.max)} and l = {show(online.sum)}
        </dt>
        <dd>
          {scores.map((_, j) => (
            <span key={j} className="in-words-line expansion">
              {describeWeight(scores, online.tileSize, j).expansion}
            </span>
          ))}
        </dd>
        <dt>Softmax of the whole row at once</dt>
        <dd>
          {list(plain)}; for example <span className="expansion">{describePlain(scores, 0).expansion}</span>.
        </dd>
        <dt>Check</dt>
        <dd>
          Online {list(online.weights)} against all at once {list(plain)}: {verdictText(difference)}
        </dd>
      </dl>
    </InWords>
  );
}
