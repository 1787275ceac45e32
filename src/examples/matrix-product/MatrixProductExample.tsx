import { useMemo, type ReactNode } from "react";
import {
  explainMatmulEntry,
  formatDotExpansion,
  formatDotExpansionSoFar,
  matmul,
  speakNumber,
  speakTerms,
  type MatmulEntryExplanation,
  type Matrix,
} from "../../math/index.ts";
import { useExampleFrame } from "../../frame/context.ts";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import { MatrixGrid, type CellPosition } from "../../inspect/MatrixGrid.tsx";
import { useInspection } from "../../inspect/useInspection.ts";
import { useSweptInspection } from "../../inspect/useSweep.ts";
import { SweepControls } from "../../inspect/SweepControls.tsx";
import type { MatrixProductExampleProps } from "./MatrixProductExample.schema.ts";
import { MatrixProductInWords } from "./MatrixProductInWords.tsx";
import { cellName, columnOf, entrySymbol, rowOf } from "../../text/matrix-words.ts";
import { matrixProductSpec } from "./MatrixProductExample.editing.ts";
import { matrixProductValues } from "./MatrixProductExample.values.ts";
import { tokenPositions } from "../../tokens/token-colours.ts";

export type { MatrixProductExampleProps };

/** What a page built on this example may change; functions, so not usable from MDX directly. */
export interface MatrixProductOptions {
  /** Left-hand side of the expansion of entry (i, j); entrySymbol(product.name, i, j) by default. */
  readonly entryName?: (i: number, j: number) => string;
  /** The ingredients of entry (i, j); explainMatmulEntry(A, B, i, j) by default. */
  readonly explain?: (i: number, j: number) => MatmulEntryExplanation;
  /** What the readout says under the expansion; "Row i of A times column j of B …" by default. */
  readonly describeEntry?: (explanation: MatmulEntryExplanation) => ReactNode;
  /**
   * More of the figure after the equation (e.g. K beside Kᵀ), given the inspected entry and, while
   * a sweep builds it, the term whose factors are marked (else null).
   */
  readonly extra?: (active: CellPosition | null, factor: number | null) => ReactNode;
  /** Accessible name of the example; "Worked example: A × B = C" by default. */
  readonly label?: string;
  /** More of the text alternative, after the entries (e.g. each output row as a mix). */
  readonly wordsExtra?: ReactNode;
  /**
   * The fields of the enclosing example's frame that A and B are, for editing them in place;
   * "A" and "B" by default. An example built on this one names its own (e.g. "Q"), or leaves a
   * matrix that is not one of its fields (e.g. Kᵀ) read-only with "".
   */
  readonly editFields?: { readonly left: string; readonly right: string };
  /**
   * Which label sets are the sentence's tokens (position i = label i), so those headers carry
   * each token's colour: `rows` (rows of A and C), `cols` (columns of B and C), `inner`
   * (columns of A, rows of B — the keys of a weighted sum).
   */
  readonly tokenAxes?: { readonly rows?: boolean; readonly cols?: boolean; readonly inner?: boolean };
}

/** The island's props, with matrices that callers may pass read-only, and the options. */
type MatrixProductProps = Omit<MatrixProductExampleProps, "A" | "B"> & {
  readonly A: Matrix;
  readonly B: Matrix;
} & MatrixProductOptions;

/**
 * C = AB with every entry of C inspectable: hovering, focusing or tapping C[i][j] marks row i of A
 * and column j of B, and the readout writes the entry out term by term. Examples built on a
 * matrix product (scores, weighted sums) use this view inside their own frame.
 */
export function MatrixProductView(props: MatrixProductProps) {
  const { id, A, B, left, right, product, rowLabels, colLabels, innerLabels } = props;
  const inspection = useInspection<CellPosition>();
  // Kept across hovers (an inspection changes none of them), so that the text version, which
  // takes them as props, is not re-rendered by a hover (memoByValue compares functions by identity).
  const C = useMemo(() => matmul(A, B), [A, B]);
  const { explain: explainProp, entryName } = props;
  const explain = useMemo(
    () => explainProp ?? ((i: number, j: number) => explainMatmulEntry(A, B, i, j)),
    [explainProp, A, B],
  );
  const nameOf = useMemo(
    () => entryName ?? ((i: number, j: number) => entrySymbol(product.name, i, j)),
    [entryName, product.name],
  );
  const editing = useExampleFrame()?.editing ?? false;
  const sweep = useSweptInspection(
    inspection,
    { rows: C.length, cols: C[0]?.length ?? 0, terms: A[0]?.length ?? 0 },
    !editing,
  );
  const active = sweep.cell;
  // The sweep's current term: its two factors are marked within the row and the column.
  const part = (k: number) => (k === sweep.factor ? "factor" : "ingredient");
  const explanation = active === null ? null : explain(active.row, active.col);
  const edit = props.editFields ?? { left: "A", right: "B" };
  const axes = props.tokenAxes ?? {};
  const tokensOf = (on: boolean | undefined, labels: readonly string[] | undefined) =>
    on && labels ? tokenPositions(labels.length) : undefined;
  const rowTokens = tokensOf(axes.rows, rowLabels);
  const colTokens = tokensOf(axes.cols, colLabels);
  const innerTokens = tokensOf(axes.inner, innerLabels);
  const operands = [
    {
      info: left,
      values: A,
      field: edit.left,
      rows: rowLabels,
      cols: innerLabels,
      rowTokens,
      colTokens: innerTokens,
      role: (i: number, k: number) => (i === active?.row ? part(k) : null),
    },
    {
      info: right,
      values: B,
      field: edit.right,
      rows: innerLabels,
      cols: colLabels,
      rowTokens: innerTokens,
      colTokens,
      role: (k: number, j: number) => (j === active?.col ? part(k) : null),
    },
  ] as const;

  return (
    <div
      className="example matrix-product"
      data-example={id}
      role="group"
      aria-label={props.label ?? `Worked example: ${left.name} × ${right.name} = ${product.name}`}
      onKeyDown={sweep.onKeyDown}
      data-sweeping={sweep.sweeping || undefined}
    >
      <div className="equation-row">
        {operands.map(({ info, values, field, rows, cols, role, ...tokens }, k) => (
          <div key={info.name} className="operand-with-operator">
            {k === 1 ? (
              <span className="operator" aria-hidden="true">
                ×
              </span>
            ) : null}
            <div className="operand">
              <p className="operand-title">{info.title}</p>
              <MatrixGrid
                values={values}
                edit={field === "" ? undefined : field}
                label={info.title}
                cellLabel={(i, j, v) => cellName(info.name, i, j, v, rows, cols)}
                roleOf={(i, j) => (active === null ? null : role(i, j))}
                rowLabels={rows}
                colLabels={cols}
                {...tokens}
              />
              {info.note ? <p className="operand-note">{info.note}</p> : null}
            </div>
          </div>
        ))}
        <div className="operand-with-operator">
          <span className="operator" aria-hidden="true">
            =
          </span>
          <div className="operand">
            <p className="operand-title">{product.title}</p>
            <MatrixGrid
              values={C}
              label={`${product.title}: inspect an entry`}
              cellLabel={(i, j, v) => cellName(product.name, i, j, v, rowLabels, colLabels)}
              roleOf={(i, j) => (active?.row === i && active.col === j ? "inspected" : null)}
              inspect={{ active, bind: sweep.bind }}
              rowLabels={rowLabels}
              colLabels={colLabels}
              rowTokens={rowTokens}
              colTokens={colTokens}
            />
            <p className="operand-note" data-hint={product.note === undefined ? "" : undefined}>
              {product.note ?? `Hover, focus or tap an entry of ${product.name}.`}
            </p>
          </div>
        </div>
      </div>

      {editing ? null : <SweepControls label={`Build ${product.name} term by term`} {...sweep.controls} />}

      <div className="readout" aria-live="polite" aria-atomic="true">
        {explanation === null ? (
          <p data-hint="">
            Hover, focus or tap an entry of {product.name} to see the row of {left.name} and the column of {right.name}{" "}
            that make it.
          </p>
        ) : (
          <>
            <p
              className="expansion"
              aria-label={
                sweep.count === null
                  ? `${product.name} row ${explanation.row}, column ${explanation.col} equals ${speakTerms(explanation.terms)}, which is ${speakNumber(explanation.sum)}`
                  : `${product.name} row ${explanation.row}, column ${explanation.col} equals ${speakTerms(explanation.terms.slice(0, sweep.count))}, so far`
              }
            >
              {sweep.count === null
                ? formatDotExpansion(nameOf(explanation.row, explanation.col), explanation)
                : formatDotExpansionSoFar(nameOf(explanation.row, explanation.col), explanation, sweep.count)}
            </p>
            {props.describeEntry ? (
              props.describeEntry(explanation)
            ) : (
              <p>
                Multiply {rowOf(left.name, explanation.row, rowLabels)} entry by entry with{" "}
                {columnOf(right.name, explanation.col, colLabels)}, then add the {explanation.terms.length} products.
              </p>
            )}
          </>
        )}
      </div>

      {props.extra?.(active, sweep.factor)}

      <MatrixProductInWords
        A={A}
        B={B}
        C={C}
        left={left}
        right={right}
        product={product}
        rowLabels={rowLabels}
        colLabels={colLabels}
        explain={explain}
        nameOf={nameOf}
      >
        {props.wordsExtra}
      </MatrixProductInWords>
    </div>
  );
}

/** A matrix product on its own page, with its tools: edit, link, embed and download. */
const EditableMatrixProduct = editableExample(
  MatrixProductView,
  matrixProductSpec,
  "Matrix product example",
  matrixProductValues,
);

/**
 * C = AB as a worked example: editable, linkable, embeddable and downloadable. Inside another
 * example's frame (a page component that composes it) it is part of that example and gets no
 * frame of its own.
 */
export function MatrixProductExample(props: MatrixProductProps) {
  return useExampleFrame() === null ? <EditableMatrixProduct {...props} /> : <MatrixProductView {...props} />;
}
