/**
 * A ready-made grouped-head decoder for the GQA/MQA pages: the toy decoder's six words and
 * embeddings (d_model = 4), two layers of 4 query heads with d_head = 2 (so H·d_head = 8 and
 * W_O is 8×4), and four key/value projections per layer of which MHA uses all four, GQA the first
 * two and MQA the first one. Weights are small integers (−1, 0, 1), untrained: the greedy picks
 * mean nothing as English. With d_head = 2 each head has one RoPE pair, so under RoPE a head
 * turns by exactly m radians at position m (θ₀ = base⁰ = 1 whatever the base).
 */
import { TOY_DECODER } from "./decoder.ts";
import type { GroupedDecoder, GroupedLayer } from "./decoder-grouped.ts";
import { checkHeadCounts, type AttentionKind } from "./gqa.ts";
import type { Matrix } from "./shape.ts";

/** Per layer: 4 W_q, 4 candidate W_k and W_v (all [4, 2]), W_O [8, 4]. */
interface ToyLayer {
  readonly Wq: readonly Matrix[];
  readonly Wk: readonly Matrix[];
  readonly Wv: readonly Matrix[];
  readonly WO: Matrix;
}

const TOY_LAYERS: readonly ToyLayer[] = [
  {
    Wq: [
      [
        [0, -1],
        [1, 0],
        [0, 0],
        [1, 1],
      ],
      [
        [0, 1],
        [0, 1],
        [0, 0],
        [0, -1],
      ],
      [
        [0, 1],
        [1, 0],
        [0, -1],
        [0, 0],
      ],
      [
        [1, 0],
        [0, 0],
        [-1, 0],
        [1, 0],
      ],
    ],
    Wk: [
      [
        [1, 0],
        [0, 0],
        [0, -1],
        [0, 1],
      ],
      [
        [0, 1],
        [0, 0],
        [0, 1],
        [0, 1],
      ],
      [
        [1, -1],
        [0, 0],
        [0, 1],
        [-1, 1],
      ],
      [
        [0, 1],
        [0, 1],
        [-1, 0],
        [-1, 0],
      ],
    ],
    Wv: [
      [
        [0, 1],
        [-1, 0],
        [-1, 1],
        [1, 1],
      ],
      [
        [0, 1],
        [1, 0],
        [0, 1],
        [0, 0],
      ],
      [
        [0, 0],
        [0, 0],
        [1, -1],
        [1, 0],
      ],
      [
        [0, 1],
        [-1, 1],
        [-1, -1],
        [0, 1],
      ],
    ],
    WO: [
      [1, 1, 1, 1],
      [0, 1, 0, 0],
      [0, 0, 1, -1],
      [-1, 0, 0, 0],
      [0, 0, -1, 0],
      [0, 0, 0, -1],
      [0, -1, 0, 0],
      [-1, 0, 0, 0],
    ],
  },
  {
    Wq: [
      [
        [1, 1],
        [1, -1],
        [0, 1],
        [-1, 0],
      ],
      [
        [1, 0],
        [-1, 0],
        [0, 0],
        [0, 0],
      ],
      [
        [1, -1],
        [-1, 0],
        [0, 1],
        [-1, 0],
      ],
      [
        [-1, 1],
        [0, 0],
        [-1, 0],
        [0, 1],
      ],
    ],
    Wk: [
      [
        [1, 1],
        [0, 1],
        [-1, 0],
        [0, -1],
      ],
      [
        [-1, 1],
        [0, -1],
        [-1, 0],
        [0, 0],
      ],
      [
        [0, 0],
        [-1, 0],
        [0, 1],
        [0, -1],
      ],
      [
        [1, 0],
        [0, 1],
        [0, 1],
        [0, 0],
      ],
    ],
    Wv: [
      [
        [1, -1],
        [0, -1],
        [1, 0],
        [0, -1],
      ],
      [
        [0, 0],
        [-1, 0],
        [0, 0],
        [0, 1],
      ],
      [
        [-1, 0],
        [-1, 1],
        [0, 1],
        [-1, 1],
      ],
      [
        [1, 0],
        [0, 1],
        [0, 0],
        [1, 0],
      ],
    ],
    WO: [
      [0, 0, 1, 0],
      [0, 0, 0, -1],
      [-1, 0, 1, -1],
      [-1, 1, 0, 0],
      [0, 1, -1, -1],
      [0, 0, 1, 0],
      [-1, 1, 0, 0],
      [-1, 0, 0, 0],
    ],
  },
];

/** The toy's query heads per layer; it can share 4, 2 or 1 KV heads among them. */
export const TOY_QUERY_HEADS = 4;

/**
 * The toy grouped decoder with 4 query heads and `kvHeads` KV heads.
 * @param kvHeads 4 (MHA), 2 (GQA) or 1 (MQA)
 * @throws HeadCountError for any other number (4 query heads cannot share 3 KV heads)
 */
export function toyGroupedDecoder(kvHeads: number): GroupedDecoder {
  checkHeadCounts(TOY_QUERY_HEADS, kvHeads);
  const layers = TOY_LAYERS.map(({ Wq, Wk, Wv, WO }): GroupedLayer => ({
    Wq,
    Wk: Wk.slice(0, kvHeads),
    Wv: Wv.slice(0, kvHeads),
    WO,
  }));
  return { vocabulary: TOY_DECODER.vocabulary, E: TOY_DECODER.E, layers };
}

/** The three variants of the toy: 4 query heads with 4, 2 and 1 KV heads. */
export const TOY_GROUPED_DECODERS: Readonly<Record<AttentionKind, GroupedDecoder>> = {
  MHA: toyGroupedDecoder(4),
  GQA: toyGroupedDecoder(2),
  MQA: toyGroupedDecoder(1),
};
