/**
 * A sweep through a matrix product, the way it is done by hand: one output entry at a time, in
 * row-major order (so the row of the left matrix slides along the columns of the right one), each
 * entry's expansion written one term at a time and then summed. Pure state, no DOM or timers: the
 * hook (useSweep.ts) adds the clock and the view decides what a position highlights.
 */

/** The size of the walk: every entry of the product has the same number of terms (the inner size). */
export interface SweepShape {
  /** Output entries, counted row-major: entry e is row ⌊e / cols⌋, column e mod cols. */
  readonly entries: number;
  /** Terms in each entry's expansion (the inner size n of the product). */
  readonly terms: number;
}

/**
 * Where a sweep is: output entry `entry`, with its terms 0 … `term` written out. `term === terms`
 * is the entry's last step: every term written and the result added ("= 17").
 */
export interface SweepPosition {
  readonly entry: number;
  readonly term: number;
}

/** A sweep at rest (`position` null: the example shows its inspection as usual) or under way. */
export interface SweepState {
  readonly position: SweepPosition | null;
  readonly playing: boolean;
}

export const REST: SweepState = { position: null, playing: false };

const lastEntry = (shape: SweepShape) => shape.entries - 1;

/** The first step of entry `entry`: its first term (or its result, for an expansion with no terms). */
export function startOf(entry: number): SweepPosition {
  return { entry, term: 0 };
}

/** The position after `p`: the next term, the result, then the next entry's first term; null after the last. */
export function nextPosition(p: SweepPosition, shape: SweepShape): SweepPosition | null {
  if (p.term < shape.terms) return { entry: p.entry, term: p.term + 1 };
  return p.entry < lastEntry(shape) ? startOf(p.entry + 1) : null;
}

/** The position before `p`: from an entry's first term back to the previous entry's last step; null before the first. */
export function previousPosition(p: SweepPosition, shape: SweepShape): SweepPosition | null {
  if (p.term > 0) return { entry: p.entry, term: p.term - 1 };
  return p.entry > 0 ? { entry: p.entry - 1, term: shape.terms } : null;
}

/** `p` kept inside `shape` (after an edit made the product smaller); null when there is nothing to sweep. */
export function clampPosition(p: SweepPosition | null, shape: SweepShape): SweepPosition | null {
  if (p === null || shape.entries <= 0) return null;
  return { entry: Math.min(p.entry, lastEntry(shape)), term: Math.min(p.term, Math.max(0, shape.terms)) };
}

/** Whether `p` is the very last step of the sweep: the last entry with its result. */
export function isLastPosition(p: SweepPosition, shape: SweepShape): boolean {
  return nextPosition(p, shape) === null;
}

/** Row and column of entry `entry` in an output `cols` wide (row-major). */
export function cellOfEntry(entry: number, cols: number): { readonly row: number; readonly col: number } {
  return { row: Math.floor(entry / cols), col: entry % cols };
}

/** The row-major number of the cell at `row`, `col` in an output `cols` wide. */
export function entryOfCell(cell: { readonly row: number; readonly col: number }, cols: number): number {
  return cell.row * cols + cell.col;
}

/**
 * What one step of a sweep shows of its entry's expansion: how many terms are written (all of
 * them, with the result, at the entry's last step: `count` null) and whose factors are marked.
 */
export function shownAt(
  p: SweepPosition,
  shape: SweepShape,
): { readonly count: number | null; readonly factor: number | null } {
  return p.term < shape.terms ? { count: p.term + 1, factor: p.term } : { count: null, factor: null };
}

/** Play: from rest it starts at entry `from`; at the very end it starts again from the first entry. */
export function play(state: SweepState, shape: SweepShape, from: number): SweepState {
  if (shape.entries <= 0) return REST;
  const position = state.position;
  if (position === null) return { position: startOf(from), playing: true };
  if (isLastPosition(position, shape)) return { position: startOf(0), playing: true };
  return { position, playing: true };
}

/** One tick of the clock while playing: one step on; playing stops at the last step. */
export function tick(state: SweepState, shape: SweepShape): SweepState {
  if (!state.playing || state.position === null) return state;
  const position = nextPosition(state.position, shape) ?? state.position;
  return { position, playing: !isLastPosition(position, shape) };
}

/** Step ▶: pauses and goes one step on; from rest it starts at entry `from`. Stays put at the very end. */
export function stepForward(state: SweepState, shape: SweepShape, from: number): SweepState {
  if (shape.entries <= 0) return REST;
  if (state.position === null) return { position: startOf(from), playing: false };
  return { position: nextPosition(state.position, shape) ?? state.position, playing: false };
}

/** ◀ Step: pauses and goes one step back. Stays put at the first step, and at rest (there is nothing before). */
export function stepBack(state: SweepState, shape: SweepShape): SweepState {
  if (state.position === null) return state;
  return { position: previousPosition(state.position, shape) ?? state.position, playing: false };
}

/**
 * The reader inspected entry `entry` (focus or tap): a playing sweep goes on from that entry's
 * first term; a paused one comes to rest there, so the example shows that entry as usual and
 * Play or Step ▶ then builds it.
 */
export function moveTo(state: SweepState, entry: number): SweepState {
  return state.playing ? { position: startOf(entry), playing: true } : REST;
}

/** The sweep's place in words, for its status line: "entry 2 of 6, term 1 of 2", "entry 2 of 6, result". */
export function describePosition(p: SweepPosition | null, shape: SweepShape, from: number): string {
  const entry = `entry ${(p?.entry ?? from) + 1} of ${shape.entries}`;
  if (p === null) return `${entry}, not started`;
  return p.term < shape.terms ? `${entry}, term ${p.term + 1} of ${shape.terms}` : `${entry}, result`;
}
