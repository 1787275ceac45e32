/**
 * Public entry of the math module: pure functions on readonly vectors and matrices,
 * no DOM and no React. Import from here, not from the topic files.
 */
export * from "./shape.ts";
export * from "./vector.ts";
export * from "./matrix.ts";
export * from "./compare.ts";
export * from "./explain.ts";
export * from "./format.ts";
export * from "./softmax.ts";
export * from "./mask.ts";
export * from "./attention.ts";
export * from "./heads.ts";
export * from "./random.ts";
export * from "./statistics.ts";
export * from "./geometry.ts";
export * from "./embedding.ts";
export * from "./ranking.ts";
export * from "./scaling.ts";
export * from "./concat-explain.ts";
export * from "./cache-size.ts";
export * from "./parse-number.ts";
export * from "./decode-cost.ts";
export * from "./decoder.ts";
export * from "./position-checks.ts";
export * from "./positions.ts";
export * from "./rope.ts";
export * from "./norm.ts";
export * from "./mlp.ts";
export * from "./block.ts";
export * from "./block-check.ts";
export * from "./norm-facts.ts";
export * from "./cross-attention.ts";
export * from "./cross-decode.ts";
export * from "./order.ts";
export * from "./decoder-shared.ts";
export * from "./decoder-grouped.ts";
export * from "./toy-grouped-decoder.ts";
export * from "./limits.ts";
export * from "./gqa.ts";
export * from "./online-softmax.ts";
export * from "./flash-attention.ts";
export * from "./flash-io.ts";
export * from "./paged-cache.ts";
export * from "./sampling.ts";
export * from "./toy-block.ts";
