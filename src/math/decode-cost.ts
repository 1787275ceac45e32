/**
 * Counting the work of causal self-attention in one layer and one head, for prefill and for one
 * decode step with and without a KV cache. Counts are exact (BigInt where they can pass 2⁵³).
 */

/** What one phase does in one layer and one attention head. */
export interface AttentionWork {
  /** Tokens the queries can see when the phase ends (the prompt length n, or t at a decode step). */
  readonly tokens: number;
  /** Query rows scored: n in prefill; 1 at a cached decode step; t when everything is recomputed. */
  readonly queryRows: number;
  /** Key and value rows computed (each head_dim numbers): one pair per token that is processed. */
  readonly kvRowsComputed: number;
  /** Key and value rows read back from the cache: t each at a cached decode step, else 0. */
  readonly kvRowsRead: number;
  /** Scores q·k computed: queryRows × tokens (a dense product computes masked entries too). */
  readonly scores: bigint;
  /** Of those, replaced by −∞ by the causal mask (keys after their query). */
  readonly maskedScores: bigint;
  /** Multiply–adds of the scores (scores · head_dim) plus the weighted sum of values (the same). */
  readonly multiplyAdds: bigint;
}

function checkWhole(name: string, what: string, value: number, min: number): void {
  if (Number.isSafeInteger(value) && value >= min) return;
  throw new RangeError(`${name}: ${what} must be a whole number ≥ ${min}; received ${value}.`);
}

/** n(n − 1)/2: the entries above the diagonal of an n×n matrix. */
function aboveDiagonal(n: number): bigint {
  const big = BigInt(n);
  return (big * (big - 1n)) / 2n;
}

function work(
  tokens: number,
  queryRows: number,
  kvRowsComputed: number,
  kvRowsRead: number,
  masked: bigint,
  headDim: number,
): AttentionWork {
  const scores = BigInt(queryRows) * BigInt(tokens);
  return {
    tokens,
    queryRows,
    kvRowsComputed,
    kvRowsRead,
    scores,
    maskedScores: masked,
    multiplyAdds: 2n * scores * BigInt(headDim),
  };
}

/**
 * Prefill of an n-token prompt: all n queries at once against all n keys, an n×n score matrix
 * whose n(n − 1)/2 entries above the diagonal are masked; n key and value rows are computed and
 * written to the cache, none read.
 * @param n prompt length, a whole number ≥ 1
 * @param headDim size of one head's key, a whole number ≥ 1
 */
export function prefillWork(n: number, headDim: number): AttentionWork {
  checkWhole("prefillWork", "the prompt length n", n, 1);
  checkWhole("prefillWork", "the head size", headDim, 1);
  return work(n, n, n, 0, aboveDiagonal(n), headDim);
}

/**
 * One decode step that brings the context to t tokens (the new token included).
 * With a cache: the new token's k and v are computed and appended, its q is scored against all t
 * cached keys (a 1×t row, nothing to mask) and all t keys and t values are read.
 * Without a cache: every layer must recompute k and v for all t tokens and the whole t×t masked
 * score matrix, because the later layers' keys and values depend on every earlier position.
 * @param t tokens after the step, a whole number ≥ 1
 * @param headDim size of one head's key, a whole number ≥ 1
 * @param cached whether a KV cache is kept
 */
export function decodeStepWork(t: number, headDim: number, cached: boolean): AttentionWork {
  checkWhole("decodeStepWork", "the token count t", t, 1);
  checkWhole("decodeStepWork", "the head size", headDim, 1);
  return cached ? work(t, 1, 1, t, 0n, headDim) : work(t, t, t, 0, aboveDiagonal(t), headDim);
}

/**
 * Up to `count` whole token counts from 1 to seqLen, evenly spread, always including both ends,
 * increasing and without repeats: the x positions of a work-per-step plot.
 * @param seqLen whole number ≥ 1
 * @param count whole number ≥ 2
 */
export function sampleTokenCounts(seqLen: number, count: number): readonly number[] {
  checkWhole("sampleTokenCounts", "the sequence length", seqLen, 1);
  checkWhole("sampleTokenCounts", "the number of samples", count, 2);
  const steps = Math.min(count - 1, seqLen - 1);
  if (steps === 0) return [1];
  const values = Array.from({ length: steps + 1 }, (_, k) => 1 + Math.round((k * (seqLen - 1)) / steps));
  return values.filter((value, k) => k === 0 || value !== values[k - 1]);
}

/**
 * 1, 2, 4, 8, … up to seqLen, with seqLen itself last: the rows of a table of work per step.
 * @param seqLen whole number ≥ 1
 */
export function doublingTokenCounts(seqLen: number): readonly number[] {
  checkWhole("doublingTokenCounts", "the sequence length", seqLen, 1);
  const values: number[] = [];
  for (let t = 1; t < seqLen; t *= 2) values.push(t);
  values.push(seqLen);
  return values;
}
