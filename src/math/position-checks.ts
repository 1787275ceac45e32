/**
 * The limits shared by sinusoidal encodings and RoPE, and the checks that enforce them. UI code
 * reads the same constants to say what a field accepts, so the limits live in one place.
 */

/**
 * Token positions are whole numbers from `min` to `max`: enough for any worked example and far
 * beyond what a learner types by hand, small enough that angles stay readable.
 */
export const POSITION_LIMITS = { min: 0, max: 4096 } as const;

/**
 * The base of the wavelengths (10000 in Vaswani et al. and Su et al.): any positive number up to
 * `max`. Llama 3 uses 500,000, so 10⁶ leaves room for real models.
 */
export const BASE_LIMITS = { max: 1_000_000 } as const;

/** The base both papers use. */
export const DEFAULT_POSITION_BASE = 10_000;

/**
 * Check that `position` is a whole number in POSITION_LIMITS.
 * @param op the operation, for the message
 * @param what how the position is named, e.g. "position m"
 * @throws RangeError naming the accepted range
 */
export function checkPosition(op: string, what: string, position: number): void {
  const { min, max } = POSITION_LIMITS;
  if (Number.isInteger(position) && position >= min && position <= max) return;
  throw new RangeError(`${op}: ${what} must be a whole number from ${min} to ${max}; received ${position}.`);
}

/**
 * Check that `base` is a positive, finite number no larger than BASE_LIMITS.max.
 * @throws RangeError naming the accepted range
 */
export function checkBase(op: string, base: number): void {
  if (Number.isFinite(base) && base > 0 && base <= BASE_LIMITS.max) return;
  throw new RangeError(`${op}: the base must be a positive number up to ${BASE_LIMITS.max}; received ${base}.`);
}

/**
 * Thrown when a vector that is handled in pairs (2i, 2i+1) has an odd number of entries: the
 * last entry would have no partner to be turned with, or no cosine to go with its sine.
 */
export class OddDimensionError extends Error {
  override readonly name = "OddDimensionError";
  readonly op: string;
  /** The odd size that was received. */
  readonly dimension: number;

  /**
   * @param op the operation that failed
   * @param dimension the odd size
   * @param why the sentence saying why pairs are needed
   */
  constructor(op: string, dimension: number, why: string) {
    super(`${op}: ${why} so the size must be even; received ${dimension}, which is odd.`);
    this.op = op;
    this.dimension = dimension;
  }
}

/** Why RoPE needs an even size, for OddDimensionError. */
export const ROPE_PAIRS_REASON =
  "RoPE turns the components in pairs (0, 1), (2, 3), …, each pair by its own angle, and a " +
  "rotation needs two coordinates,";

/**
 * Check that d is an even whole number ≥ 2.
 * @throws OddDimensionError for an odd d; RangeError for anything else
 */
export function checkEvenDimension(op: string, d: number, why: string): void {
  if (!Number.isInteger(d) || d < 1) {
    throw new RangeError(`${op}: the size d must be a whole number ≥ 2; received ${d}.`);
  }
  if (d % 2 !== 0) throw new OddDimensionError(op, d, why);
}
