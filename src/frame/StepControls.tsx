import { useId, useSyncExternalStore } from "react";

interface StepControlsProps {
  /** The step shown, from 0 (nothing done yet) to `last`. */
  readonly step: number;
  readonly last: number;
  /** Go to step `next` (always within 0 … last and different from `step`). */
  readonly onGo: (next: number) => void;
  /** Accessible name of the group, e.g. "Tile controls". */
  readonly label: string;
  /** The sentence announced for the shown step (a polite live region). */
  readonly status: string;
  /** Why Back and Start are off at step 0, e.g. "no tile has been read yet". */
  readonly atStart: string;
  /** Why Step is off at the last step, e.g. "every tile has been read". */
  readonly atEnd: string;
}

const noSubscription = () => () => {};

/**
 * Back, Step and Start buttons for a step-through, with the step announced in words. A button
 * that has nothing to do is marked aria-disabled rather than disabled, so it keeps the keyboard
 * focus at an end (pressing it does nothing) and says why it is off. Until the island is
 * hydrated (and without JavaScript) every button is disabled. Nothing moves: the step changes
 * numbers in place, so there is no motion to reduce.
 */
export function StepControls({ step, last, onGo, label, status, atStart, atEnd }: StepControlsProps) {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const reasonId = useId();
  const first = step === 0;
  const final = step === last;
  const reason = first && final ? `${atStart}; ${atEnd}.` : first ? `${atStart}.` : final ? `${atEnd}.` : "";
  const button = (text: string, off: boolean, target: number) => (
    <button
      type="button"
      className="step-control"
      disabled={!hydrated}
      aria-disabled={off || undefined}
      aria-describedby={off ? reasonId : undefined}
      onClick={off ? undefined : () => onGo(target)}
    >
      {text}
    </button>
  );
  return (
    <div className="step-controls" role="group" aria-label={label}>
      {button("Back", first, step - 1)}
      {button("Step", final, step + 1)}
      {button("Start", first, 0)}
      <p className="step-status" aria-live="polite" aria-atomic="true">
        {status}
      </p>
      <p id={reasonId} className="step-reason">
        {reason}
      </p>
    </div>
  );
}
