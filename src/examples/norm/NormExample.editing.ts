/**
 * What a learner may change in the norm example, and how the inspected number is written in a
 * link: the example's spec for its frame (src/frame/spec.ts, src/frame/url-state.ts).
 */
import type { ExampleSpec, Values } from "../../frame/spec.ts";
import type { InspectCodec } from "../../frame/url-state.ts";
import type { NormExampleProps } from "./NormExample.schema.ts";

/**
 * Fewest components a row may have: with one, every entry is its own mean and layer norm gives only
 * β. Kept here, not in the schema, so that the island code never loads zod.
 */
export const MIN_COMPONENTS = 2;
import type { NormName } from "./norm-words.ts";

/** What a learner may change: the row and its gain and bias. */
export type NormValues = Pick<NormExampleProps, "x" | "gain" | "bias">;

/** The inspected number: entry `col` of one norm's output. */
export interface NormTarget {
  readonly norm: NormName;
  readonly col: number;
}

/**
 * The inspected output entry in a link: "layer:2" (entry 2 of layer norm's output) or "rms:0".
 * Read only when x has that component.
 */
export const normTargetCodec: InspectCodec<NormValues> = {
  form: "layer:component or rms:component, e.g. layer:2",
  read(text, { x }: Values<NormValues>): NormTarget | null {
    const match = /^(layer|rms):(\d)$/.exec(text.trim());
    if (!match) return null;
    const col = Number(match[2]);
    return col < x.length ? { norm: match[1] as NormName, col } : null;
  },
  write(target) {
    const { norm, col } = target as NormTarget;
    return `${norm}:${col}`;
  },
};

/**
 * x, γ and β share one size, the components of the row (MIN_COMPONENTS–6): a new component is a
 * 0 in x, a gain of 1 (it keeps what the norm gives) and a bias of 0 until the learner types others.
 */
export const normSpec: ExampleSpec<NormValues> = {
  fields: [
    { kind: "row", key: "x", name: "x", length: "components" },
    { kind: "row", key: "gain", name: "γ", length: "components" },
    { kind: "row", key: "bias", name: "β", length: "components" },
  ],
  sizes: { components: { label: "components of x, γ and β", min: MIN_COMPONENTS } },
  afterResize: (values, _size, delta) => (delta === 1 ? { ...values, gain: [...values.gain.slice(0, -1), 1] } : values),
  inspect: normTargetCodec,
};
