import { multiHeadExamples } from "../content-data/examples.ts";
import { multiHeadAttention, speakNumber, subscript } from "../math/index.ts";
import { AttentionMap } from "./AttentionMap.tsx";
import { quoted, strongestKeys, weightLabel } from "./attention-map-words.ts";
import { HeadWeights } from "./HeadWeights.tsx";
import { MatrixGrid, type CellPosition } from "./inspect/MatrixGrid.tsx";
import { useInspection } from "./inspect/useInspection.ts";
import { MultiHeadConcat } from "./MultiHeadConcat.tsx";
import type { MultiHeadExampleProps } from "./MultiHeadExample.schema.ts";
import { MultiHeadInWords } from "./MultiHeadInWords.tsx";
import { MultiHeadMapReadout } from "./MultiHeadMapReadout.tsx";
import { describeConcatEntry, headName, headOutputSymbol } from "./multi-head-words.ts";

export type { MultiHeadExampleProps };

/** What is inspected: a cell of head h's map, of the concatenation C, or of the output Y. */
export interface MultiHeadTarget extends CellPosition {
  readonly part: "map" | "concat" | "output";
  /** The head, for a map cell; 0 otherwise. */
  readonly head: number;
}

/**
 * Multi-head attention worked through: each head's weights and map (inspect a cell: score,
 * scaling by √ of that head's d_k, weight), the heads' outputs set side by side as C (inspect:
 * which head and column), and Y = C·W_O (inspect: the row of C times the column of W_O).
 */
export function MultiHeadExample({ id, example }: MultiHeadExampleProps) {
  const { tokens, X, heads, WO, features } = multiHeadExamples[example];
  const result = multiHeadAttention(X, heads, WO);
  const headOutputs = result.heads.map((h) => h.output);
  const inspection = useInspection<MultiHeadTarget>();
  const active = inspection.active;
  const at = (part: MultiHeadTarget["part"], head = 0) => (active?.part === part && active.head === head ? active : null);
  const bindTo = (part: MultiHeadTarget["part"], head = 0) => (cell: CellPosition) => inspection.bind({ part, head, ...cell });
  const concatCell = at("concat");
  const source = concatCell && describeConcatEntry(tokens, headOutputs, concatCell.row, concatCell.col);

  return (
    <div className="example multi-head-example" data-example={id} role="group" aria-label="Worked multi-head example" onKeyDown={inspection.onKeyDown}>
      <div className="head-weights-row">
        {heads.map((weights, h) => (
          <HeadWeights key={h} head={h} weights={weights} features={features} />
        ))}
      </div>
      <div className="head-columns">
        {result.heads.map((head, h) => {
          const symbol = headOutputSymbol(h);
          const marked = (i: number, j: number) => source?.head === h && concatCell?.row === i && source.headColumn === j;
          return (
            <section key={h} className="head-column" aria-label={`${headName(h)}: map and output`}>
              <p className="operand-title">Map of {headName(h)}</p>
              <AttentionMap
                queries={tokens}
                keys={tokens}
                weights={head.weights}
                title={`Attention map of ${headName(h)}`}
                description={`Rows are queries, columns are keys; each cell shows its weight. Strongest key for each query: ${strongestKeys(tokens, head.weights)}.`}
                cellLabel={(i, j) => `${headName(h)}: ${quoted(tokens[i]!)} looks at ${quoted(tokens[j]!)}, weight ${weightLabel(head.weights[i]![j]!)}`}
                active={at("map", h)}
                bind={bindTo("map", h)}
              />
              <p className="operand-title">Output {symbol} of {headName(h)}</p>
              <MatrixGrid
                values={head.output}
                label={`Output ${symbol} of ${headName(h)}`}
                rowLabels={tokens}
                colLabels={head.output[0]!.map((_, j) => `${symbol}${subscript(j)}`)}
                cellLabel={(i, j, v) => `${symbol} row ${i} (${tokens[i]}), column ${j}: ${speakNumber(v)}`}
                roleOf={(i, j) => (marked(i, j) ? "ingredient" : null)}
              />
            </section>
          );
        })}
      </div>
      <MultiHeadMapReadout tokens={tokens} heads={result.heads} active={active?.part === "map" ? active : null} />
      <MultiHeadConcat
        tokens={tokens}
        headOutputs={headOutputs}
        concat={result.concat}
        WO={WO}
        output={result.output}
        concatCell={concatCell}
        outputCell={at("output")}
        bindConcat={bindTo("concat")}
        bindOutput={bindTo("output")}
      />
      <MultiHeadInWords tokens={tokens} heads={result.heads} concat={result.concat} output={result.output} />
    </div>
  );
}
