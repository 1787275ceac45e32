import type { MapCellText } from "../../text/attention-map-words.ts";

/**
 * The score, the scaled score and the weight of one inspected cell of an attention map, as the
 * entries of a definition list (the single-head map's readout and each head's in the two-head one).
 */
export function ScoreFacts({ text }: { readonly text: Pick<MapCellText, "score" | "scaled" | "weight"> }) {
  return (
    <>
      <dt>Score</dt>
      <dd className="expansion">{text.score}</dd>
      <dt>Scaled</dt>
      <dd className="expansion">{text.scaled}</dd>
      <dt>Weight</dt>
      <dd className="expansion">{text.weight}</dd>
    </>
  );
}
