/**
 * The hand-made data sets a page can name in MDX (e.g. example="cat-sat"). Numbers live here,
 * next to the comments that explain why they were chosen, rather than in a page's props.
 */
import { catSatTwoHeads } from "./cat-sat-two-heads.ts";
import { catSat } from "./cat-sat.ts";
import type { MultiHeadData, SingleHeadData } from "./types.ts";

export type { MultiHeadData, SingleHeadData };

/** One-head examples, by the name MDX uses. */
export const singleHeadExamples = { "cat-sat": catSat } as const satisfies Record<string, SingleHeadData>;

/** Multi-head examples, by the name MDX uses. */
export const multiHeadExamples = { "cat-sat-two-heads": catSatTwoHeads } as const satisfies Record<
  string,
  MultiHeadData
>;

export type SingleHeadExampleName = keyof typeof singleHeadExamples;
export type MultiHeadExampleName = keyof typeof multiHeadExamples;
