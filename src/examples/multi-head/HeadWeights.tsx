import { speakNumber, subscript, type HeadWeights as Weights } from "../../math/index.ts";
import { MatrixGrid } from "../../inspect/MatrixGrid.tsx";
import { headName } from "./multi-head-words.ts";

interface HeadWeightsProps {
  /** Which head, from 0. */
  readonly head: number;
  readonly weights: Weights;
  /** Names of the input features: the rows of every weight matrix. */
  readonly features: readonly string[];
}

/** One head's W_q, W_k and W_v side by side: each takes the full input, d_model rows. */
export function HeadWeights({ head, weights, features }: HeadWeightsProps) {
  const name = headName(head);
  const matrices = [
    ["Wq", "q", weights.Wq],
    ["Wk", "k", weights.Wk],
    ["Wv", "v", weights.Wv],
  ] as const;
  return (
    <div className="head-weights">
      <p className="operand-title">{name[0]!.toUpperCase() + name.slice(1)}</p>
      <div className="equation-row">
        {matrices.map(([label, symbol, W], k) => (
          <div className="operand" key={label}>
            <p className="operand-note">{label}</p>
            <MatrixGrid
              values={W}
              label={`${name}: ${label}`}
              rowLabels={k === 0 ? features : undefined}
              colLabels={W[0]!.map((_, j) => `${symbol}${subscript(j)}`)}
              cellLabel={(i, j, v) => `${name} ${label} row ${i} (${features[i]}), column ${j}: ${speakNumber(v)}`}
            />
          </div>
        ))}
      </div>
    </div>
  );
}
