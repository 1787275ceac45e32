/**
 * What a learner may change in the memory-traffic calculator: N, d and M, whole numbers in the
 * math module's FLASH_IO_LIMITS (and M at least d), typed in the calculator's own fields and
 * carried in the link as `?<id>.N=…&<id>.d=…&<id>.M=…`.
 */
import { attentionIo, FLASH_IO_LIMITS } from "../../math/index.ts";
import { refusalSentence } from "../../frame/limit-message.ts";
import type { ExampleSpec } from "../../frame/spec.ts";

/** The calculator's values. */
export interface FlashIoValues {
  readonly N: number;
  readonly d: number;
  readonly M: number;
}

/** The sentence saying why N, d and M cannot be counted together, or null. */
export function checkFlashIo({ N, d, M }: FlashIoValues): string | null {
  try {
    attentionIo(N, d, M);
    return null;
  } catch (error) {
    return refusalSentence(error);
  }
}

const { sequenceLength, headDim, sram } = FLASH_IO_LIMITS;

/** The three numbers; the calculator's own fields change them, so the frame offers no editor. */
export const flashIoSpec: ExampleSpec<FlashIoValues> = {
  fields: [
    { kind: "whole", key: "N", name: "the sequence length N", min: sequenceLength.min, max: sequenceLength.max },
    { kind: "whole", key: "d", name: "the head size d", min: headDim.min, max: headDim.max },
    { kind: "whole", key: "M", name: "the on-chip memory M", min: sram.min, max: sram.max },
  ],
  check: checkFlashIo,
  ownControls: true,
};
