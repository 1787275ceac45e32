/**
 * The rules of the RoPE example that its fields' shapes cannot state: q and k have an even number
 * of entries (they are turned in pairs), and the shifted positions stay inside the position
 * limits. Shared by the props schema (MDX) and the spec (typing, links); the sentences come from
 * the math module's checks, so the limits are stated once.
 */
import { checkEvenDimension, checkPosition, ROPE_PAIRS_REASON } from "../../math/index.ts";

/** What the rules read. */
export interface RopeValues {
  readonly q: readonly number[];
  readonly k: readonly number[];
  readonly m: number;
  readonly n: number;
  readonly shift: number;
  readonly base: number;
}

/** The message of a math check without its "operation: " prefix. */
function messageOf(check: () => void): string | null {
  try {
    check();
    return null;
  } catch (error) {
    return (error as Error).message.replace(/^\w+: /, "");
  }
}

/** Which field breaks a rule and the sentence that says so, or null when the values fit. */
export function ropeProblem({ q, m, n, shift }: RopeValues): { field: keyof RopeValues; message: string } | null {
  const odd = messageOf(() => checkEvenDimension("q", q.length, ROPE_PAIRS_REASON));
  if (odd !== null) return { field: "q", message: `q and k have ${q.length} entries: ${odd}` };
  const far = messageOf(() => checkPosition("shift", "the query position m + shift", m + shift));
  if (far !== null) return { field: "shift", message: far };
  const farKey = messageOf(() => checkPosition("shift", "the key position n + shift", n + shift));
  if (farKey !== null) return { field: "shift", message: farKey };
  return null;
}
