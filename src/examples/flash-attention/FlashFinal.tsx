import { subscript, type FlashCheck } from "../../math/index.ts";
import { MatrixGrid, type CellRole } from "../../inspect/MatrixGrid.tsx";
import { partInspect } from "../../inspect/part-inspection.ts";
import type { Inspection } from "../../inspect/useInspection.ts";
import { show } from "../../text/tiled-text.ts";
import { equalsOrApprox } from "../../text/weight-format.ts";
import { verdictText } from "../online-softmax/OnlineSoftmaxFinal.tsx";
import type { FlashTarget } from "./FlashAttentionExample.editing.ts";
import type { FlashGrid } from "./flash-roles.ts";

interface FlashFinalProps {
  readonly check: FlashCheck;
  /** True when every step is done; before that O cannot be known. */
  readonly done: boolean;
  readonly inspection: Inspection<FlashTarget>;
  readonly roleOf: (grid: FlashGrid, row: number, col: number) => CellRole;
}

/**
 * After the last step: O = Õ / l beside standard attention softmax(QKᵀ/√dₖ)V computed with the
 * whole score matrix, and the largest difference between them, measured, not claimed.
 */
export function FlashFinal({ check, done, inspection, roleOf }: FlashFinalProps) {
  if (!done) {
    return (
      <p className="online-waiting">
        O needs every query’s final l: step to the end to see it beside standard attention.
      </p>
    );
  }
  const { flash, standard, difference, equal } = check;
  const rowLabels = flash.output.map((_, i) => `o${subscript(i)}`);
  const colLabels = flash.output[0]!.map((_, c) => `col ${c}`);
  const grid = (part: "final" | "standard", title: string, label: string) => (
    <div className="operand operand-wide">
      <p className="operand-title">{title}</p>
      <MatrixGrid
        values={part === "final" ? flash.output : standard.output}
        label={label}
        rowLabels={rowLabels}
        colLabels={colLabels}
        format={show}
        cellLabel={(i, c, v) =>
          `${part === "final" ? "FlashAttention" : "standard"} O row ${i}, column ${c} ${equalsOrApprox(v, 3)}`
        }
        roleOf={(i, c) => roleOf(part, i, c)}
        inspect={partInspect(inspection, part)}
      />
    </div>
  );
  return (
    <section className="online-final" aria-label="The output, tiled and standard">
      <div className="equation-row">
        {grid("final", "FlashAttention: O = Õ / l", "FlashAttention’s output: inspect one")}
        {grid(
          "standard",
          "Standard: softmax(QKᵀ/√dₖ)V",
          "Standard attention’s output, with the whole score matrix: inspect one",
        )}
      </div>
      <p className="tiled-verdict" data-verdict={equal ? "equal" : "different"}>
        <strong>{equal ? "Equal" : "Not equal"}</strong>:{" "}
        {verdictText(difference).replace("the two rows", "the two outputs")}
      </p>
    </section>
  );
}
