import { z } from "zod";

/** Props of <DecodeWorkTable>: prefill of a short prompt, then a few decode steps, counted. */
export const decodeWorkTableSchema = z
  .object({
    /** Prompt length n: prefill scores an n×n matrix. */
    prompt: z.number().int().min(1).max(64).describe("a whole number of prompt tokens from 1 to 64, e.g. {4}"),
    /** How many decode steps follow the prefill. */
    steps: z.number().int().min(1).max(8).describe("a whole number of decode steps from 1 to 8, e.g. {3}"),
    /** Size of one head's key and value vectors, for the multiply–adds column. */
    headDim: z.number().int().min(1).max(1024).default(64).describe("a whole number from 1 to 1024 (default 64)"),
  })
  .strict();

export type DecodeWorkTableProps = z.input<typeof decodeWorkTableSchema>;
