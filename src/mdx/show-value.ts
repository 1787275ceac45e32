/**
 * A value as an author wrote it, for "Received …" in error messages: numbers as numbers
 * (Infinity and NaN included, which JSON would print as null), lists in brackets, text quoted.
 * Long values are cut with an ellipsis.
 */
export function showValue(value: unknown, maxLength = 60): string {
  const text = render(value);
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

function render(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(render).join(", ")}]`;
  if (typeof value === "object") {
    return `{${Object.entries(value)
      .map(([key, item]) => `${key}: ${render(item)}`)
      .join(", ")}}`;
  }
  return String(value);
}
