export interface SweepControlsProps {
  /** Accessible name of the row, e.g. "Build Y term by term". */
  readonly label: string;
  readonly playing: boolean;
  /** Nothing to step back to: the sweep is at rest or at its first term. */
  readonly atStart: boolean;
  /** Nothing to step on to: the last entry's result is shown. */
  readonly atEnd: boolean;
  /** Where the sweep is, in words: "entry 2 of 6, term 1 of 2" (a polite live region). */
  readonly status: string;
  onPlay(): void;
  onPause(): void;
  onForward(): void;
  onBack(): void;
}

/**
 * ◀ Step, Play / Pause and Step ▶ for a sweep through a matrix product, with its place in words.
 * One compact row; hidden without JavaScript (the buttons would do nothing) and left out of
 * downloads and print. A button with nothing to do is aria-disabled, not disabled, so it keeps
 * the keyboard focus at an end. Before the island wakes the buttons are live HTML: a press is
 * carried out once it has (src/islands/early-input.ts).
 */
export function SweepControls(props: SweepControlsProps) {
  const { label, playing, atStart, atEnd, status } = props;
  return (
    <div className="sweep-controls" role="group" aria-label={label} data-export="skip">
      <button
        type="button"
        className="sweep-control"
        aria-label="Step back"
        aria-disabled={atStart || undefined}
        onClick={atStart ? undefined : props.onBack}
      >
        <span aria-hidden="true">◀</span> Step
      </button>
      <button type="button" className="sweep-control sweep-play" onClick={playing ? props.onPause : props.onPlay}>
        {playing ? "Pause" : "Play"}
      </button>
      <button
        type="button"
        className="sweep-control"
        aria-label="Step forward"
        aria-disabled={atEnd || undefined}
        onClick={atEnd ? undefined : props.onForward}
      >
        Step <span aria-hidden="true">▶</span>
      </button>
      <p className="sweep-status" role="status" aria-atomic="true">
        {status}
      </p>
    </div>
  );
}
