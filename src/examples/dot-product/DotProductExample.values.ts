/**
 * The values of the dot-product example that prose may quote (src/values/types.ts): `dot` (a·b),
 * `dot.terms` ("3·1 + 1·2"), `norm.a`, `norm.b`, `cos` and `angle` (whole degrees, "45°").
 */
import {
  angleBetween,
  cosineSimilarity,
  explainDot,
  explainNorm,
  formatNumber,
  formatTerms,
  radiansToDegrees,
} from "../../math/index.ts";
import type { OfferedValues } from "../../values/types.ts";
import type { DotProductExampleProps } from "./DotProductExample.schema.ts";

export function dotProductValues({ a, b }: Pick<DotProductExampleProps, "a" | "b">): OfferedValues {
  const d = explainDot(a, b);
  // A zero vector has no direction: no cosine and no angle (the sentence shows a dash).
  const directed = a.some((n) => n !== 0) && b.some((n) => n !== 0);
  return {
    dot: formatNumber(d.sum),
    "dot.terms": formatTerms(d.terms),
    "norm.a": formatNumber(explainNorm(a).norm),
    "norm.b": formatNumber(explainNorm(b).norm),
    ...(directed
      ? {
          cos: formatNumber(cosineSimilarity(a, b), 4),
          angle: `${formatNumber(radiansToDegrees(angleBetween(a, b)), 0)}°`,
        }
      : {}),
  };
}
