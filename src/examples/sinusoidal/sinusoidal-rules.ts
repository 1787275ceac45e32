/**
 * The rules of the sinusoidal example that its fields' shapes cannot state: d_model is even (a
 * sine and a cosine per frequency, which the distance table needs), and the last position stays
 * inside the limits. Shared by the props schema and the spec; the sentences come from the math
 * module's checks, so the limits are stated once.
 */
import { checkEvenDimension, checkPosition } from "../../math/index.ts";

/** What the rules read. */
export interface SinusoidalValues {
  readonly first: number;
  readonly count: number;
  readonly dModel: number;
  readonly base: number;
}

/** Smallest and largest d_model and number of positions the example shows. */
export const SINUSOIDAL_SIZES = { minModel: 2, maxModel: 8, minCount: 2, maxCount: 6 } as const;

/** Why the size must be even, for the odd-size message. */
const PAIRS_REASON = "each frequency gives a pair of components, a sine and a cosine,";

function messageOf(check: () => void): string | null {
  try {
    check();
    return null;
  } catch (error) {
    return (error as Error).message.replace(/^\w+: /, "");
  }
}

/** Which field breaks a rule and the sentence that says so, or null when the values fit. */
export function sinusoidalProblem({
  first,
  count,
  dModel,
}: SinusoidalValues): { field: keyof SinusoidalValues; message: string } | null {
  const odd = messageOf(() => checkEvenDimension("d_model", dModel, PAIRS_REASON));
  if (odd !== null) return { field: "dModel", message: `d model is ${dModel}: ${odd}` };
  const last = messageOf(() => checkPosition("positions", "the last position, first + count − 1,", first + count - 1));
  if (last !== null) return { field: "count", message: last };
  return null;
}
