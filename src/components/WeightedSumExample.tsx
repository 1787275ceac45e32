import { matmul, row, subscript } from "../math/index.ts";
import { MatrixProductExample } from "./MatrixProductExample.tsx";
import type { WeightedSumExampleProps } from "./WeightedSumExample.schema.ts";
import { labelSuffix } from "./matrix-words.ts";
import { describeMix, formatWeightedRows, weightedSumSymbols } from "./weighted-sum-words.ts";

export type { WeightedSumExampleProps };

/**
 * O = AV: output row i is query i's weighted sum of the value rows, oᵢ = Σⱼ aᵢⱼ vⱼ. Inspecting
 * O[i][c] marks query i's weights and column c of V, and writes out both the entry and the whole
 * row as a mix of value rows.
 *
 * The weights are given, not computed: the schema checks each row is a valid softmax output
 * (entries in 0 … 1, summing to 1). Entries come from MatrixProductExample's
 * explainMatmulEntry(A, V, i, j), which is exactly explainWeightedSum(A, V, i, j) (the unit test
 * checks it) without pulling the attention module into the page's JavaScript.
 */
export function WeightedSumExample({ id, weights, V, tokens }: WeightedSumExampleProps) {
  const output = matmul(weights, V);
  return (
    <MatrixProductExample
      id={id}
      A={weights}
      B={V}
      left={{ name: "A", title: "Attention weights A", note: "Row i: how query i shares its attention; it sums to 1." }}
      right={{ name: "V", title: "Values V", note: "Row j is the value vⱼ of token j." }}
      product={{ name: "O", title: "Output O = AV", note: "Row i is the mix of values query i receives." }}
      rowLabels={tokens}
      innerLabels={tokens}
      label="Worked example: output O = AV"
      describeEntry={(e) => (
        <>
          <p className="expansion weighted-rows">
            o{subscript(e.row)} = {weightedSumSymbols(e.row, V.length)}{" "}
            <br />= {formatWeightedRows(row(weights, e.row), V, row(output, e.row))}
          </p>
          <p>
            Query {e.row}
            {labelSuffix(tokens, e.row)} takes {describeMix(row(weights, e.row), tokens)}. Component {e.col} of that mix uses
            column {e.col} of V: each value row’s entry {e.col}, times its weight.
          </p>
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
