import { useId, useSyncExternalStore } from "react";
import { useExampleFrame } from "./context.ts";

/** One option of a WordChoice: the word stored in the field and the label the reader sees. */
export interface WordOption {
  readonly word: string;
  readonly label: string;
}

interface WordChoiceProps {
  /** The example's one-word field this sets, e.g. "act" (a words field with a vocabulary). */
  readonly field: string;
  /** What is chosen, e.g. "Activation". */
  readonly legend: string;
  readonly options: readonly WordOption[];
  /** The word chosen now. */
  readonly value: string;
}

const noSubscription = () => () => {};

/**
 * Radio buttons for a one-word field of an editable example (an activation, a kind of norm): a
 * choice goes through the frame like a typed value, so it is kept in the URL and Reset undoes it.
 * Disabled until the island is hydrated (and outside a frame), so a control never pretends to work.
 */
export function WordChoice({ field, legend, options, value }: WordChoiceProps) {
  const frame = useExampleFrame();
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const name = useId();
  const live = hydrated && frame !== null && frame.isEditable(field);
  return (
    <fieldset className="word-choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.word}>
          <input
            type="radio"
            name={name}
            value={option.word}
            checked={option.word === value}
            disabled={!live}
            onChange={() => frame?.setValues({ [field]: [option.word] })}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
