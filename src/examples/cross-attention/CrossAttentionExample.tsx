import {
  explainScore,
  explainWeightedSum,
  scaledDotProductAttention,
  sourceProjectionCounts,
  speakNumber,
  subscript,
  type Matrix,
} from "../../math/index.ts";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import { formatWeight } from "../../text/weight-format.ts";
import { MatrixGrid, type CellPosition, type CellRole } from "../../inspect/MatrixGrid.tsx";
import { useInspection, type InspectHandlers } from "../../inspect/useInspection.ts";
import { crossSpec, type CrossTarget } from "./CrossAttentionExample.editing.ts";
import type { CrossAttentionExampleProps } from "./CrossAttentionExample.schema.ts";
import { CrossAttentionInWords } from "./CrossAttentionInWords.tsx";
import { crossOutputText, crossScoreText } from "./cross-words.ts";

export type { CrossAttentionExampleProps };

interface PartProps {
  readonly title: string;
  readonly note?: string;
  readonly name: string;
  readonly values: Matrix;
  readonly rowLabels: readonly string[];
  readonly colLabels?: readonly string[];
  readonly roleOf: (i: number, j: number) => CellRole;
  readonly edit?: string;
  readonly format?: (v: number) => string;
  readonly inspect?: { readonly active: CellPosition | null; readonly bind: (cell: CellPosition) => InspectHandlers };
}

function Part({ title, note, name, values, rowLabels, colLabels, roleOf, edit, format, inspect }: PartProps) {
  return (
    <div className="operand">
      <p className="operand-title">{title}</p>
      <MatrixGrid
        values={values}
        label={name}
        rowLabels={rowLabels}
        {...(colLabels ? { colLabels } : {})}
        cellLabel={(i, j, v) =>
          `${name.split(":")[0]}, row ${rowLabels[i]}, column ${colLabels?.[j] ?? j}: ${speakNumber(v)}`
        }
        roleOf={roleOf}
        {...(format ? { format: (v: number) => format(v) } : {})}
        {...(edit ? { edit } : {})}
        {...(inspect ? { inspect } : {})}
      />
      {note ? <p className="operand-note">{note}</p> : null}
    </div>
  );
}

/**
 * Cross-attention on a short source and target: Q from the target tokens, K and V from the source,
 * the rectangular score matrix (target × source, nothing masked), the weights over the source and
 * the output. Inspecting a score marks its query and key; inspecting an output entry marks the
 * target's weights and a column of V.
 */
function CrossAttentionView({ id, source, target, Q, K, V }: CrossAttentionExampleProps) {
  const a = scaledDotProductAttention(Q, K, V);
  const dk = K[0]!.length;
  const kept = sourceProjectionCounts(source.length, target.length);
  const inspection = useInspection<CrossTarget>();
  const active = inspection.active;
  const score = active?.part === "score" ? active : null;
  const out = active?.part === "out" ? active : null;
  const bindPart = (part: CrossTarget["part"]) => (cell: CellPosition) => inspection.bind({ part, ...cell });
  const pos = (t: CrossTarget | null) => (t ? { row: t.row, col: t.col } : null);
  const mark = (on: boolean): CellRole => (on ? "ingredient" : null);
  const vCols = Array.from({ length: V[0]!.length }, (_, c) => String(c));

  return (
    <div
      className="example cross-attention-example"
      data-example={id}
      role="group"
      aria-label="Worked cross-attention example"
      onKeyDown={inspection.onKeyDown}
    >
      <div className="equation-row">
        <Part
          title="Q: from the target (decoder)"
          name="Queries Q"
          values={Q}
          rowLabels={target}
          roleOf={(i) => mark(score?.row === i)}
          edit="Q"
        />
        <Part
          title="K: from the source (encoder)"
          name="Keys K"
          values={K}
          rowLabels={source}
          roleOf={(i) => mark(score?.col === i)}
          edit="K"
        />
        <Part
          title="V: from the source (encoder)"
          name="Values V"
          values={V}
          rowLabels={source}
          roleOf={(_, c) => mark(out?.col === c)}
          edit="V"
        />
      </div>
      <p className="operand-note">
        K and V come from the {source.length} source tokens alone: computed once ({kept.kept} rows each) and kept for
        all {target.length} decode steps, instead of {kept.recomputed} rows if recomputed at every step.
      </p>
      <div className="equation-row">
        <Part
          title={`Scores S = QKᵀ: ${target.length} × ${source.length}`}
          note="Rows: target. Columns: source. Nothing is masked."
          name="Scores S: inspect a score"
          values={a.scores}
          rowLabels={target}
          colLabels={source}
          roleOf={(i, j) => (score && score.row === i && score.col === j ? "inspected" : null)}
          inspect={{ active: pos(score), bind: bindPart("score") }}
        />
        <Part
          title={`Weights: softmax(S / √${dk}) across each row`}
          note="Each target token’s weights over the source sum to 1."
          name="Weights"
          values={a.weights}
          rowLabels={target}
          colLabels={source}
          roleOf={(i) => mark(out?.row === i)}
          format={(v) => formatWeight(v)}
        />
        <Part
          title="Output O = weights · V"
          name="Output O: inspect an entry"
          values={a.output}
          rowLabels={target}
          colLabels={vCols}
          roleOf={(i, c) => (out && out.row === i && out.col === c ? "inspected" : null)}
          inspect={{ active: pos(out), bind: bindPart("out") }}
        />
      </div>
      <div className="readout" aria-live="polite" aria-atomic="true">
        {score ? (
          <>
            <p className="expansion">
              {crossScoreText(explainScore(Q, K, score.row, score.col), score.row, score.col, dk)}
            </p>
            <p>
              The target token “{target[score.row]}” asks with its query q{subscript(score.row)}; the source token “
              {source[score.col]}” answers with its key k{subscript(score.col)}.
            </p>
          </>
        ) : out ? (
          <>
            <p className="expansion">
              {crossOutputText(explainWeightedSum(a.weights, V, out.row, out.col), out.row, out.col)}
            </p>
            <p>
              “{target[out.row]}”’s weights over the source, times column {out.col} of V: what it takes from the source.
            </p>
          </>
        ) : (
          <p>Hover, focus or tap a score or an output entry to see how it is made.</p>
        )}
      </div>
      <CrossAttentionInWords source={source} target={target} Q={Q} K={K} V={V} />
    </div>
  );
}

/** Cross-attention, editable (tokens, Q, K and V), linkable, embeddable and downloadable. */
export const CrossAttentionExample = editableExample(CrossAttentionView, crossSpec, "Cross-attention example");
