import { singleHeadExamples } from "../../data/data-sets.ts";
import { sentenceFeatures } from "../../data/lexicon.ts";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import { AttentionMap } from "../../charts/heatmap/AttentionMap.tsx";
import type { AttentionMapExampleProps } from "./AttentionMapExample.schema.ts";
import { AttentionMapFeatures } from "./AttentionMapFeatures.tsx";
import { AttentionMapInWords } from "./AttentionMapInWords.tsx";
import { describeMapCell, quoted, strongestKeys, weightLabel } from "../../text/attention-map-words.ts";
import type { CellPosition } from "../../inspect/MatrixGrid.tsx";
import { useInspection } from "../../inspect/useInspection.ts";
import { runSingleHead } from "./single-head-run.ts";
import { attentionMapSpec } from "./AttentionMapExample.editing.ts";
import { ScoreFacts } from "./ScoreFacts.tsx";
import { tokenPositions } from "../../tokens/token-colours.ts";

export type { AttentionMapExampleProps };

/** The props the view receives: the sentence is always there (the data set's tokens by default). */
type AttentionMapViewProps = Omit<AttentionMapExampleProps, "sentence"> & { readonly sentence: readonly string[] };

/**
 * The attention map of a sentence: softmax(QKᵀ/√d_k) as a heatmap. The sentence's features X come
 * from the lexicon, the weights from the data set. Inspecting a cell (hover, focus, tap, arrow
 * keys) names the query and key and shows the score, the scaled score and the weight, and marks
 * the query's row.
 */
function AttentionMapView({ id, example, sentence }: AttentionMapViewProps) {
  const data = singleHeadExamples[example];
  const tokens = sentence;
  const X = sentenceFeatures(tokens);
  const attention = runSingleHead({ ...data, tokens, X });
  const inspection = useInspection<CellPosition>();
  const active = inspection.active;
  const text = active === null ? null : describeMapCell(tokens, attention, active.row, active.col);

  return (
    <div
      className="example attention-map-example"
      data-example={id}
      role="group"
      aria-label="Attention map example"
      onKeyDown={inspection.onKeyDown}
    >
      <AttentionMap
        queries={tokens}
        keys={tokens}
        weights={attention.weights}
        title={`Attention map of “${tokens.join(" ")}”`}
        description={`Rows are queries, columns are keys; each cell shows its weight, and a stronger colour means more weight. Strongest key for each query: ${strongestKeys(tokens, attention.weights)}.`}
        cellLabel={(i, j) =>
          `${quoted(tokens[i]!)} looks at ${quoted(tokens[j]!)}: weight ${weightLabel(attention.weights[i]![j]!)}`
        }
        active={active}
        bind={inspection.bind}
        tokens={{ queries: tokenPositions(tokens.length), keys: tokenPositions(tokens.length) }}
      />
      <div className="readout" aria-live="polite" aria-atomic="true">
        {active === null || text === null ? (
          <p data-hint="">Hover, focus or tap a cell of the map to see where its weight comes from.</p>
        ) : (
          <>
            <p className="expansion">{text.pair}</p>
            <dl className="map-facts">
              <dt>Query</dt>
              <dd>
                {text.query}, row {active.row}
              </dd>
              <dt>Key</dt>
              <dd>
                {text.key}, column {active.col}
              </dd>
              <ScoreFacts text={text} />
            </dl>
            <p>
              Softmax runs across the row of {text.query}, so its weights add up to 1; the largest goes to{" "}
              {text.strongest}.
            </p>
          </>
        )}
      </div>
      <AttentionMapFeatures words={tokens} X={X} features={data.features} />
      <AttentionMapInWords tokens={tokens} weights={attention.weights} label="The map in words" />
    </div>
  );
}

const EditableMap = editableExample(AttentionMapView, attentionMapSpec, "Attention map example");

/**
 * The attention map, editable: the learner may type their own sentence, link to it with the
 * inspected cell, embed it and download it. Without a `sentence` prop it maps the data set's own.
 */
export function AttentionMapExample(props: AttentionMapExampleProps) {
  return <EditableMap {...props} sentence={props.sentence ?? singleHeadExamples[props.example].tokens} />;
}
