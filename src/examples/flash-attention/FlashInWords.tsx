import { Fragment } from "react";
import type { FlashCheck } from "../../math/index.ts";
import { show } from "../../text/tiled-text.ts";
import { verdictText } from "../online-softmax/OnlineSoftmaxFinal.tsx";
import { keysText, listText, queriesText, rowsText } from "./flash-text.ts";
import { InWords } from "../../text/InWords.tsx";

/**
 * The text version of the FlashAttention example: each step's blocks and, per query, m, the
 * factor, l and the running output; then O beside standard attention. Readable without
 * JavaScript, in print and by screen readers; it always goes to the last step.
 */
export function FlashInWords({ check }: { readonly check: FlashCheck }) {
  const { flash, standard, difference } = check;
  return (
    <InWords label="FlashAttention, block by block, in words" title="The example in words">
      <dl>
        <dt>Blocks</dt>
        <dd>
          B<sub>r</sub> = {flash.blockRows} queries by B<sub>c</sub> = {flash.blockCols} keys: {flash.steps.length}{" "}
          steps. Every query starts with m = −∞, l = 0 and Õ = 0.
        </dd>
        {flash.steps.map((step, s) => (
          <Fragment key={s}>
            <dt>
              Step {s + 1}: {keysText(step.colStart, step.colEnd)} arrive at {queriesText(step.rowStart, step.rowEnd)}
            </dt>
            <dd>
              {step.rows.map((row, a) => (
                <span key={a} className="in-words-line">
                  Query {step.rowStart + a}: scaled scores {listText(row.scores)}; m = {show(row.maxAfter)}, factor{" "}
                  {show(row.rescale)}, l = {show(row.sumAfter)}; Õ becomes {listText(step.outputAfter[a]!)}.
                </span>
              ))}
            </dd>
          </Fragment>
        ))}
        <dt>Output O = Õ / l</dt>
        <dd>{rowsText(flash.output)}</dd>
        <dt>Standard attention, with the whole score matrix</dt>
        <dd>{rowsText(standard.output)}</dd>
        <dt>Check</dt>
        <dd>
          FlashAttention against standard attention:{" "}
          {verdictText(difference).replace("the two rows", "the two outputs")}
        </dd>
      </dl>
    </InWords>
  );
}
