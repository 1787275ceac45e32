/**
 * The values of the projection example that prose may quote (src/values/types.ts):
 * - `x`, `y`: the rows, "(2, 3)" and "(2, 17)";
 * - `y0`, `y1`, …: each output component;
 * - `W.col0`, `W.col1`, …: each column of W as a vector;
 * - `y0.terms`, …: the arithmetic of each component, "2·10 + 3·(−1)".
 */
import { explainProjection, formatTerms, projectRow } from "../../math/index.ts";
import { formatVector } from "../../text/words.ts";
import { columnEntries, vectorEntries } from "../../values/offer-helpers.ts";
import type { OfferedValues } from "../../values/types.ts";
import type { ProjectionExampleProps } from "./ProjectionExample.schema.ts";

export function projectionValues({ x, W }: Pick<ProjectionExampleProps, "x" | "W">): OfferedValues {
  const y = projectRow(x, W);
  return {
    x: formatVector(x),
    y: formatVector(y),
    ...vectorEntries("y", y),
    ...columnEntries("W", W),
    ...Object.fromEntries(y.map((_, j) => [`y${j}.terms`, formatTerms(explainProjection(x, W, j).terms)])),
  };
}
