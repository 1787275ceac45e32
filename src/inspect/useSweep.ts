import { useEffect, useState, type KeyboardEvent } from "react";
import type { CellPosition } from "./MatrixGrid.tsx";
import type { InspectHandlers, Inspection } from "./useInspection.ts";
import type { SweepControlsProps } from "./SweepControls.tsx";
import {
  cellOfEntry,
  clampPosition,
  describePosition,
  entryOfCell,
  isLastPosition,
  moveTo,
  play,
  previousPosition,
  REST,
  shownAt,
  stepBack,
  stepForward,
  tick,
  type SweepShape,
  type SweepState,
} from "./sweep.ts";

/** One step of a playing sweep per tick: slow enough to read a term, with or without motion. */
export const SWEEP_TICK_MS = 1000;

/** An inspection of a product's output, with a sweep that can take it over. */
export interface SweptInspection {
  /** The output cell shown: the hovered one, else the sweep's, else the focused or tapped one. */
  readonly cell: CellPosition | null;
  /** How many of `cell`'s terms the sweep has written so far; null for the whole expansion and its result. */
  readonly count: number | null;
  /** The term whose two factors the sweep marks, or null. */
  readonly factor: number | null;
  /** True while the sweep (not a hover or a pinned inspection) decides what is shown. */
  readonly sweeping: boolean;
  /** Handlers for an output cell: they inspect it, and focus or tap also moves the sweep there. */
  bind(cell: CellPosition): InspectHandlers;
  /** For the example's container: Escape stops inspecting and puts the sweep to rest. */
  onKeyDown(event: KeyboardEvent): void;
  /** What <SweepControls> needs. */
  readonly controls: Omit<SweepControlsProps, "label">;
}

/** The part of a product the sweep walks: the output's size and the terms in each entry. */
export interface SweepOutput {
  readonly rows: number;
  readonly cols: number;
  /** The inner size of the product: terms in each entry's expansion. */
  readonly terms: number;
}

/**
 * A sweep over `output` that works with `inspection`: Play, Step ▶ and ◀ Step walk the entries
 * term by term (sweep.ts), starting from the inspected entry or the first; inspecting an entry by
 * focus or tap moves the sweep there; a hover shows its entry as usual while it lasts. The clock
 * stops when the sweep pauses or ends, when the tab is hidden, and when the example unmounts;
 * with `enabled` false (while the numbers are edited) the sweep rests.
 */
export function useSweptInspection(
  inspection: Inspection<CellPosition>,
  output: SweepOutput,
  enabled = true,
): SweptInspection {
  const { rows, cols, terms } = output;
  const entries = rows * cols;
  const [state, setState] = useState<SweepState>(REST);
  if (!enabled && state !== REST) setState(REST);
  const shape: SweepShape = { entries, terms };
  const position = enabled ? clampPosition(state.position, shape) : null;
  const playing = position !== null && state.playing;
  const pinned = inspection.pinned;
  const from = pinned === null ? 0 : Math.min(entries - 1, entryOfCell(pinned, cols));

  useEffect(() => {
    if (!playing) return;
    const fitted = { entries, terms };
    const timer = window.setInterval(
      () => setState((s) => tick({ position: clampPosition(s.position, fitted), playing: s.playing }, fitted)),
      SWEEP_TICK_MS,
    );
    const onVisibility = () => {
      if (document.hidden) setState((s) => ({ position: s.position, playing: false }));
    };
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [playing, entries, terms]);

  const update = (change: (s: SweepState) => SweepState) =>
    setState((s) => change({ position: clampPosition(s.position, shape), playing: s.playing }));
  const sweepCell = position === null ? null : cellOfEntry(position.entry, cols);
  const shown = position === null ? { count: null, factor: null } : shownAt(position, shape);
  const hovered = inspection.hovered;

  return {
    cell: hovered ?? sweepCell ?? pinned,
    count: hovered === null ? shown.count : null,
    factor: hovered === null ? shown.factor : null,
    sweeping: hovered === null && position !== null,
    bind: (cell) => {
      const handlers = inspection.bind(cell);
      const entry = entryOfCell(cell, cols);
      return {
        ...handlers,
        onFocus: (event) => {
          handlers.onFocus(event);
          update((s) => moveTo(s, entry));
        },
        onClick: () => {
          handlers.onClick();
          update((s) => moveTo(s, entry));
        },
      };
    },
    onKeyDown: (event) => {
      inspection.onKeyDown(event);
      if (event.key === "Escape") setState(REST);
    },
    controls: {
      playing,
      atStart: position === null || previousPosition(position, shape) === null,
      atEnd: position !== null && isLastPosition(position, shape),
      status: describePosition(position, shape, from),
      onPlay: () => update((s) => play(s, shape, from)),
      onPause: () => update((s) => ({ position: s.position, playing: false })),
      onForward: () => update((s) => stepForward(s, shape, from)),
      onBack: () => update((s) => stepBack(s, shape)),
    },
  };
}
