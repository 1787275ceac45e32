import { useId } from "react";

interface CacheSizeFieldProps {
  /** The visible label, e.g. "Layers". */
  readonly label: string;
  /** The name used in the formula, e.g. "layers". */
  readonly symbol: string;
  readonly text: string;
  /** What the field accepts, shown under it while the field is valid. */
  readonly hint: string;
  /** Why the text was refused; undefined while it is valid. */
  readonly error: string | undefined;
  readonly disabled: boolean;
  readonly onChange: (text: string) => void;
}

/**
 * One number of the cache formula: a text field (so that anything typed can be answered with a
 * message, rather than silently dropped as a number input would), its symbol, and either what it
 * accepts or why the text was refused, tied to it with aria-describedby.
 */
export function CacheSizeField({ label, symbol, text, hint, error, disabled, onChange }: CacheSizeFieldProps) {
  const id = useId();
  return (
    <div className="cache-field" data-invalid={error ? "true" : undefined}>
      <label htmlFor={id}>
        {label} <code>{symbol}</code>
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        value={text}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-message`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-message`} className={error ? "field-error" : "field-hint"}>
        {error ?? hint}
      </p>
    </div>
  );
}
