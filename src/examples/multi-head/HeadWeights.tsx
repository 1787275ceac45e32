import { speakNumber, subscript, type HeadWeights as Weights } from "../../math/index.ts";
import { MatrixGrid } from "../../inspect/MatrixGrid.tsx";
import { spokenSubscripts, withSubscripts } from "../../notation/subscripts.tsx";
import { headName } from "./multi-head-words.ts";

interface HeadWeightsProps {
  /** Which head, from 0. */
  readonly head: number;
  readonly weights: Weights;
  /** Names of the input features: the rows of every weight matrix. */
  readonly features: readonly string[];
}

/** One head's W_Q, W_K and W_V side by side: each takes the full input, d_model rows. */
export function HeadWeights({ head, weights, features }: HeadWeightsProps) {
  const name = headName(head);
  const matrices = [
    ["W_Q", "q", weights.Wq],
    ["W_K", "k", weights.Wk],
    ["W_V", "v", weights.Wv],
  ] as const;
  return (
    <div className="head-weights">
      <p className="operand-title">{name[0]!.toUpperCase() + name.slice(1)}</p>
      <div className="equation-row">
        {matrices.map(([label, symbol, W], k) => (
          <div className="operand" key={label}>
            <p className="operand-note">{withSubscripts(label)}</p>
            <MatrixGrid
              values={W}
              label={spokenSubscripts(`${name}: ${label}`)}
              rowLabels={k === 0 ? features : undefined}
              colLabels={W[0]!.map((_, j) => `${symbol}${subscript(j)}`)}
              cellLabel={(i, j, v) =>
                spokenSubscripts(`${name} ${label} row ${i} (${features[i]}), column ${j}: ${speakNumber(v)}`)
              }
            />
          </div>
        ))}
      </div>
    </div>
  );
}
