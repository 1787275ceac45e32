import type { ReactNode } from "react";
import {
  formatDotExpansion,
  speakNumber,
  speakTerms,
  type MatmulEntryExplanation,
  type Matrix,
} from "../../math/index.ts";
import { MatrixGrid, type CellPosition, type CellRole } from "../../inspect/MatrixGrid.tsx";
import { useInspection } from "../../inspect/useInspection.ts";
import { spokenSubscripts, withSubscripts } from "../../notation/subscripts.tsx";

/** One matrix of a product step: its values, headers and names. */
export interface StepMatrix {
  readonly values: Matrix;
  /** Symbol used in cell names, e.g. "X" or "W_Q" (an underscore marks a subscript, typeset or spoken). */
  readonly name: string;
  /** Heading above it, e.g. "Embeddings X" or "Weights W_Q". */
  readonly title: string;
  readonly rowLabels?: readonly string[];
  readonly colLabels?: readonly string[];
  /** The token (sentence position) of each row / column, when they are tokens: colours their headers. */
  readonly rowTokens?: readonly number[];
  readonly colTokens?: readonly number[];
  /** How a cell shows its number (and says it), e.g. formatWeight; formatNumber by default. */
  readonly format?: (value: number) => string;
}

interface ProductStepProps {
  /** Shown last inside the example, e.g. how the sentence's words were read. */
  readonly after?: ReactNode;
  readonly id: string;
  /** Accessible name of the example, e.g. "Worked example: Q = XW_Q" (spoken "XW sub Q"). */
  readonly label: string;
  readonly left: StepMatrix;
  readonly right: StepMatrix;
  /** The product; its values must be left·right (given, so a step can use an explain form of its own). */
  readonly product: StepMatrix;
  /** The ingredients of product entry (i, j). */
  readonly explain: (i: number, j: number) => MatmulEntryExplanation;
  /** Left-hand side of the expansion, e.g. "S₂₁ = q₂·k₁". */
  readonly entryName: (i: number, j: number) => string;
  /** One sentence under the expansion, saying what entry (i, j) means; `_Q` is typeset as a subscript. */
  readonly describe: (i: number, j: number) => string;
  /** The entry the text alternative works out, so the page reads without JavaScript. */
  readonly example: CellPosition;
}

function cellName(m: StepMatrix, i: number, j: number, v: number): string {
  const row = m.rowLabels ? ` (${m.rowLabels[i]})` : "";
  const col = m.colLabels ? ` (${m.colLabels[j]})` : "";
  return spokenSubscripts(`${m.name} row ${i}${row}, column ${j}${col}: ${m.format ? m.format(v) : speakNumber(v)}`);
}

function Operand({
  m,
  roleOf,
  inspect,
  children,
}: {
  m: StepMatrix;
  roleOf: (i: number, j: number) => CellRole;
  inspect?: Parameters<typeof MatrixGrid>[0]["inspect"];
  children?: ReactNode;
}) {
  return (
    <div className="operand">
      <p className="operand-title">{withSubscripts(m.title)}</p>
      <MatrixGrid
        values={m.values}
        label={spokenSubscripts(inspect ? `${m.title}: inspect an entry` : m.title)}
        rowLabels={m.rowLabels}
        colLabels={m.colLabels}
        rowTokens={m.rowTokens}
        colTokens={m.colTokens}
        format={m.format}
        cellLabel={(i, j, v) => cellName(m, i, j, v)}
        roleOf={roleOf}
        inspect={inspect}
      />
      {children}
    </div>
  );
}

/**
 * One matrix product of the attention pipeline, C = AB, with every entry of C inspectable: its row
 * of A and column of B are marked and the readout writes it out term by term. The text
 * alternative works out one entry; every other is made the same way from numbers on the page.
 */
export function ProductStep({
  id,
  label,
  left,
  right,
  product,
  explain,
  entryName,
  describe,
  example,
  after,
}: ProductStepProps) {
  const inspection = useInspection<CellPosition>();
  const active = inspection.active;
  const e = active === null ? null : explain(active.row, active.col);
  const worked = explain(example.row, example.col);

  return (
    <div
      className="example matrix-product attention-step"
      data-example={id}
      role="group"
      aria-label={spokenSubscripts(label)}
      onKeyDown={inspection.onKeyDown}
    >
      <div className="equation-row">
        <div className="operand-with-operator">
          <Operand m={left} roleOf={(i) => (i === active?.row ? "ingredient" : null)} />
          <span className="operator" aria-hidden="true">
            ×
          </span>
        </div>
        <div className="operand-with-operator">
          <Operand m={right} roleOf={(_, j) => (j === active?.col ? "ingredient" : null)} />
          <span className="operator" aria-hidden="true">
            =
          </span>
        </div>
        <Operand
          m={product}
          roleOf={(i, j) => (active?.row === i && active.col === j ? "inspected" : null)}
          inspect={{ active, bind: inspection.bind }}
        />
      </div>
      <div className="readout" aria-live="polite" aria-atomic="true">
        {e === null ? (
          <p data-hint="">
            Hover, focus or tap an entry of {withSubscripts(product.name)} to see the row of {withSubscripts(left.name)}{" "}
            and the column of {withSubscripts(right.name)} that make it.
          </p>
        ) : (
          <>
            <p
              className="expansion"
              aria-label={spokenSubscripts(
                `${product.name} row ${e.row}, column ${e.col} equals ${speakTerms(e.terms)}, which is ${speakNumber(e.sum)}`,
              )}
            >
              {formatDotExpansion(entryName(e.row, e.col), e)}
            </p>
            <p>{withSubscripts(describe(e.row, e.col))}</p>
          </>
        )}
      </div>
      <p className="in-words step-in-words">
        Every entry of {withSubscripts(product.name)} is made the same way. For example,{" "}
        <span className="expansion">{formatDotExpansion(entryName(worked.row, worked.col), worked)}</span>.{" "}
        {withSubscripts(describe(worked.row, worked.col))}
      </p>
      {after}
    </div>
  );
}
