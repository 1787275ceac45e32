/**
 * The inspected cell of an example with several inspectable matrices ("parts"), written in a link
 * as "part:row,column", e.g. "state:1,2". Each part says its shape for the values the example
 * has, or null when the values do not show it (a part that appears only at the last step).
 */
import type { AnyValues, Values } from "./spec.ts";
import type { InspectCodec } from "./url-state.ts";

/** An inspected cell of one part. */
export interface PartCell<P extends string = string> {
  readonly part: P;
  readonly row: number;
  readonly col: number;
}

/** Each part's [rows, columns] for these values, or null when they do not show it. */
export type PartShapes<P extends string, V extends object = AnyValues> = Readonly<
  Record<P, (values: Values<V>) => readonly [number, number] | null>
>;

/**
 * A codec for "part:row,column" targets.
 * @param shapes the parts, by the name the link uses
 * @param example a valid target for the form's message, e.g. "state:1,2"
 */
export function partCellCodec<P extends string, V extends object = AnyValues>(
  shapes: PartShapes<P, V>,
  example: string,
): InspectCodec<V> {
  const names = Object.keys(shapes) as P[];
  return {
    form: `part:row,column with part one of ${names.join(", ")}, e.g. ${example}`,
    read(text, values) {
      const match = /^([a-z]+):(\d{1,2}),(\d{1,2})$/.exec(text.trim());
      if (!match || !names.includes(match[1] as P)) return null;
      const part = match[1] as P;
      const shape = shapes[part](values);
      const row = Number(match[2]);
      const col = Number(match[3]);
      if (shape === null || row >= shape[0] || col >= shape[1]) return null;
      const target: PartCell<P> = { part, row, col };
      return target;
    },
    write(target) {
      const { part, row, col } = target as PartCell<P>;
      return `${part}:${row},${col}`;
    },
  };
}
