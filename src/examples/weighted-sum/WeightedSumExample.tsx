import { useState } from "react";
import { formatNumber, matmul, row, subscript, type Matrix } from "../../math/index.ts";
import { readCell } from "../../math/parse-values.ts";
import { useExampleFrame, type ExampleFrameContext } from "../../frame/context.ts";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import { MatrixProductView } from "../matrix-product/MatrixProductExample.tsx";
import { rescaleKeeping } from "./WeightedSumExample.rescale.ts";
import type { WeightedSumExampleProps } from "./WeightedSumExample.schema.ts";
import { labelSuffix } from "../../text/matrix-words.ts";
import { describeMix, formatWeightedRows, weightedSumSymbols } from "./weighted-sum-words.ts";
import { weightedSumSpec } from "./WeightedSumExample.editing.ts";
import { weightedSumValues } from "./WeightedSumExample.values.ts";
import { MixturePlot } from "../../charts/mixture-plot/MixturePlot.tsx";

export type { WeightedSumExampleProps };

/** A weight the learner typed that broke its row's sum, remembered after the cell is left. */
interface PendingWeight {
  readonly row: number;
  readonly col: number;
  readonly value: number;
  /** The weights it was typed into: the offer lapses once they change. */
  readonly base: Matrix;
}

/** The weight being typed into a cell, when the frame refused it (its row would not sum to 1), else null. */
function typedWeight(frame: ExampleFrameContext | null, weights: Matrix): PendingWeight | null {
  const refused = frame?.refused?.key === "weights" ? frame.refused : null;
  const draft = refused ? frame!.draftOf("weights", refused.row, refused.col) : undefined;
  if (refused === null || draft === undefined) return null;
  const read = readCell(draft, "weight");
  // Only a weight in 0 … 1 can be kept; anything else is refused for its own reason.
  if (!read.ok || read.value < 0 || read.value > 1) return null;
  return { row: refused.row, col: refused.col, value: read.value, base: weights };
}

const samePending = (a: PendingWeight, b: PendingWeight | null) =>
  b !== null && a.row === b.row && a.col === b.col && a.value === b.value && a.base === b.base;

/**
 * While editing: a weight typed into a cell that made its row stop summing to 1 was refused (the
 * example keeps its last valid weights). This offers to keep that weight and rescale the rest of
 * its row, which is the only way one changed weight can leave a valid row.
 */
function RescaleOffer({ weights }: { readonly weights: Matrix }) {
  const frame = useExampleFrame();
  const [remembered, setRemembered] = useState<PendingWeight | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const typed = typedWeight(frame, weights);
  // Remembered while the learner moves on (leaving the cell drops its draft), until the weights change.
  if (typed !== null && !samePending(typed, remembered)) setRemembered(typed);
  const pending = typed ?? remembered;
  if (!frame?.editing || pending === null || pending.base !== weights || weights[pending.row]!.length < 2) return null;
  const { row: i, col: j, value } = pending;
  const name = `A${subscript(i)}${subscript(j)}`;
  const apply = () => {
    const next = rescaleKeeping(weights[i]!, j, value);
    if (next === null) return;
    const message = frame.setValues({ weights: weights.map((r, k) => (k === i ? next : r)) });
    setProblem(message);
    if (message === null) setRemembered(null);
  };
  return (
    <div className="rescale-offer" role="group" aria-label="Keep the typed weight">
      <p>
        With {name} = {formatNumber(value, 6)}, row {i} of the weights would not sum to 1. Keep {name} and share the
        rest, {formatNumber(1 - value, 6)}, among the other weights of row {i} in their present proportions:
      </p>
      <button type="button" className="example-tool" onClick={apply}>
        Set {name} = {formatNumber(value, 6)} and rescale row {i}
      </button>
      {problem ? <p role="alert">{problem}</p> : null}
    </div>
  );
}

/**
 * O = AV: output row i is query i's weighted sum of the value rows, oᵢ = Σⱼ Aᵢⱼ vⱼ. Inspecting
 * O[i][c] marks query i's weights and column c of V, and writes out both the entry and the whole
 * row as a mix of value rows.
 *
 * The weights are given, not computed: the schema (and, while editing, the example's rule) checks
 * each row is a valid softmax output (entries in 0 … 1, summing to 1). Entries come from
 * MatrixProductView's explainMatmulEntry(A, V, i, j), which is exactly explainWeightedSum(A, V, i,
 * j) (the unit test checks it) without pulling the attention module into the page's JavaScript.
 */
function WeightedSumView({ id, weights, V, tokens }: WeightedSumExampleProps) {
  const output = matmul(weights, V);
  return (
    <MatrixProductView
      id={id}
      A={weights}
      B={V}
      left={{ name: "A", title: "Attention weights A", note: "Row i: how query i shares its attention; it sums to 1." }}
      right={{ name: "V", title: "Values V", note: "Row j is the value vⱼ of token j." }}
      product={{ name: "O", title: "Output O = AV", note: "Row i is the mix of values query i receives." }}
      editFields={{ left: "weights", right: "V" }}
      rowLabels={tokens}
      innerLabels={tokens}
      tokenAxes={{ rows: true, inner: true }}
      label="Worked example: output O = AV"
      describeEntry={(e) => (
        <>
          <p className="expansion weighted-rows">
            o{subscript(e.row)} = {weightedSumSymbols(e.row, V.length)} <br />={" "}
            {formatWeightedRows(row(weights, e.row), V, row(output, e.row))}
          </p>
          <p>
            Query {e.row}
            {labelSuffix(tokens, e.row)} takes {describeMix(row(weights, e.row), tokens)}. Component {e.col} of that mix
            uses column {e.col} of V: each value row’s entry {e.col}, times its weight.
          </p>
        </>
      )}
      extra={(active) => (
        <>
          <RescaleOffer weights={weights} />
          <MixturePlot weights={row(weights, active?.row ?? 0)} V={V} query={active?.row ?? 0} tokens={tokens} />
        </>
      )}
      wordsExtra={
        <ul className="in-words-entries">
          {output.map((outputRow, i) => (
            <li key={i}>
              <span className="expansion">
                o{subscript(i)} = {formatWeightedRows(row(weights, i), V, outputRow)}
              </span>
              : query {i}
              {labelSuffix(tokens, i)} takes {describeMix(row(weights, i), tokens)}.
            </li>
          ))}
        </ul>
      }
    />
  );
}

/**
 * O = AV, editable: the learner may change the weights (kept a valid softmax output), V and the
 * tokens, link to the example with its numbers and inspected entry, embed it and download it.
 */
export const WeightedSumExample = editableExample(
  WeightedSumView,
  weightedSumSpec,
  "Weighted sum example",
  weightedSumValues,
);
