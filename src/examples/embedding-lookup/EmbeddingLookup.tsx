import {
  embedTokens,
  explainProjection,
  formatDotExpansion,
  oneHot,
  speakNumber,
  speakTerms,
  subscript,
  tokenIds,
} from "../../math/index.ts";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import type { ExampleSpec, Values } from "../../frame/spec.ts";
import { MAX_SIZE } from "../../math/parse-values.ts";
import type { InspectCodec } from "../../frame/url-state.ts";
import type { EmbeddingLookupProps } from "./EmbeddingLookup.schema.ts";
import { EmbeddingInWords } from "./EmbeddingInWords.tsx";
import { MatrixGrid } from "../../inspect/MatrixGrid.tsx";
import { TokenRow } from "../../inspect/TokenRow.tsx";
import { useInspection } from "../../inspect/useInspection.ts";
import { cellName, entrySymbol } from "../../text/matrix-words.ts";
import { formatVector } from "../../text/words.ts";

export type { EmbeddingLookupProps };

/** A whole token (col null) or one entry of its row of X. */
interface LookupTarget {
  readonly row: number;
  readonly col: number | null;
}

/**
 * The sentence becomes X by looking up one row of E per token. Inspecting a token marks its row
 * of E and its row of X; inspecting an entry of X shows it as the one-hot row times a column of E.
 */
function EmbeddingLookupView({ id, vocabulary, E, tokens }: EmbeddingLookupProps) {
  const ids = tokenIds(vocabulary, tokens);
  const X = embedTokens(E, ids);
  const inspection = useInspection<LookupTarget>();
  const active = inspection.active;
  const word = active === null ? null : ids[active.row]!;
  const vocabularyLabels = vocabulary.map((w, k) => `${k} ${w}`);
  const entry = active?.col == null ? null : explainProjection(oneHot(vocabulary.length, word!), E, active.col);

  return (
    <div className="example embedding-lookup" data-example={id} role="group" aria-label="Worked embedding lookup example" onKeyDown={inspection.onKeyDown}>
      <p className="operand-title">The sentence, one token at a time</p>
      <TokenRow
        tokens={tokens}
        label="Sentence: inspect a token"
        detail={(i) => `#${ids[i]}`}
        roleOf={(i) => (active?.row !== i ? null : active.col === null ? "inspected" : "ingredient")}
        current={active?.row ?? null}
        bind={(i) => inspection.bind({ row: i, col: null })}
      />
      <div className="equation-row">
        <div className="operand">
          <p className="operand-title">Embedding table E</p>
          <MatrixGrid
            values={E}
            edit="E"
            label="Embedding table E"
            cellLabel={(k, c, v) => cellName("E", k, c, v, vocabulary)}
            roleOf={(k, c) => (k === word && (active?.col == null || active.col === c) ? "ingredient" : null)}
            rowLabels={vocabularyLabels}
          />
          <p className="operand-note">One row per vocabulary word, numbered from 0.</p>
        </div>
        <div className="operand">
          <p className="operand-title">Embeddings X</p>
          <MatrixGrid
            values={X}
            label="Embeddings X: inspect an entry"
            cellLabel={(i, c, v) => cellName("X", i, c, v, tokens)}
            roleOf={(i, c) => (active?.row !== i ? null : active.col === c ? "inspected" : active.col === null ? "ingredient" : null)}
            inspect={{ active: active && { row: active.row, col: active.col ?? 0 }, bind: inspection.bind }}
            rowLabels={tokens}
          />
          <p className="operand-note">One row per token of the sentence.</p>
        </div>
      </div>

      <div className="readout" aria-live="polite" aria-atomic="true">
        {active === null ? (
          <p>Hover, focus or tap a token or an entry of X to see where its numbers come from.</p>
        ) : entry === null ? (
          <p>
            Token {active.row}, “{tokens[active.row]}”, has vocabulary id {word}, so row {active.row} of X is row {word} of E,
            copied unchanged: {formatVector(X[active.row]!)}.
          </p>
        ) : (
          <>
            <p className="expansion" aria-label={`X row ${active.row}, column ${entry.index} equals ${speakTerms(entry.terms)}, which is ${speakNumber(entry.sum)}`}>
              {formatDotExpansion(entrySymbol("X", active.row, entry.index), entry)}
            </p>
            <p>
              The lookup as a product: the one-hot row e{subscript(word!)} = {formatVector(oneHot(vocabulary.length, word!))} times
              column {entry.index} of E. Only the 1 at position {word} survives, so X copies {entrySymbol("E", word!, entry.index)}, the entry of
              “{vocabulary[word!]}”.
            </p>
          </>
        )}
      </div>

      <EmbeddingInWords vocabulary={vocabulary} E={E} tokens={tokens} ids={ids} X={X} />
    </div>
  );
}

/**
 * The inspected token ("2": token 2 of the sentence) or entry of X ("2,1": row 2, column 1),
 * within the current sentence and width of E.
 */
/** What a learner may change in the lookup. */
type LookupValues = Pick<EmbeddingLookupProps, "vocabulary" | "E" | "tokens">;

const lookupCodec: InspectCodec<LookupValues> = {
  form: "a token's position, e.g. 2, or row,column of X, e.g. 2,1",
  read(text, values) {
    const match = /^(\d{1,2})(?:,(\d{1,2}))?$/.exec(text.trim());
    if (!match) return null;
    const row = Number(match[1]);
    const col = match[2] === undefined ? null : Number(match[2]);
    const width = values.E[0]!.length;
    return row < values.tokens.length && (col === null || col < width) ? { row, col } : null;
  },
  write(target) {
    const { row, col } = target as LookupTarget;
    return col === null ? String(row) : `${row},${col}`;
  },
};

/**
 * A message when the vocabulary repeats a word or a token is not one of its words, else null. A
 * vocabulary word renamed while the sentence still uses it is caught here, by name.
 */
export function checkLookup({ vocabulary, tokens }: Values<LookupValues>): string | null {
  const repeated = vocabulary.find((word, k) => vocabulary.indexOf(word) !== k);
  if (repeated !== undefined) return `“${repeated}” is in the vocabulary twice: each word owns one row of E, so give every word once.`;
  const position = tokens.findIndex((token) => !vocabulary.includes(token));
  if (position === -1) return null;
  return (
    `Token ${position}, “${tokens[position]}”, is not in the vocabulary (${vocabulary.join(", ")}). ` +
    "Every token must be a vocabulary word, spelt the same way; if you renamed a word, change the tokens that use it too."
  );
}

/**
 * What a learner may change: the vocabulary with one row of E per word, E's width, and the
 * sentence (1–6 tokens from the vocabulary). A token added with the size buttons is the page's
 * first vocabulary word.
 */
export function embeddingLookupSpec(props: EmbeddingLookupProps): ExampleSpec<LookupValues> {
  return {
    fields: [
      { kind: "words", key: "vocabulary", name: "vocabulary", length: "words", min: 1, max: MAX_SIZE },
      { kind: "matrix", key: "E", name: "E", rows: "words", cols: "width" },
      { kind: "words", key: "tokens", name: "tokens", length: "tokens", min: 1, max: MAX_SIZE },
    ],
    sizes: {
      words: { label: "vocabulary words (rows of E)", newWord: (count) => `word${count - 1}` },
      width: { label: "columns of E (and of X)" },
      tokens: { label: "tokens of the sentence (rows of X)", newWord: () => props.vocabulary[0]! },
    },
    check: checkLookup,
    inspect: lookupCodec,
  };
}

/**
 * The embedding lookup, editable: the learner may change the vocabulary, the table E and the
 * sentence, link to the example with its numbers and inspected token or entry, embed it and
 * download it.
 */
export const EmbeddingLookup = editableExample(EmbeddingLookupView, embeddingLookupSpec, "Embedding lookup example");
