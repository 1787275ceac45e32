import { attentionBeforeAndAfter, identityOrder, speakNumber, swapTokens } from "../../math/index.ts";
import { UNORDERED_FEATURES, unorderedFeatures, unorderedHead } from "../../data/cat-sat-unordered.ts";
import { AttentionMap } from "../../charts/heatmap/AttentionMap.tsx";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import { MatrixGrid } from "../../inspect/MatrixGrid.tsx";
import { useInspection } from "../../inspect/useInspection.ts";
import { quoted, strongestKeys, weightLabel } from "../../text/attention-map-words.ts";
import { ScoreFacts } from "../attention-map/ScoreFacts.tsx";
import { orderShuffleSpec, type ShuffleMap, type ShuffleTarget } from "./OrderShuffleExample.editing.ts";
import type { OrderShuffleExampleProps } from "./OrderShuffleExample.schema.ts";
import { OrderShuffleInWords } from "./OrderShuffleInWords.tsx";
import { describeShuffleCell, differenceWords, reorderedWords, swapWords } from "./order-shuffle-text.ts";
import { SwapControls } from "./SwapControls.tsx";

export type { OrderShuffleExampleProps };

/** A sentence with the swapped words in bold (and underlined), so the change does not rest on colour. */
function SentenceLine({ label, words, marked }: { label: string; words: readonly string[]; marked: number[] }) {
  return (
    <p className="order-sentence">
      <span className="order-sentence-label">{label}</span>{" "}
      {words.map((word, i) => (
        <span key={i}>
          {i > 0 ? " " : null}
          {marked.includes(i) ? <strong className="order-swapped">{word}</strong> : word}
        </span>
      ))}
    </p>
  );
}

/**
 * One attention head with no positional information, over a sentence and over the same sentence
 * with two words swapped, each map computed from scratch. Inspecting a weight in either map
 * (hover, focus, tap, arrow keys) marks the cell of the other map that holds the same number and
 * says where it moved; the line under the maps gives the largest difference between the new map
 * and the old one moved, as computed.
 */
function OrderShuffleView({ id, sentence, a, b }: OrderShuffleExampleProps) {
  const order = swapTokens(identityOrder(sentence.length), a, b);
  const X = unorderedFeatures(sentence);
  const run = attentionBeforeAndAfter(X, unorderedHead, order);
  const after = reorderedWords(sentence, order);
  const inspection = useInspection<ShuffleTarget>();
  const active = inspection.active;
  const text = active === null ? null : describeShuffleCell(sentence, run, active);
  const swapped = a === b ? [] : [a, b];

  const map = (which: ShuffleMap, words: readonly string[], weights: typeof run.before.weights) => (
    <div className="order-map">
      <p className="operand-title">{which === "before" ? "Before the swap" : "After the swap"}</p>
      <AttentionMap
        queries={words}
        keys={words}
        weights={weights}
        title={`Attention map of “${words.join(" ")}”${which === "after" ? ", after the swap" : ""}`}
        description={`Rows are queries, columns are keys; each cell shows its weight, and a stronger colour means more weight. Strongest key for each query: ${strongestKeys(words, weights)}.`}
        cellLabel={(i, j) =>
          `${which === "before" ? "Before" : "After"}: ${quoted(words[i]!)} looks at ${quoted(words[j]!)}: weight ${weightLabel(weights[i]![j]!)}`
        }
        active={active?.map === which ? active : null}
        echo={text !== null && text.echo.map === which ? text.echo : null}
        bind={(cell) => inspection.bind({ map: which, ...cell })}
      />
    </div>
  );

  return (
    <div
      className="example order-example"
      data-example={id}
      role="group"
      aria-label="Word order example"
      onKeyDown={inspection.onKeyDown}
    >
      <SwapControls sentence={sentence} a={a} b={b} />
      <SentenceLine label="Before:" words={sentence} marked={swapped} />
      <SentenceLine label="After:" words={after} marked={swapped} />
      <p className="operand-note">{swapWords(sentence, a, b)}</p>
      <div className="order-maps">
        {map("before", sentence, run.before.weights)}
        {map("after", after, run.after.weights)}
      </div>
      <p className="order-verdict">
        Each map is computed from scratch. The largest difference between the second map and the first with its rows and
        columns moved the same way: <strong>{differenceWords(run.difference)}</strong>.
      </p>
      <div className="readout" aria-live="polite" aria-atomic="true">
        {text === null ? (
          <p>Hover, focus or tap a weight in either map to find the same number in the other.</p>
        ) : (
          <>
            <p className="expansion">
              {text.map}: {text.pair}
            </p>
            <dl className="map-facts">
              <dt>Query</dt>
              <dd>
                {text.query}, row {active!.row}
              </dd>
              <dt>Key</dt>
              <dd>
                {text.key}, column {active!.col}
              </dd>
              <ScoreFacts text={text} />
            </dl>
            <p>{text.partner}</p>
          </>
        )}
      </div>
      <div className="sentence-features">
        <p className="operand-title">How each word is read</p>
        <MatrixGrid
          values={X}
          label="Embeddings X: the features of each word, before the swap"
          rowLabels={sentence}
          colLabels={UNORDERED_FEATURES}
          cellLabel={(i, j, v) => `X row ${i} (${sentence[i]}), ${UNORDERED_FEATURES[j]}: ${speakNumber(v)}`}
        />
        <p className="operand-note">
          A word’s row depends only on its kind (from a small word list; other words count as nouns). No column says
          where the word stands, so the swap only moves rows of X.
        </p>
      </div>
      <OrderShuffleInWords sentence={sentence} run={run} />
    </div>
  );
}

/**
 * Attention without positions, before and after two words swap: editable (the sentence and the
 * two positions), linkable, embeddable and downloadable.
 */
export const OrderShuffleExample = editableExample(OrderShuffleView, orderShuffleSpec, "Word order example");
