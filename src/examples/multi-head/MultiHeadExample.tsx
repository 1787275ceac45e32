import { multiHeadExamples } from "../../data/data-sets.ts";
import { sentenceFeatures } from "../../data/lexicon.ts";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import { multiHeadAttention, speakNumber, subscript } from "../../math/index.ts";
import { AttentionMap } from "../../charts/heatmap/AttentionMap.tsx";
import { AttentionMapFeatures } from "../attention-map/AttentionMapFeatures.tsx";
import { sentenceSpec } from "../attention-map/attention-map-sentence.ts";
import { quoted, strongestKeys, weightLabel } from "../../text/attention-map-words.ts";
import { HeadWeights } from "./HeadWeights.tsx";
import { MatrixGrid, type CellPosition } from "../../inspect/MatrixGrid.tsx";
import { useInspection } from "../../inspect/useInspection.ts";
import { MultiHeadConcat } from "./MultiHeadConcat.tsx";
import type { MultiHeadExampleProps } from "./MultiHeadExample.schema.ts";
import { MultiHeadInWords } from "./MultiHeadInWords.tsx";
import { MultiHeadMapReadout } from "./MultiHeadMapReadout.tsx";
import { describeConcatEntry, headName, headOutputSymbol } from "./multi-head-words.ts";
import { type MultiHeadTarget, multiHeadCodec } from "./MultiHeadExample.editing.ts";
import { tokenPositions } from "../../tokens/token-colours.ts";

export type { MultiHeadExampleProps };

/** The props the view receives: the sentence is always there (the data set's tokens by default). */
type MultiHeadViewProps = Omit<MultiHeadExampleProps, "sentence"> & { readonly sentence: readonly string[] };

/**
 * Multi-head attention worked through: how each word of the sentence is read (X), each head's
 * weights and map (inspect a cell: score, scaling by √ of that head's d_k, weight), the heads'
 * outputs set side by side as C (inspect: which head and column), and Y = C·W_O (inspect: the row
 * of C times the column of W_O). X comes from the sentence, the weights from the data set.
 */
function MultiHeadView({ id, example, sentence }: MultiHeadViewProps) {
  const { heads, WO, features } = multiHeadExamples[example];
  const tokens = sentence;
  const X = sentenceFeatures(tokens);
  const result = multiHeadAttention(X, heads, WO);
  const headOutputs = result.heads.map((h) => h.output);
  const inspection = useInspection<MultiHeadTarget>();
  const active = inspection.active;
  const at = (part: MultiHeadTarget["part"], head = 0) =>
    active?.part === part && active.head === head ? active : null;
  const bindTo =
    (part: MultiHeadTarget["part"], head = 0) =>
    (cell: CellPosition) =>
      inspection.bind({ part, head, ...cell });
  const concatCell = at("concat");
  const source = concatCell && describeConcatEntry(tokens, headOutputs, concatCell.row, concatCell.col);

  return (
    <div
      className="example multi-head-example"
      data-example={id}
      role="group"
      aria-label="Worked multi-head example"
      onKeyDown={inspection.onKeyDown}
    >
      <AttentionMapFeatures words={tokens} X={X} features={features} />
      <div className="head-weights-row">
        {heads.map((weights, h) => (
          <HeadWeights key={h} head={h} weights={weights} features={features} />
        ))}
      </div>
      <div className="head-columns">
        {result.heads.map((head, h) => {
          const symbol = headOutputSymbol(h);
          const marked = (i: number, j: number) =>
            source?.head === h && concatCell?.row === i && source.headColumn === j;
          return (
            <section key={h} className="head-column" aria-label={`${headName(h)}: map and output`}>
              <p className="operand-title">Map of {headName(h)}</p>
              <AttentionMap
                queries={tokens}
                keys={tokens}
                weights={head.weights}
                title={`Attention map of ${headName(h)}`}
                description={`Rows are queries, columns are keys; each cell shows its weight. Strongest key for each query: ${strongestKeys(tokens, head.weights)}.`}
                cellLabel={(i, j) =>
                  `${headName(h)}: ${quoted(tokens[i]!)} looks at ${quoted(tokens[j]!)}, weight ${weightLabel(head.weights[i]![j]!)}`
                }
                active={at("map", h)}
                bind={bindTo("map", h)}
                tokens={{ queries: tokenPositions(tokens.length), keys: tokenPositions(tokens.length) }}
              />
              <p className="operand-title">
                Output {symbol} of {headName(h)}
              </p>
              <MatrixGrid
                values={head.output}
                label={`Output ${symbol} of ${headName(h)}`}
                rowLabels={tokens}
                rowTokens={tokenPositions(tokens.length)}
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

const EditableMultiHead = editableExample(
  MultiHeadView,
  (props: MultiHeadViewProps) => sentenceSpec(multiHeadCodec(props.example)),
  "Multi-head example",
);

/**
 * Multi-head attention, editable: the learner may type their own sentence, link to it with the
 * inspected cell, embed it and download it. Without a `sentence` prop it runs the data set's own.
 */
export function MultiHeadExample(props: MultiHeadExampleProps) {
  return <EditableMultiHead {...props} sentence={props.sentence ?? multiHeadExamples[props.example].tokens} />;
}
