/** Which weight matrix: W_Q, W_K, W_V or W_O. */
export type WeightLetter = "Q" | "K" | "V" | "O";

/**
 * A weight matrix's name as the site writes it: W with a real subscript (W<sub>Q</sub>), never an
 * underscore. Screen readers read it "W Q", as they read any subscript.
 */
export function WeightName({ of }: { readonly of: WeightLetter }) {
  return (
    <>
      W<sub>{of}</sub>
    </>
  );
}
