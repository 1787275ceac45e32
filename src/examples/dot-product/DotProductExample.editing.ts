/**
 * What a learner may change in the dot-product example, the rules the values keep, and how the
 * inspected number is written in a link: the example's spec for its frame (src/frame/spec.ts,
 * src/frame/url-state.ts).
 */
import type { ExampleSpec } from "../../frame/spec.ts";
import type { InspectCodec } from "../../frame/url-state.ts";
import type { DotProductExampleProps } from "./DotProductExample.schema.ts";
import { QUANTITIES } from "../../text/dot-product-words.ts";
import type { CellPosition } from "../../inspect/MatrixGrid.tsx";

/** The inspected result by its name in QUANTITIES ("dot", "length-a", "length-b", "cos", "shadow"). */
const resultCodec: InspectCodec = {
  form: `one of ${QUANTITIES.map((q) => q.slug).join(", ")}`,
  read(text) {
    const col = QUANTITIES.findIndex((q) => q.slug === text.trim());
    return col === -1 ? null : { row: 0, col };
  },
  write(target) {
    return QUANTITIES[(target as CellPosition).col]!.slug;
  },
};

/**
 * What a learner may change: a and b, always the same length (1–6); the inspected result by name.
 * The parser refuses entries below 0.000001 in size (other than 0), whose squares would vanish
 * from a length and make an angle of a non-zero vector undefined.
 */
export const dotProductSpec: ExampleSpec<Pick<DotProductExampleProps, "a" | "b">> = {
  fields: [
    { kind: "row", key: "a", name: "a", length: "entries" },
    { kind: "row", key: "b", name: "b", length: "entries" },
  ],
  sizes: { entries: { label: "entries of a and b" } },
  inspect: resultCodec,
};
