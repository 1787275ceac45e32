import { z } from "zod";
import { FLASH_IO_LIMITS } from "../../math/index.ts";
import { exampleId } from "../props.ts";

const whole = ({ min, max }: { min: number; max: number }) => z.number().int().min(min).max(max);

/**
 * Props of <FlashIoCalculator>: how many numbers standard attention and FlashAttention move
 * between the GPU's main memory and its chip, for sequence length N, head size d and on-chip
 * memory M (counted in numbers).
 */
export const flashIoCalculatorSchema = z
  .object({
    /** Stable id used for links to this calculator. */
    id: exampleId,
    /** N, the sequence length. */
    N: whole(FLASH_IO_LIMITS.sequenceLength).describe("a whole number of tokens, e.g. {1024}"),
    /** d, the head size. */
    d: whole(FLASH_IO_LIMITS.headDim).describe("a whole number, e.g. {64}"),
    /** M, the on-chip memory in numbers (at least d). */
    M: whole(FLASH_IO_LIMITS.sram).describe("a whole number of numbers, at least d, e.g. {65536}"),
  })
  .strict()
  .refine((p) => p.M >= p.d, { message: "M must be at least the head size d", path: ["M"] });

export type FlashIoCalculatorProps = z.infer<typeof flashIoCalculatorSchema>;
