import { useId, useState } from "react";
import { numberRangeWords, typedText } from "../math/parse-values.ts";
import type { EditMessage } from "./ExampleFrame.tsx";
import { applyText, resize, sizeCounts, type ExampleSpec, type Field, type Values } from "./spec.ts";

interface ExampleEditorProps {
  readonly spec: ExampleSpec;
  readonly values: Values;
  readonly onAccept: (values: Values) => void;
  readonly onReset: () => void;
  readonly message: EditMessage | null;
  readonly setMessage: (message: EditMessage | null) => void;
  /** Id of the message for cells and size buttons (cells in the matrices point to it). */
  readonly messageId: string;
  readonly changed: boolean;
}

/** How a field is typed, shown under its label. */
function formOf(field: Field): string {
  switch (field.kind) {
    case "matrix":
      return "Rows separated by “;”, numbers by spaces or commas, e.g. 1 10; 0 -1";
    case "row":
      return "Numbers separated by commas or spaces, e.g. 2, 3";
    case "words":
      return field.vocabulary
        ? `${field.min}–${field.max} words from: ${field.vocabulary.join(", ")}`
        : `${field.min}–${field.max} words separated by spaces, letters and digits only`;
    case "whole":
      return `A whole number from ${field.min} to ${field.max}`;
    case "number": {
      const words = numberRangeWords(field);
      return words.charAt(0).toUpperCase() + words.slice(1);
    }
  }
}

/**
 * The editor under an example's tools: one text field per editable value (a whole matrix typed as
 * "1 10; 0 -1"), buttons that make a shared size larger or smaller, and Reset. The matrices of the
 * example itself become editable in place while this is open. Each change applies as it is typed;
 * a refused one leaves the example at its last valid numbers and says why under the field.
 */
export function ExampleEditor({
  spec,
  values,
  onAccept,
  onReset,
  message,
  setMessage,
  messageId,
  changed,
}: ExampleEditorProps) {
  const [drafts, setDrafts] = useState<Readonly<Record<string, string>>>({});
  const baseId = useId();
  const counts = sizeCounts(spec, values);
  const fields = spec.fields.filter((field) => values[field.key] !== undefined);

  const type = (key: string, text: string) => {
    setDrafts((before) => ({ ...before, [key]: text }));
    const result = applyText(spec, values, key, text);
    if (result.ok) onAccept(result.value);
    else setMessage({ key, text: result.message });
  };

  const grow = (size: string, delta: 1 | -1) => {
    const result = resize(spec, values, size, delta);
    if (result.ok) {
      setDrafts({});
      onAccept(result.value);
    } else setMessage({ key: null, text: result.message });
  };

  return (
    <div className="example-editor" role="group" aria-label="Edit the numbers">
      <p className="example-editor-intro">
        {fields.some((field) => field.kind === "matrix" || field.kind === "row")
          ? "Change any number in the matrices below, or type a whole row or matrix here. Everything recomputes as you type; if something cannot be used, the example keeps its last valid numbers and says why."
          : "Type your own words or numbers here. Everything recomputes as you type; if something cannot be used, the example keeps its last valid ones and says why."}
      </p>
      <div className="example-editor-fields">
        {fields.map((field) => {
          const inputId = `${baseId}-${field.key}`;
          const wrong = message?.key === field.key;
          return (
            <div className="example-field" key={field.key}>
              <label htmlFor={inputId}>{field.name}</label>
              <input
                id={inputId}
                type="text"
                autoComplete="off"
                spellCheck={false}
                value={drafts[field.key] ?? typedText(values[field.key]!)}
                aria-invalid={wrong || undefined}
                aria-describedby={`${inputId}-form${wrong ? ` ${inputId}-message` : ""}`}
                onChange={(event) => type(field.key, event.currentTarget.value)}
                onBlur={() =>
                  setDrafts((before) => Object.fromEntries(Object.entries(before).filter(([key]) => key !== field.key)))
                }
              />
              <p className="example-field-form" id={`${inputId}-form`}>
                {formOf(field)}
              </p>
              {wrong ? (
                <p className="example-field-message" id={`${inputId}-message`} role="alert">
                  {message.text}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      {spec.sizes ? (
        <ul className="example-sizes" aria-label="Sizes">
          {Object.entries(spec.sizes)
            .filter(([size]) => counts[size] !== undefined)
            .map(([size, limits]) => (
              <li key={size}>
                <span>
                  {limits.label.charAt(0).toUpperCase() + limits.label.slice(1)}: <strong>{counts[size]}</strong>
                </span>
                <button
                  type="button"
                  className="example-tool"
                  aria-label={`Remove the last of the ${limits.label}`}
                  onClick={() => grow(size, -1)}
                >
                  −
                </button>
                <button
                  type="button"
                  className="example-tool"
                  aria-label={`Add one to the ${limits.label}`}
                  onClick={() => grow(size, 1)}
                >
                  +
                </button>
              </li>
            ))}
        </ul>
      ) : null}
      <p className="example-editor-message" id={messageId} role="status">
        {message !== null && message.key === null ? message.text : ""}
      </p>
      <button type="button" className="example-tool" onClick={onReset} disabled={!changed}>
        Reset to the page’s numbers
      </button>
    </div>
  );
}
