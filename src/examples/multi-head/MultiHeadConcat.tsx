import { speakNumber, subscript, type Matrix } from "../../math/index.ts";
import type { CellPosition } from "../../inspect/MatrixGrid.tsx";
import { MatrixGrid } from "../../inspect/MatrixGrid.tsx";
import type { InspectHandlers } from "../../inspect/useInspection.ts";
import { withSubscripts } from "../../notation/subscripts.tsx";
import { WeightName } from "../../text/WeightName.tsx";
import { describeConcatEntry, describeOutputEntry, headName, headOutputSymbol } from "./multi-head-words.ts";
import { tokenPositions } from "../../tokens/token-colours.ts";

interface MultiHeadConcatProps {
  readonly tokens: readonly string[];
  readonly headOutputs: readonly Matrix[];
  /** The heads' outputs side by side. */
  readonly concat: Matrix;
  readonly WO: Matrix;
  /** concat·W_O. */
  readonly output: Matrix;
  /** The inspected entry of C, or null. */
  readonly concatCell: CellPosition | null;
  /** The inspected entry of Y, or null. */
  readonly outputCell: CellPosition | null;
  readonly bindConcat: (cell: CellPosition) => InspectHandlers;
  readonly bindOutput: (cell: CellPosition) => InspectHandlers;
}

const same = (cell: CellPosition | null, i: number, j: number) => cell?.row === i && cell.col === j;

/** Y = C·W_O with C and Y inspectable, and the readout for both. */
export function MultiHeadConcat(props: MultiHeadConcatProps) {
  const { tokens, headOutputs, concat, WO, output, concatCell, outputCell } = props;
  const concatText = concatCell && describeConcatEntry(tokens, headOutputs, concatCell.row, concatCell.col);
  const outputText = outputCell && describeOutputEntry(headOutputs, concat, WO, outputCell.row, outputCell.col);
  const headOf = (c: number) => describeConcatEntry(tokens, headOutputs, 0, c);
  const concatLabels = concat[0]!.map(
    (_, c) => `${headOutputSymbol(headOf(c).head)}${subscript(headOf(c).headColumn)}`,
  );
  const outputLabels = output[0]!.map((_, j) => `y${subscript(j)}`);

  return (
    <>
      <div className="equation-row">
        <div className="operand operand-wide">
          <p className="operand-title">Heads side by side: C</p>
          <MatrixGrid
            values={concat}
            label="Concatenation C: inspect an entry"
            rowLabels={tokens}
            rowTokens={tokenPositions(tokens.length)}
            colLabels={concatLabels}
            cellLabel={(i, c, v) =>
              `C row ${i} (${tokens[i]}), column ${c}, from ${headName(headOf(c).head)}: ${speakNumber(v)}`
            }
            roleOf={(i, c) => (same(concatCell, i, c) ? "inspected" : outputCell?.row === i ? "ingredient" : null)}
            inspect={{ active: concatCell, bind: props.bindConcat }}
          />
        </div>
        <span className="operator" aria-hidden="true">
          ×
        </span>
        <div className="operand operand-wide">
          <p className="operand-title">
            Output weights <WeightName of="O" />
          </p>
          <MatrixGrid
            values={WO}
            label="Output weights W sub O"
            rowLabels={concatLabels}
            colLabels={outputLabels}
            cellLabel={(r, j, v) => `W sub O row ${r}, column ${j}: ${speakNumber(v)}`}
            roleOf={(_, j) => (outputCell?.col === j ? "ingredient" : null)}
          />
        </div>
        <span className="operator" aria-hidden="true">
          =
        </span>
        <div className="operand operand-wide">
          <p className="operand-title">
            Output Y = C·
            <WeightName of="O" />
          </p>
          <MatrixGrid
            values={output}
            label="Output Y: inspect an entry"
            rowLabels={tokens}
            rowTokens={tokenPositions(tokens.length)}
            colLabels={outputLabels}
            cellLabel={(i, j, v) => `Y row ${i} (${tokens[i]}), column ${j}: ${speakNumber(v)}`}
            roleOf={(i, j) => (same(outputCell, i, j) ? "inspected" : null)}
            inspect={{ active: outputCell, bind: props.bindOutput }}
          />
        </div>
      </div>
      <div className="readout" aria-live="polite" aria-atomic="true">
        {concatText ? (
          <>
            <p className="expansion">{concatText.equation}</p>
            <p>{concatText.sentence}</p>
          </>
        ) : outputText ? (
          <>
            <p className="expansion">{outputText.expansion}</p>
            <p>{withSubscripts(outputText.sources)}</p>
          </>
        ) : (
          <p data-hint="">
            Hover, focus or tap an entry of C to see which head it comes from, or an entry of Y to see it worked out.
          </p>
        )}
      </div>
    </>
  );
}
