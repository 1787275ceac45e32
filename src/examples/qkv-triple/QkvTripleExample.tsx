import {
  explainProjection,
  formatDotExpansion,
  formatNumber,
  speakNumber,
  speakTerms,
  subscript,
} from "../../math/index.ts";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import type { PartCell } from "../../frame/part-codec.ts";
import { MatrixGrid } from "../../inspect/MatrixGrid.tsx";
import { useInspection } from "../../inspect/useInspection.ts";
import { spokenSubscripts, withSubscripts } from "../../notation/subscripts.tsx";
import { ordinal } from "../../text/words.ts";
import { projectQkv, QKV_NAMES, QKV_PARTS, type QkvPart } from "./qkv-parts.ts";
import { qkvTripleSpec } from "./QkvTripleExample.editing.ts";
import type { QkvTripleExampleProps } from "./QkvTripleExample.schema.ts";
import { qkvTripleValues } from "./QkvTripleExample.values.ts";
import { QkvTripleInWords } from "./QkvTripleInWords.tsx";

export type { QkvTripleExampleProps };

const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/**
 * One row x times three weight matrices, side by side: q = x·W_Q, k = x·W_K, v = x·W_V.
 * Inspecting a component of q, k or v (hover, focus, tap, arrow keys) marks x and the column of
 * that part's weights it uses, and writes the sum out term by term.
 */
function QkvTripleView({ id, x, WQ, WK, WV }: QkvTripleExampleProps) {
  const parts = projectQkv({ x, WQ, WK, WV });
  const inspection = useInspection<PartCell<QkvPart>>();
  const active = inspection.active;
  const explanation = active === null ? null : explainProjection(x, parts[active.part].W, active.col);
  const activeNames = active === null ? null : QKV_NAMES[active.part];

  return (
    <div
      className="example qkv-triple"
      data-example={id}
      role="group"
      aria-label="Worked example: one row x gives q, k and v"
      onKeyDown={inspection.onKeyDown}
    >
      <div className="operand qkv-input">
        <p className="operand-title">Input row x</p>
        <MatrixGrid
          values={[x]}
          edit="x"
          label="Input row x"
          cellLabel={(_, i, v) => `x${subscript(i)} = ${speakNumber(v)}`}
          roleOf={() => (active === null ? null : "ingredient")}
        />
        <p className="operand-note">One token’s row, used three times.</p>
      </div>

      <div className="qkv-columns">
        {QKV_PARTS.map((part) => {
          const { role, weights, symbol } = QKV_NAMES[part];
          const { W, y } = parts[part];
          const col = active?.part === part ? active.col : null;
          const spokenW = spokenSubscripts(symbol);
          return (
            <section key={part} className="qkv-column" aria-label={`${capital(role)}: ${part} = x times ${spokenW}`}>
              <div className="operand">
                <p className="operand-title">
                  {capital(role)} weights {withSubscripts(symbol)}
                </p>
                <MatrixGrid
                  values={W}
                  edit={weights}
                  label={`${capital(role)} weights ${spokenW}`}
                  cellLabel={(i, j, v) => `${spokenW} row ${i}, column ${j}: ${speakNumber(v)}`}
                  roleOf={(_, j) => (j === col ? "ingredient" : null)}
                />
              </div>
              <div className="operand">
                <p className="operand-title">
                  {capital(role)} {part} = x·{withSubscripts(symbol)}
                </p>
                <MatrixGrid
                  values={[y]}
                  label={`${capital(role)} ${part}: inspect a component`}
                  cellLabel={(_, j, v) => `${part}${subscript(j)} = ${speakNumber(v)}`}
                  roleOf={(_, j) => (j === col ? "inspected" : null)}
                  inspect={{
                    active: col === null ? null : { row: 0, col },
                    bind: (cell) => inspection.bind({ part, row: 0, col: cell.col }),
                  }}
                />
              </div>
            </section>
          );
        })}
      </div>

      <div className="readout" aria-live="polite" aria-atomic="true">
        {explanation === null || active === null || activeNames === null ? (
          <p data-hint="">
            Hover, focus or tap a component of q, k or v to see the column of weights it uses. The row x is the same for
            all three; only the weights differ.
          </p>
        ) : (
          <>
            <p
              className="expansion"
              aria-label={`${active.part} ${active.col} equals ${speakTerms(explanation.terms)}, which is ${speakNumber(explanation.sum)}`}
            >
              {formatDotExpansion(`${active.part}${subscript(active.col)}`, explanation)}
            </p>
            <p>
              Take the {ordinal(active.col)} column of the {activeNames.role} weights{" "}
              {withSubscripts(activeNames.symbol)}, multiply it entry by entry with x, then add the{" "}
              {explanation.terms.length} products. The same x with another matrix gives{" "}
              {QKV_PARTS.filter((p) => p !== active.part)
                .map((p) => `${p}${subscript(active.col)} = ${formatComponent(parts[p].y, active.col)}`)
                .join(" and ")}
              .
            </p>
          </>
        )}
      </div>

      <QkvTripleInWords x={x} WQ={WQ} WK={WK} WV={WV} />
    </div>
  );
}

/** Component `j` of `y` as the readout shows it, or "—" when `y` has fewer components (d_v ≠ d_k). */
function formatComponent(y: readonly number[], j: number): string {
  return j < y.length ? formatNumber(y[j]!) : "— (it has no such component)";
}

/**
 * q, k and v of one row, editable: the learner may change x and the three weight matrices, link to
 * the example with its numbers and inspected component, embed it and download it.
 */
export const QkvTripleExample = editableExample(QkvTripleView, qkvTripleSpec, "Q, K and V example", qkvTripleValues);
