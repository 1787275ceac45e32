import { z } from "zod";
import { matmul, shapeOf } from "../../math/index.ts";
import { exampleId, labels, matrix } from "../props.ts";

/** How one of the three matrices is named on the page. */
export const matrixTitleProp = z
  .object({
    /** The symbol used in cell names and expansions, e.g. "X" (1–3 characters). */
    name: z.string().trim().min(1).max(3),
    /** The heading above the matrix, e.g. "Token embeddings X". */
    title: z.string().trim().min(1).max(60),
    /** One short sentence under the matrix, e.g. "One row per token." */
    note: z.string().trim().min(1).max(140).optional(),
  })
  .strict();

export type MatrixTitle = z.infer<typeof matrixTitleProp>;

/** Adds an issue at `path` when `labels` is given and its length is not `count`. */
export function checkLabelCount(
  ctx: z.RefinementCtx,
  path: string,
  labels: readonly string[] | undefined,
  count: number,
  what: string,
): void {
  if (labels === undefined || labels.length === count) return;
  ctx.addIssue({
    code: "custom",
    path: [path],
    message: `${labels.length} labels for ${count} ${what}; give exactly one label for each`,
  });
}

/** Props of <MatrixProductExample>: C = AB, every entry of C inspectable. */
export const matrixProductExampleSchema = z
  .object({
    /** Stable id used for links to this example. */
    id: exampleId,
    /** The left matrix A, m×n. */
    A: matrix.describe("a matrix as a list of rows, e.g. {[[2, 3], [1, 0]]}"),
    /** The right matrix B, n×p: as many rows as A has columns. */
    B: matrix.describe("a matrix with one row per column of A, e.g. {[[1, 10], [0, -1]]}"),
    /** Name, title and note of A. */
    left: matrixTitleProp
      .default({ name: "A", title: "Left matrix A" })
      .describe('{{ name: "X", title: "Token embeddings X", note: "One row per token." }} (note optional)'),
    /** Name, title and note of B. */
    right: matrixTitleProp
      .default({ name: "B", title: "Right matrix B" })
      .describe('{{ name: "W", title: "Weight matrix W" }} (note optional)'),
    /** Name, title and note of the product C. */
    product: matrixTitleProp
      .default({ name: "C", title: "Product C = AB" })
      .describe('{{ name: "Y", title: "Projected rows Y = XW" }} (note optional)'),
    /** Labels of A's rows, which are also the product's rows (e.g. tokens). */
    rowLabels: labels.optional().describe('one label per row of A, e.g. {["the", "cat", "sat"]}'),
    /** Labels of B's columns, which are also the product's columns. */
    colLabels: labels.optional().describe('one label per column of B, e.g. {["q₀", "q₁"]}'),
    /** Labels of A's columns and B's rows: the index the sum runs over. */
    innerLabels: labels.optional().describe("one label per column of A (and row of B)"),
  })
  .strict()
  .superRefine((props, ctx) => {
    try {
      shapeOf(props.A);
    } catch (error) {
      ctx.addIssue({ code: "custom", path: ["A"], message: (error as Error).message });
      return;
    }
    try {
      shapeOf(props.B);
      matmul(props.A, props.B);
    } catch (error) {
      ctx.addIssue({ code: "custom", path: ["B"], message: (error as Error).message });
      return;
    }
    checkLabelCount(ctx, "rowLabels", props.rowLabels, props.A.length, "rows of A");
    checkLabelCount(ctx, "colLabels", props.colLabels, props.B[0]!.length, "columns of B");
    checkLabelCount(ctx, "innerLabels", props.innerLabels, props.B.length, "rows of B");
  });

export type MatrixProductExampleProps = z.infer<typeof matrixProductExampleSchema>;
