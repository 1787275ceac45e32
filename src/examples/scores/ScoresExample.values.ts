/**
 * The values of the scores example that prose may quote (src/values/types.ts): `S<i><j>` for the
 * score of query i against key j, `q<i>`/`k<j>` for the rows, `token<i>` for the words.
 */
import { attentionScores } from "../../math/index.ts";
import { matrixEntries, wordEntries } from "../../values/offer-helpers.ts";
import { formatVector } from "../../text/words.ts";
import type { OfferedValues } from "../../values/types.ts";
import type { ScoresExampleProps } from "./ScoresExample.schema.ts";

export function scoresValues({ Q, K, tokens }: Pick<ScoresExampleProps, "Q" | "K" | "tokens">): OfferedValues {
  return {
    ...matrixEntries("S", attentionScores(Q, K)),
    ...Object.fromEntries(Q.map((row, i) => [`q${i}`, formatVector(row)])),
    ...Object.fromEntries(K.map((row, j) => [`k${j}`, formatVector(row)])),
    ...wordEntries("token", tokens ?? []),
  };
}
