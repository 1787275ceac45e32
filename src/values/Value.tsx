interface ValueProps {
  /** The id of the example on the same page whose value this is, e.g. "qkv-projection". */
  readonly of: string;
  /** The value's name among those the example offers, e.g. "y1". */
  readonly name: string;
  /** The authored value as text; inserted by the build (build/remark-values.ts), never written by hand. */
  readonly text?: string;
}

/**
 * A number (or word) in a sentence that comes from a worked example on the page: the server HTML
 * is the authored value as plain text, so the sentence reads the same without JavaScript, in print
 * and to a screen reader. When the learner edits that example, src/values/publish.ts rewrites the
 * text in place; no React runs for the sentence.
 */
export function Value({ of, name, text }: ValueProps) {
  if (text === undefined) {
    throw new Error(
      `<Value of="${of}" name="${name}"> has no text: the build inserts it (build/remark-values.ts). Expected the MDX to be compiled with that plugin.`,
    );
  }
  return (
    <span className="value" data-value-of={of} data-value-name={name}>
      {text}
    </span>
  );
}
