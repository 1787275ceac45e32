import { Fragment, type ReactNode } from "react";

/** `_` then a braced group or a run of letters and digits: "d_model", "W_Q", "n_{kv heads}". */
const SUBSCRIPT = /_(?:\{([^}]*)\}|([A-Za-z0-9]+))/g;

/**
 * Text from src/data/notation/ with every `_x` typeset as a real subscript, so no reader sees or
 * hears an underscore: "d_model × d_k" → d<sub>model</sub> × d<sub>k</sub>.
 */
export function withSubscripts(text: string): ReactNode {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(SUBSCRIPT)) {
    parts.push(text.slice(last, match.index));
    parts.push(<sub key={match.index}>{match[1] ?? match[2]}</sub>);
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return <Fragment>{parts}</Fragment>;
}

/**
 * The same text for an accessible name, which cannot hold markup: "W_Q" → "W sub Q", as a
 * screen reader reads a typeset subscript, never "W underscore Q".
 */
export function spokenSubscripts(text: string): string {
  return text.replace(
    SUBSCRIPT,
    (_, braced: string | undefined, plain: string | undefined) => ` sub ${braced ?? plain}`,
  );
}
