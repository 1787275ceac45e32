/**
 * What a learner may change in the projection example, the rules the values keep, and how the
 * inspected number is written in a link: the example's spec for its frame (src/frame/spec.ts,
 * src/frame/url-state.ts).
 */
import type { ExampleSpec } from "../../frame/spec.ts";
import { cellCodec } from "../../frame/url-state.ts";
import type { ProjectionExampleProps } from "./ProjectionExample.schema.ts";

/** What a learner may change: x and W, with x's length tied to W's rows; y's entry is inspected. */
export const projectionSpec: ExampleSpec<Pick<ProjectionExampleProps, "x" | "W">> = {
  fields: [
    { kind: "row", key: "x", name: "x", length: "inputs" },
    { kind: "matrix", key: "W", name: "W", rows: "inputs", cols: "outputs" },
  ],
  sizes: {
    inputs: { label: "entries of x (rows of W)" },
    outputs: { label: "columns of W (entries of y)" },
  },
  inspect: cellCodec("y (always row 0)", (values) => [1, values.W[0]!.length]),
};
