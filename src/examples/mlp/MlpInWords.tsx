import { Fragment } from "react";
import { explainHiddenUnit, explainMlpOutput, mlp, type MlpWeights, type Vector } from "../../math/index.ts";
import { formatMatrix, formatVector } from "../../text/words.ts";
import { ACTIVATION_NAME, hiddenUnitText, mlpOutputText, preActivationText } from "./mlp-words.ts";
import { InWords } from "../../text/InWords.tsx";

interface MlpInWordsProps {
  readonly x: Vector;
  readonly weights: MlpWeights;
}

/**
 * The text version of the MLP example: the weights, every hidden unit (pre and the activation) and
 * every output written out, readable without JavaScript, in print and by screen readers.
 */
export function MlpInWords({ x, weights }: MlpInWordsProps) {
  const { pre, hidden, output } = mlp(x, weights);
  const name = ACTIVATION_NAME[weights.activation];
  return (
    <InWords label="Worked MLP example in words" title="The example in words">
      <dl>
        <dt>The numbers</dt>
        <dd>
          Input x = {formatVector(x)}. W₁ = {formatMatrix(weights.W1)} and b₁ = {formatVector(weights.b1)}, W₂ ={" "}
          {formatMatrix(weights.W2)} and b₂ = {formatVector(weights.b2)}, written row by row. Activation: {name}.
        </dd>
        <dt>First layer</dt>
        <dd>
          pre = x·W₁ + b₁ = {formatVector(pre)}; hidden = {name}(pre) = {formatVector(hidden)}.
        </dd>
        {hidden.map((_, k) => {
          const e = explainHiddenUnit(x, weights, k);
          return (
            <Fragment key={`unit-${k}`}>
              <dd className="expansion">{preActivationText(e)}</dd>
              <dd className="expansion">{hiddenUnitText(e)}</dd>
            </Fragment>
          );
        })}
        <dt>Second layer</dt>
        <dd>MLP(x) = hidden·W₂ + b₂ = {formatVector(output)}.</dd>
        {output.map((_, j) => (
          <dd key={`out-${j}`} className="expansion">
            {mlpOutputText(explainMlpOutput(x, weights, j))}
          </dd>
        ))}
      </dl>
    </InWords>
  );
}
