/**
 * The block page's toy block: d_model = 4, two heads of d_k = d_v = 2, RMSNorm with gain 1, and an
 * MLP of d_ff = 16 = 4·d_model with ReLU. Head 1 reads components 0 and 1 of the normalised row
 * (its W_Q, W_K and W_V copy them), head 2 reads components 2 and 3; W_O is the page's (editable),
 * so the learner sees where it writes the heads into the residual stream. The MLP's weights are
 * untrained: whole numbers −1 … 1 from a fixed seed, halved. Nothing here is trained; the point
 * is the bookkeeping of the residual stream, which is exactly a real block's.
 */
import type { BlockWeights } from "./block.ts";
import type { HeadWeights } from "./heads.ts";
import { mulberry32, randomMatrix } from "./random.ts";
import type { Matrix } from "./shape.ts";

/** Width of the toy block's residual stream. */
export const TOY_BLOCK_D_MODEL = 4;
/** Hidden units of the toy block's MLP: 4·d_model, as in the original Transformer. */
export const TOY_BLOCK_D_FF = 4 * TOY_BLOCK_D_MODEL;
/** The seed the toy MLP's weights are drawn from. */
const MLP_SEED = 18;

/** A 4 × 2 matrix copying components `first` and `first + 1` of a row. */
function pick(first: number): Matrix {
  return Array.from({ length: TOY_BLOCK_D_MODEL }, (_, r) => [r === first ? 1 : 0, r === first + 1 ? 1 : 0]);
}

/** The toy block's two heads: head 1 reads components 0 and 1, head 2 reads components 2 and 3. */
export const TOY_BLOCK_HEADS: readonly HeadWeights[] = [0, 2].map((first) => ({
  Wq: pick(first),
  Wk: pick(first),
  Wv: pick(first),
}));

const halves = (M: Matrix) => M.map((r) => r.map((v) => v / 2));

/**
 * The toy block's weights around a given W_O.
 * @param WO shape [4, 4]: row r takes concat column r (head 1's outputs are columns 0–1, head 2's 2–3)
 */
export function toyBlockWeights(WO: Matrix): BlockWeights {
  const rng = mulberry32(MLP_SEED);
  const W1 = halves(randomMatrix(rng, TOY_BLOCK_D_MODEL, TOY_BLOCK_D_FF, { kind: "integer", min: -1, max: 1 }));
  const W2 = halves(randomMatrix(rng, TOY_BLOCK_D_FF, TOY_BLOCK_D_MODEL, { kind: "integer", min: -1, max: 1 }));
  const ones = Array.from({ length: TOY_BLOCK_D_MODEL }, () => 1);
  return {
    norm: "rms",
    norm1: { gain: ones },
    norm2: { gain: ones },
    heads: TOY_BLOCK_HEADS,
    WO,
    mlp: {
      W1,
      b1: Array.from({ length: TOY_BLOCK_D_FF }, () => 0),
      W2,
      b2: Array.from({ length: TOY_BLOCK_D_MODEL }, () => 0),
      activation: "relu",
    },
  };
}
