/**
 * The values of the Q/K/V example that prose may quote (src/values/types.ts):
 * - `x`, `q`, `k`, `v`: the rows, "(2, 3)", "(2, 7)", …;
 * - `q0`, `q1`, `k0`, …: each component;
 * - `q1.terms`, …: the arithmetic of each component, "2·2 + 3·1";
 * - `WQ.col0`, `WK.col1`, …: each column of each weight matrix as a vector.
 */
import { explainProjection, formatTerms } from "../../math/index.ts";
import { formatVector } from "../../text/words.ts";
import { columnEntries, vectorEntries } from "../../values/offer-helpers.ts";
import type { OfferedValues } from "../../values/types.ts";
import { projectQkv, QKV_NAMES, QKV_PARTS } from "./qkv-parts.ts";
import type { QkvTripleValues } from "./QkvTripleExample.editing.ts";

export function qkvTripleValues(inputs: QkvTripleValues): OfferedValues {
  const parts = projectQkv(inputs);
  const offered: Record<string, string> = { x: formatVector(inputs.x) };
  for (const part of QKV_PARTS) {
    const { W, y } = parts[part];
    Object.assign(
      offered,
      { [part]: formatVector(y) },
      vectorEntries(part, y),
      columnEntries(QKV_NAMES[part].weights, W),
    );
    y.forEach((_, j) => {
      offered[`${part}${j}.terms`] = formatTerms(explainProjection(inputs.x, W, j).terms);
    });
  }
  return offered;
}
