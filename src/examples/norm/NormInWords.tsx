import {
  explainLayerNorm,
  explainLayerNormEntry,
  explainRmsNorm,
  explainRmsNormEntry,
  rowSpread,
  type Vector,
} from "../../math/index.ts";
import { formatVector } from "../../text/words.ts";
import { equalsOrApprox } from "../../text/weight-format.ts";
import { formatEpsilon, layerNormText, normEntryText, rmsNormText } from "./norm-words.ts";
import { InWords } from "../../text/InWords.tsx";

interface NormInWordsProps {
  readonly x: Vector;
  readonly gain: Vector;
  readonly bias: Vector;
  readonly epsilon: number;
}

/**
 * The text version of the norm example: every step of both norms and every output entry written
 * out, readable without JavaScript, in print and by screen readers.
 */
export function NormInWords({ x, gain, bias, epsilon }: NormInWordsProps) {
  const layer = explainLayerNorm(x, gain, bias, epsilon);
  const rms = explainRmsNorm(x, gain, epsilon);
  const layerText = layerNormText(layer);
  const rmsText = rmsNormText(rms);
  const layerSpread = rowSpread(layer.normalised);
  const rmsSpread = rowSpread(rms.normalised);
  return (
    <InWords label="Worked normalisation example in words" title="The example in words">
      <dl>
        <dt>The numbers</dt>
        <dd>
          Row x = {formatVector(x)}, gain γ = {formatVector(gain)}, bias β = {formatVector(bias)}, ε ={" "}
          {formatEpsilon(epsilon)}.
        </dd>
        <dt>Layer norm</dt>
        <dd>
          {layerText.mean}. {layerText.deviations}. {layerText.variance}. {layerText.denominator}. Dividing x − μ by it
          gives x̂ = {formatVector(layer.normalised)}, with mean {equalsOrApprox(layerSpread.mean)} and variance{" "}
          {equalsOrApprox(layerSpread.variance)}. Times γ plus β: {formatVector(layer.output)}.
        </dd>
        {x.map((_, j) => (
          <dd key={`layer-${j}`} className="expansion">
            {normEntryText("layer", explainLayerNormEntry(x, gain, bias, epsilon, j))}
          </dd>
        ))}
        <dt>RMSNorm</dt>
        <dd>
          {rmsText.meanSquare}. {rmsText.denominator}. Dividing x by it gives x̂ = {formatVector(rms.normalised)}, with
          mean square {equalsOrApprox(rmsSpread.meanSquare)} and mean {equalsOrApprox(rmsSpread.mean)}: nothing was
          subtracted, so the mean is not moved to 0. Times γ: {formatVector(rms.output)}.
        </dd>
        {x.map((_, j) => (
          <dd key={`rms-${j}`} className="expansion">
            {normEntryText("rms", explainRmsNormEntry(x, gain, epsilon, j))}
          </dd>
        ))}
      </dl>
    </InWords>
  );
}
