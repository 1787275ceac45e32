/**
 * The typed error for a number outside its accepted range (a tile size, a temperature, a block
 * size …), and the checks that throw it. The error carries the range, so a caller can show it.
 */

/**
 * Thrown when a count or setting lies outside its range. The message names the operation,
 * what was out of range, the range and the value received.
 */
export class LimitError extends RangeError {
  override readonly name = "LimitError";
  /** The operation that refused the value, e.g. "onlineSoftmax". */
  readonly op: string;
  /** What the value is, as the message names it, e.g. "the tile size B". */
  readonly what: string;
  readonly min: number;
  readonly max: number;
  /** False when min itself is not allowed (0 < p ≤ 1). */
  readonly minInclusive: boolean;
  readonly received: number;

  constructor(
    op: string,
    what: string,
    range: { readonly min: number; readonly max: number; readonly minInclusive?: boolean },
    received: number,
    detail: string,
  ) {
    super(`${op}: ${detail}`);
    this.op = op;
    this.what = what;
    this.min = range.min;
    this.max = range.max;
    this.minInclusive = range.minInclusive ?? true;
    this.received = received;
  }
}

/** A closed range of whole numbers, min … max. */
export interface WholeRange {
  readonly min: number;
  readonly max: number;
}

/**
 * Check that `value` is a whole number from min to max inclusive.
 * @param why optional words after the range, e.g. "the row's length"
 * @throws LimitError, e.g. "the tile size B must be a whole number from 1 to 5 (the row's
 *   length); received 7."
 */
export function checkWholeInRange(
  op: string,
  what: string,
  value: number,
  { min, max }: WholeRange,
  why?: string,
): void {
  if (Number.isInteger(value) && value >= min && value <= max) return;
  const reason = why === undefined ? "" : ` (${why})`;
  throw new LimitError(
    op,
    what,
    { min, max },
    value,
    `${what} must be a whole number from ${min} to ${max}${reason}; received ${value}.`,
  );
}

/** A range of real numbers: min … max, with min itself allowed unless minInclusive is false. */
export interface NumberRange {
  readonly min: number;
  readonly max: number;
  readonly minInclusive?: boolean;
}

/**
 * Check that `value` is a finite number in the range.
 * @throws LimitError, e.g. "the top-p mass p must be a number greater than 0 and at most 1;
 *   received 0."
 */
export function checkNumberInRange(op: string, what: string, value: number, range: NumberRange): void {
  const { min, max, minInclusive = true } = range;
  const aboveMin = minInclusive ? value >= min : value > min;
  if (Number.isFinite(value) && aboveMin && value <= max) return;
  const words = minInclusive ? `a number from ${min} to ${max}` : `a number greater than ${min} and at most ${max}`;
  throw new LimitError(op, what, range, value, `${what} must be ${words}; received ${value}.`);
}
