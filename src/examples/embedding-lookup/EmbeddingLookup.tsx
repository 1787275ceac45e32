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
import type { EmbeddingLookupProps } from "./EmbeddingLookup.schema.ts";
import { EmbeddingInWords } from "./EmbeddingInWords.tsx";
import { MatrixGrid } from "../../inspect/MatrixGrid.tsx";
import { TokenRow } from "../../inspect/TokenRow.tsx";
import { useInspection } from "../../inspect/useInspection.ts";
import { cellName, entrySymbol } from "../../text/matrix-words.ts";
import { formatVector } from "../../text/words.ts";
import { type LookupTarget, embeddingLookupSpec } from "./EmbeddingLookup.editing.ts";
import { tokenPositions } from "../../tokens/token-colours.ts";

export type { EmbeddingLookupProps };

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
    <div
      className="example embedding-lookup"
      data-example={id}
      role="group"
      aria-label="Worked embedding lookup example"
      onKeyDown={inspection.onKeyDown}
    >
      <p className="operand-title">The sentence, one token at a time</p>
      <TokenRow
        tokens={tokens}
        label="Sentence: inspect a token"
        detail={(i) => `#${ids[i]}`}
        roleOf={(i) => (active?.row !== i ? null : active.col === null ? "inspected" : "ingredient")}
        current={active?.row ?? null}
        bind={(i) => inspection.bind({ row: i, col: null })}
        coloured
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
            roleOf={(i, c) =>
              active?.row !== i ? null : active.col === c ? "inspected" : active.col === null ? "ingredient" : null
            }
            inspect={{ active: active && { row: active.row, col: active.col ?? 0 }, bind: inspection.bind }}
            rowLabels={tokens}
            rowTokens={tokenPositions(tokens.length)}
          />
          <p className="operand-note">One row per token of the sentence.</p>
        </div>
      </div>

      <div className="readout" aria-live="polite" aria-atomic="true">
        {active === null ? (
          <p data-hint="">Hover, focus or tap a token or an entry of X to see where its numbers come from.</p>
        ) : entry === null ? (
          <p>
            Token {active.row}, “{tokens[active.row]}”, has vocabulary id {word}, so row {active.row} of X is row {word}{" "}
            of E, copied unchanged: {formatVector(X[active.row]!)}.
          </p>
        ) : (
          <>
            <p
              className="expansion"
              aria-label={`X row ${active.row}, column ${entry.index} equals ${speakTerms(entry.terms)}, which is ${speakNumber(entry.sum)}`}
            >
              {formatDotExpansion(entrySymbol("X", active.row, entry.index), entry)}
            </p>
            <p>
              The lookup as a product: the one-hot row e{subscript(word!)} ={" "}
              {formatVector(oneHot(vocabulary.length, word!))} times column {entry.index} of E. Only the 1 at position{" "}
              {word} survives, so X copies {entrySymbol("E", word!, entry.index)}, the entry of “{vocabulary[word!]}”.
            </p>
          </>
        )}
      </div>

      <EmbeddingInWords vocabulary={vocabulary} E={E} tokens={tokens} ids={ids} X={X} />
    </div>
  );
}

/**
 * The embedding lookup, editable: the learner may change the vocabulary, the table E and the
 * sentence, link to the example with its numbers and inspected token or entry, embed it and
 * download it.
 */
export const EmbeddingLookup = editableExample(EmbeddingLookupView, embeddingLookupSpec, "Embedding lookup example");
