import { singleHeadExamples } from "../../data/data-sets.ts";
import { sentenceFeatures } from "../../data/lexicon.ts";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import {
  argmax,
  explainMatmulEntry,
  explainScore,
  explainWeightedSum,
  subscript,
  transpose,
} from "../../math/index.ts";
import { AttentionMapFeatures } from "../attention-map/AttentionMapFeatures.tsx";
import { quoted } from "../../text/attention-map-words.ts";
import type { AttentionStepProps } from "./AttentionStep.schema.ts";
import { ProductStep } from "./ProductStep.tsx";
import { ScalingStep } from "./ScalingStep.tsx";
import { runSingleHead } from "../attention-map/single-head-run.ts";
import { SoftmaxStep } from "./SoftmaxStep.tsx";
import { formatWeight } from "../../text/weight-format.ts";
import { attentionStepSpec } from "./AttentionStep.editing.ts";
import { tokenPositions } from "../../tokens/token-colours.ts";

export type { AttentionStepProps };

/** Column headers: q₀ q₁ …, k₀ …, v₀ …. */
function componentLabels(symbol: string, count: number): string[] {
  return Array.from({ length: count }, (_, j) => `${symbol}${subscript(j)}`);
}

const PROJECTIONS = {
  queries: { weights: "Wq", name: "W_Q", result: "Q", symbol: "q", one: "query" },
  keys: { weights: "Wk", name: "W_K", result: "K", symbol: "k", one: "key" },
  values: { weights: "Wv", name: "W_V", result: "V", symbol: "v", one: "value" },
} as const;

/** The props the view receives: the sentence is always there (the data set's tokens by default). */
type AttentionStepViewProps = Omit<AttentionStepProps, "sentence"> & { readonly sentence: readonly string[] };

/**
 * One step of a head's pass over a sentence: a projection, QKᵀ, the scaling, the softmax or the
 * weighted sum of values. X comes from the sentence (src/data/lexicon.ts), the weights
 * from the named data set; every matrix is computed here from them. Under the step, how each
 * word was read.
 */
function AttentionStepView({ id, example, step, focus, sentence }: AttentionStepViewProps) {
  const data = singleHeadExamples[example];
  const tokens = sentence;
  const X = sentenceFeatures(tokens);
  const positions = tokenPositions(tokens.length);
  const run = runSingleHead({ ...data, tokens, X });
  const { features } = data;
  const after = <AttentionMapFeatures words={tokens} X={X} features={features} showMatrix={false} />;
  const i = Math.max(0, tokens.indexOf(focus ?? tokens[0]!));
  const strongest = { row: i, col: argmax(run.weights[i]!) };
  const sub = (r: number, c: number) => `${subscript(r)}${subscript(c)}`;
  const t = (k: number) => quoted(tokens[k]!);

  switch (step) {
    case "queries":
    case "keys":
    case "values": {
      const p = PROJECTIONS[step];
      const W = data[p.weights];
      const cols = componentLabels(p.symbol, W[0]!.length);
      return (
        <ProductStep
          id={id}
          label={`Worked example: ${p.result} = X${p.name}`}
          left={{
            values: X,
            name: "X",
            title: "Embeddings X",
            rowLabels: tokens,
            rowTokens: positions,
            colLabels: features,
          }}
          right={{ values: W, name: p.name, title: `Weights ${p.name}`, rowLabels: features, colLabels: cols }}
          product={{
            values: run[p.result],
            name: p.result,
            title: `${p.result} = X${p.name}`,
            rowLabels: tokens,
            rowTokens: positions,
            colLabels: cols,
          }}
          explain={(r, c) => explainMatmulEntry(X, W, r, c)}
          entryName={(r, c) => `${p.result}${sub(r, c)}`}
          describe={(r, c) => `Entry ${c} of the ${p.one} of ${t(r)}: row ${r} of X times column ${c} of ${p.name}.`}
          example={{ row: i, col: 0 }}
          after={after}
        />
      );
    }
    case "scores":
      return (
        <ProductStep
          id={id}
          label="Worked example: scores S = QKᵀ"
          left={{
            values: run.Q,
            name: "Q",
            title: "Queries Q",
            // Components go unlabelled here: q₂ and k₁ below name the query of token 2 and the key of token 1.
            rowLabels: tokens,
            rowTokens: positions,
          }}
          right={{
            values: transpose(run.K),
            name: "Kᵀ",
            title: "Keys, transposed: Kᵀ",
            colLabels: tokens,
            colTokens: positions,
          }}
          product={{
            values: run.scores,
            name: "S",
            title: "Scores S = QKᵀ",
            rowLabels: tokens,
            rowTokens: positions,
            colLabels: tokens,
            colTokens: positions,
          }}
          explain={(r, c) => explainScore(run.Q, run.K, r, c)}
          entryName={(r, c) => `S${sub(r, c)} = q${subscript(r)}·k${subscript(c)}`}
          describe={(r, c) =>
            `The query of ${t(r)} against the key of ${t(c)}: row ${r} of Q times column ${c} of Kᵀ, which is row ${c} of K.`
          }
          example={strongest}
          after={after}
        />
      );
    case "scaled":
      return (
        <ScalingStep
          id={id}
          scores={run.scores}
          keySize={run.keySize}
          tokens={tokens}
          example={strongest}
          after={after}
        />
      );
    case "weights":
      return <SoftmaxStep id={id} scaled={run.scaled} tokens={tokens} example={strongest} after={after} />;
    case "output":
      return (
        <ProductStep
          id={id}
          label="Worked example: output O = AV"
          left={{
            values: run.weights,
            name: "A",
            title: "Weights A",
            rowLabels: tokens,
            rowTokens: positions,
            colLabels: tokens,
            colTokens: positions,
            format: (w) => formatWeight(w),
          }}
          right={{
            values: run.V,
            name: "V",
            title: "Values V",
            rowLabels: tokens,
            rowTokens: positions,
            colLabels: features,
          }}
          product={{
            values: run.output,
            name: "O",
            title: "Output O = AV",
            rowLabels: tokens,
            rowTokens: positions,
            colLabels: features,
          }}
          explain={(r, c) => explainWeightedSum(run.weights, run.V, r, c)}
          entryName={(r, c) => `O${sub(r, c)}`}
          describe={(r, c) =>
            `Entry ${c} of the output of ${t(r)}: entry ${c} of every token’s value, weighted by how much ${t(r)} looks at that token.`
          }
          example={{ row: i, col: 0 }}
          after={after}
        />
      );
  }
}

const EditableStep = editableExample(AttentionStepView, attentionStepSpec, "Attention step example");

/**
 * One step of attention, editable: the learner may type their own sentence, link to it with the
 * inspected entry, embed it and download it. Without a `sentence` prop it runs the data set's own.
 */
export function AttentionStep(props: AttentionStepProps) {
  return <EditableStep {...props} sentence={props.sentence ?? singleHeadExamples[props.example].tokens} />;
}
