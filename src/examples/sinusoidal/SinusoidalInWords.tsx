import { formatNumber, type Matrix } from "../../math/index.ts";
import { InWords } from "../../text/InWords.tsx";

interface SinusoidalInWordsProps {
  readonly positions: readonly number[];
  readonly P: Matrix;
  readonly D: Matrix;
  readonly dModel: number;
}

const list = (row: readonly number[]) => row.map((x) => formatNumber(x)).join(", ");

/**
 * The text alternative of the sinusoidal example: each position's encoding, and the dot products
 * by distance. Server-rendered, so it reads without JavaScript.
 */
export function SinusoidalInWords({ positions, P, D, dModel }: SinusoidalInWordsProps) {
  return (
    <InWords
      label={`Encodings of positions ${positions[0]} to ${positions.at(-1)}, in words`}
      title="The encodings in words"
    >
      <p>
        Each position gets {dModel} numbers: a sine and a cosine for each of {dModel / 2} frequencies.
      </p>
      <ul>
        {positions.map((p, r) => (
          <li key={p}>
            Position {p}: ({list(P[r]!)}).
          </li>
        ))}
      </ul>
      <p>
        Dot products with position {positions[0]}:{" "}
        {positions.map((p, c) => `${p}: ${formatNumber(D[0]![c]!)}`).join("; ")}. Any two positions the same distance
        apart give the same dot product.
      </p>
    </InWords>
  );
}
