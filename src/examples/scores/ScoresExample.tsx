import { subscript, transpose } from "../../math/index.ts";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import { MatrixGrid } from "../../inspect/MatrixGrid.tsx";
import { MatrixProductView } from "../matrix-product/MatrixProductExample.tsx";
import type { ScoresExampleProps } from "./ScoresExample.schema.ts";
import { cellName, labelSuffix } from "../../text/matrix-words.ts";
import { scoresSpec } from "./ScoresExample.editing.ts";
import { scoresValues } from "./ScoresExample.values.ts";
import { tokenPositions } from "../../tokens/token-colours.ts";

export type { ScoresExampleProps };

/**
 * S = QKᵀ. Inspecting score S[i][j] marks query row i of Q and key j twice: as row j of K and as
 * column j of Kᵀ, the same numbers turned on their side so that a row meets a column.
 *
 * The entries come from MatrixProductView's explainMatmulEntry(Q, Kᵀ, i, j), which is how
 * explainScore(Q, K, i, j) is defined; calling explainScore here would add the attention module
 * (softmax, masking) to the page's JavaScript for the same numbers. The unit test checks both agree.
 *
 * While editing, Q and K (not Kᵀ, which is only K turned on its side) take typed numbers in place.
 */
function ScoresView({ id, Q, K, tokens }: ScoresExampleProps) {
  const kT = transpose(K);
  return (
    <MatrixProductView
      id={id}
      A={Q}
      B={kT}
      left={{ name: "Q", title: "Queries Q", note: "Row i is the query qᵢ of token i." }}
      right={{ name: "Kᵀ", title: "Keys, transposed: Kᵀ", note: "Column j is the key kⱼ of token j." }}
      product={{ name: "S", title: "Scores S = QKᵀ", note: "Row i: query i against every key." }}
      editFields={{ left: "Q", right: "" }}
      rowLabels={tokens}
      colLabels={tokens}
      tokenAxes={{ rows: true, cols: true }}
      label="Worked example: scores S = QKᵀ"
      entryName={(i, j) => `S${subscript(i)}${subscript(j)} = q${subscript(i)}·k${subscript(j)}`}
      describeEntry={(e) => (
        <p>
          The query of token {e.row}
          {labelSuffix(tokens, e.row)} against the key of token {e.col}
          {labelSuffix(tokens, e.col)}: row {e.row} of Q times row {e.col} of K, which is column {e.col} of Kᵀ.
        </p>
      )}
      extra={(active, factor) => (
        <div className="extra-operands">
          <div className="operand">
            <p className="operand-title">Keys K, as computed</p>
            <MatrixGrid
              values={K}
              edit="K"
              label="Keys K, as computed"
              cellLabel={(i, j, v) => cellName("K", i, j, v, tokens)}
              roleOf={(i, k) => (active !== null && i === active.col ? (k === factor ? "factor" : "ingredient") : null)}
              rowLabels={tokens}
              rowTokens={tokens && tokenPositions(tokens.length)}
            />
            <p className="operand-note">Row j of K is column j of Kᵀ.</p>
          </div>
        </div>
      )}
    />
  );
}

/**
 * S = QKᵀ, editable: the learner may change Q, K and the tokens, link to the example with its
 * numbers and inspected score, embed it and download it.
 */
export const ScoresExample = editableExample(ScoresView, scoresSpec, "Scores example", scoresValues);
