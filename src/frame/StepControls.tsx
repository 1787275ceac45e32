import { useId, useSyncExternalStore } from "react";
import { useExampleFrame } from "./context.ts";

interface StepControlsProps {
  /** The step shown, 0 … last. */
  readonly step: number;
  /** The last step. */
  readonly last: number;
  /** The example's field that holds the step, e.g. "step". */
  readonly field: string;
  /** What step 0 is, for the reason a button is off: "right after prefill". */
  readonly start: string;
  /** The sentence announced for the step shown. */
  readonly status: string;
}

const noSubscription = () => () => {};

/**
 * Previous step, Next step and Back to step 0 for an example that steps through something, with
 * the step's sentence in a live region. A button that cannot act is marked off with
 * aria-disabled (so it keeps the focus) and says why; the step is a frame field, so it lives in
 * the URL like any edited value. The buttons are disabled until the island has hydrated.
 */
export function StepControls({ step, last, field, start, status }: StepControlsProps) {
  const frame = useExampleFrame();
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const reasonId = useId();
  const go = (next: number) => {
    if (next < 0 || next > last || next === step) return;
    frame?.setValues({ [field]: next });
  };
  const atStart = step === 0;
  const atEnd = step === last;
  const reason = atStart
    ? `Previous step and Back to step 0 are off: this is step 0, ${start}.`
    : atEnd
      ? `Next is off: step ${last} is the last step.`
      : "";
  const button = (label: string, off: boolean, onClick: () => void) => (
    <button
      type="button"
      className="kv-control"
      disabled={!hydrated}
      aria-disabled={off || undefined}
      aria-describedby={off ? reasonId : undefined}
      onClick={off ? undefined : onClick}
    >
      {label}
    </button>
  );
  return (
    <div className="kv-controls" role="group" aria-label="Step controls">
      {button("Previous step", atStart, () => go(step - 1))}
      {button("Next step", atEnd, () => go(step + 1))}
      {button("Back to step 0", atStart, () => go(0))}
      <p className="kv-status" aria-live="polite" aria-atomic="true">
        {status}
      </p>
      <p id={reasonId} className="kv-reason">
        {reason}
      </p>
    </div>
  );
}
