/**
 * What a learner may change in the multi-head example, the rules the values keep, and how the
 * inspected number is written in a link: the example's spec for its frame (src/frame/spec.ts,
 * src/frame/url-state.ts).
 */
import { multiHeadExamples } from "../../data/data-sets.ts";
import type { Values } from "../../frame/spec.ts";
import type { InspectCodec } from "../../frame/url-state.ts";
import type { SentenceValues } from "../attention-map/attention-map-sentence.ts";
import type { CellPosition } from "../../inspect/MatrixGrid.tsx";
import type { MultiHeadExampleProps } from "./MultiHeadExample.schema.ts";

/** What is inspected: a cell of head h's map, of the concatenation C, or of the output Y. */
export interface MultiHeadTarget extends CellPosition {
  readonly part: "map" | "concat" | "output";
  /** The head, for a map cell; 0 otherwise. */
  readonly head: number;
}

const PART_FORMS = { map: "head", concat: "concat", output: "out" } as const;

/**
 * The inspected target in a URL: "head1:2,0" (row 2, column 0 of head 1's map; heads count from
 * 1 as on the page), "concat:1,2" (an entry of C) or "out:0,3" (an entry of Y). Read only when the
 * values have that head, row and column.
 */
export function multiHeadCodec(example: MultiHeadExampleProps["example"]): InspectCodec<SentenceValues> {
  const { heads, WO } = multiHeadExamples[example];
  const concatWidth = heads.reduce((sum, head) => sum + head.Wv[0]!.length, 0);
  return {
    form: "head1:row,column for a cell of a head's map, concat:row,column for C, or out:row,column for Y, e.g. head1:2,0",
    read(text: string, { sentence }: Values<SentenceValues>): MultiHeadTarget | null {
      const match = /^(?:head(\d)|(concat)|(out)):(\d{1,2}),(\d{1,2})$/.exec(text.trim());
      if (!match) return null;
      const words = sentence.length;
      const [row, col] = [Number(match[4]), Number(match[5])];
      const part = match[1] !== undefined ? "map" : match[2] !== undefined ? "concat" : "output";
      const head = match[1] !== undefined ? Number(match[1]) - 1 : 0;
      const cols = part === "map" ? words : part === "concat" ? concatWidth : WO[0]!.length;
      if (head < 0 || head >= heads.length || row >= words || col >= cols) return null;
      return { part, head, row, col };
    },
    write(target) {
      const { part, head, row, col } = target as MultiHeadTarget;
      return `${PART_FORMS[part]}${part === "map" ? head + 1 : ""}:${row},${col}`;
    },
  };
}
