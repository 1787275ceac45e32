import { useId, useSyncExternalStore } from "react";
import { useExampleFrame } from "../../frame/context.ts";

interface SwapControlsProps {
  readonly sentence: readonly string[];
  readonly a: number;
  readonly b: number;
}

const noSubscription = () => () => {};

/**
 * "Swap word … with word …": two lists of the sentence's positions. A choice changes the frame's
 * `a` or `b` field, so the swap is kept in the URL like a typed value. The lists stay disabled
 * until the island has hydrated, and outside a frame (a test of the view alone).
 */
export function SwapControls({ sentence, a, b }: SwapControlsProps) {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const frame = useExampleFrame();
  const id = useId();
  const live = hydrated && frame !== null;
  const choose = (field: "a" | "b", text: string) => frame?.setValues({ [field]: Number(text) });
  const options = sentence.map((word, i) => (
    <option key={i} value={i}>
      {`${i}: ${word}`}
    </option>
  ));
  return (
    <div className="swap-controls" role="group" aria-label="Shuffle: swap two words">
      <label htmlFor={`${id}-a`}>Swap word</label>
      <select id={`${id}-a`} value={a} disabled={!live} onChange={(event) => choose("a", event.target.value)}>
        {options}
      </select>
      <label htmlFor={`${id}-b`}>with word</label>
      <select id={`${id}-b`} value={b} disabled={!live} onChange={(event) => choose("b", event.target.value)}>
        {options}
      </select>
    </div>
  );
}
