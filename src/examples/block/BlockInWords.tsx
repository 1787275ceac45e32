import {
  explainBlockEntry,
  explainMatmulEntry,
  toyBlockWeights,
  transformerBlock,
  type Matrix,
} from "../../math/index.ts";
import { formatVector } from "../../text/words.ts";
import { attentionWriteText, streamEntryText } from "./block-words.ts";
import { InWords } from "../../text/InWords.tsx";

interface BlockInWordsProps {
  readonly tokens: readonly string[];
  readonly X: Matrix;
  readonly WO: Matrix;
}

/**
 * The text version of the residual-stream example: every token's rows along the stream, with
 * each entry of what attention writes and of the output written out; readable without JavaScript.
 */
export function BlockInWords({ tokens, X, WO }: BlockInWordsProps) {
  const r = transformerBlock(X, toyBlockWeights(WO), { causal: true });
  return (
    <InWords label="Worked residual stream example in words" title="The example in words">
      <p>
        The toy block has d<sub>model</sub> = 4, RMSNorm, two heads of 2 (head 1 reads components 0 and 1, head 2 reads
        2 and 3), the causal mask, and an untrained MLP with 16 hidden units and ReLU.
      </p>
      <dl>
        {tokens.map((token, i) => (
          <div key={`${token}-${i}`}>
            <dt>
              Token {i}, “{token}”
            </dt>
            <dd>
              Coming in: {formatVector(X[i]!)}. The heads side by side: {formatVector(r.attention.concat[i]!)}.
              Attention writes attn = {formatVector(r.attention.output[i]!)}, so the stream becomes{" "}
              {formatVector(r.afterAttention[i]!)}. The MLP writes mlp = {formatVector(r.mlp.output[i]!)}, and the row
              going out is {formatVector(r.output[i]!)}.
            </dd>
            {X[i]!.map((_, j) => (
              <dd key={j} className="expansion">
                {attentionWriteText(explainMatmulEntry(r.attention.concat, WO, i, j), i, j)};{" "}
                {streamEntryText(explainBlockEntry(r, i, j))}
              </dd>
            ))}
          </div>
        ))}
      </dl>
    </InWords>
  );
}
