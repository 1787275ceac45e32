import {
  explainHiddenUnit,
  explainMlpOutput,
  mlp,
  speakNumber,
  subscript,
  type Activation,
  type Matrix,
} from "../../math/index.ts";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import { WordChoice } from "../../frame/WordChoice.tsx";
import { MatrixGrid, type CellRole } from "../../inspect/MatrixGrid.tsx";
import { useInspection } from "../../inspect/useInspection.ts";
import { mlpSpec, type MlpTarget } from "./MlpExample.editing.ts";
import type { MlpExampleInput, MlpExampleProps } from "./MlpExample.schema.ts";
import { MlpInWords } from "./MlpInWords.tsx";
import { ACTIVATION_NAME, geluCubicText, hiddenUnitText, mlpOutputText, preActivationText } from "./mlp-words.ts";

export type { MlpExampleProps };

/** The view's props: the activation as the frame's one-word field `act`. */
type MlpViewProps = Omit<MlpExampleProps, "activation"> & { readonly act: readonly string[] };

const labels = (symbol: string, n: number) => Array.from({ length: n }, (_, j) => `${symbol}${subscript(j)}`);

interface OperandProps {
  readonly title: string;
  readonly values: Matrix;
  readonly label: string;
  readonly cellLabel: (i: number, j: number, v: number) => string;
  readonly roleOf: (i: number, j: number) => CellRole;
  readonly edit?: string;
  readonly colLabels?: readonly string[];
  readonly inspect?: Parameters<typeof MatrixGrid>[0]["inspect"];
}

function Operand({ title, ...grid }: OperandProps) {
  return (
    <div className="operand">
      <p className="operand-title">{title}</p>
      <MatrixGrid {...grid} />
    </div>
  );
}

const Op = ({ text }: { text: string }) => (
  <span className="operator" aria-hidden="true">
    {text}
  </span>
);

/**
 * One row through a two-layer MLP: pre = x·W₁ + b₁, the activation gives the hidden row, and
 * MLP(x) = hidden·W₂ + b₂. Inspecting a hidden unit marks x, its column of W₁ and its bias and
 * writes out pre and the activation; inspecting an output marks the hidden row, its column of W₂
 * and its bias. The rows are named in words (pre, hidden), as the block names mid and out: z is
 * the logits and u the sampling draw elsewhere on the site.
 */
function MlpView({ id, x, W1, b1, W2, b2, act }: MlpViewProps) {
  const activation = (act[0] ?? "relu") as Activation;
  const weights = { W1, b1, W2, b2, activation };
  const { pre, hidden, output } = mlp(x, weights);
  const name = ACTIVATION_NAME[activation];
  const inspection = useInspection<MlpTarget>();
  const active = inspection.active;
  const unit = active?.part === "hidden" ? active.col : null;
  const out = active?.part === "output" ? active.col : null;
  const whole = (on: boolean): CellRole => (on ? "ingredient" : null);
  const unitEx = unit === null ? null : explainHiddenUnit(x, weights, unit);
  const outEx = out === null ? null : explainMlpOutput(x, weights, out);
  const cubic = unitEx ? geluCubicText(unitEx.activation) : null;

  return (
    <div
      className="example mlp-example"
      data-example={id}
      role="group"
      aria-label="Worked MLP example"
      onKeyDown={inspection.onKeyDown}
    >
      <WordChoice
        field="act"
        legend="Activation"
        value={activation}
        options={[
          { word: "relu", label: "ReLU: max(0, pre)" },
          { word: "gelu", label: "GELU: smooth, lets a little below 0 through" },
        ]}
      />
      <p className="operand-title mlp-layer-title">First layer: widen to {b1.length} hidden units</p>
      <div className="equation-row">
        <Operand
          title="Input x"
          values={[x]}
          edit="x"
          label="Input x"
          colLabels={labels("x", x.length)}
          cellLabel={(_, j, v) => `x${subscript(j)} = ${speakNumber(v)}`}
          roleOf={() => whole(unit !== null)}
        />
        <Op text="×" />
        <Operand
          title="W₁"
          values={W1}
          edit="W1"
          label="First layer weights W₁"
          cellLabel={(i, j, v) => `W₁ row ${i}, column ${j}: ${speakNumber(v)}`}
          roleOf={(_, j) => whole(j === unit)}
        />
        <Op text="+" />
        <Operand
          title="b₁"
          values={[b1]}
          edit="b1"
          label="First layer bias b₁"
          cellLabel={(_, j, v) => `b₁ entry ${j}: ${speakNumber(v)}`}
          roleOf={(_, j) => whole(j === unit)}
        />
        <Op text="=" />
        <Operand
          title="pre"
          values={[pre]}
          label="Before the activation, pre"
          colLabels={labels("pre", pre.length)}
          cellLabel={(_, j, v) => `pre${subscript(j)} = ${speakNumber(v)}`}
          roleOf={(_, j) => whole(j === unit)}
        />
        <Op text={`→ ${name} →`} />
        <Operand
          title={`Hidden row = ${name}(pre)`}
          values={[hidden]}
          label="Hidden row: inspect a unit"
          colLabels={labels("hidden", hidden.length)}
          cellLabel={(_, j, v) => `hidden${subscript(j)} = ${speakNumber(v)}`}
          roleOf={(_, j) => (j === unit ? "inspected" : whole(out !== null))}
          inspect={{
            active: unit === null ? null : { row: 0, col: unit },
            bind: (c) => inspection.bind({ part: "hidden", col: c.col }),
          }}
        />
      </div>
      <p className="operand-title mlp-layer-title">Second layer: back to {b2.length} numbers</p>
      <div className="equation-row">
        <Operand
          title="hidden"
          values={[hidden]}
          label="Hidden row, again"
          cellLabel={(_, j, v) => `hidden${subscript(j)} = ${speakNumber(v)}`}
          roleOf={() => whole(out !== null)}
        />
        <Op text="×" />
        <Operand
          title="W₂"
          values={W2}
          edit="W2"
          label="Second layer weights W₂"
          cellLabel={(i, j, v) => `W₂ row ${i}, column ${j}: ${speakNumber(v)}`}
          roleOf={(_, j) => whole(j === out)}
        />
        <Op text="+" />
        <Operand
          title="b₂"
          values={[b2]}
          edit="b2"
          label="Second layer bias b₂"
          cellLabel={(_, j, v) => `b₂ entry ${j}: ${speakNumber(v)}`}
          roleOf={(_, j) => whole(j === out)}
        />
        <Op text="=" />
        <Operand
          title="Output MLP(x)"
          values={[output]}
          label="Output MLP(x): inspect an entry"
          cellLabel={(_, j, v) => `MLP output, entry ${j}: ${speakNumber(v)}`}
          roleOf={(_, j) => (j === out ? "inspected" : null)}
          inspect={{
            active: out === null ? null : { row: 0, col: out },
            bind: (c) => inspection.bind({ part: "output", col: c.col }),
          }}
        />
      </div>
      <div className="readout" aria-live="polite" aria-atomic="true">
        {unitEx ? (
          <>
            <p className="expansion">{preActivationText(unitEx)}</p>
            {cubic ? <p className="expansion">{cubic}</p> : null}
            <p className="expansion">{hiddenUnitText(unitEx)}</p>
            <p>
              Hidden unit {unitEx.unit} reads x through column {unitEx.unit} of W₁, adds its bias, then goes through{" "}
              {name}.
            </p>
          </>
        ) : outEx ? (
          <>
            <p className="expansion">{mlpOutputText(outEx)}</p>
            <p>
              Output {outEx.index} takes every hidden unit, weighted by column {outEx.index} of W₂, and adds its bias.
            </p>
          </>
        ) : (
          <p>Hover, focus or tap a hidden unit or an output entry to see it worked out.</p>
        )}
      </div>
      <MlpInWords x={x} weights={weights} />
    </div>
  );
}

const EditableMlp = editableExample(MlpView, mlpSpec, "MLP example");

/**
 * One row through a two-layer MLP, editable: the learner may change every number and the
 * activation, link to the example with the inspected entry, embed it and download it.
 */
export function MlpExample(props: MlpExampleInput) {
  const { activation, ...rest } = props;
  return <EditableMlp {...rest} act={[activation ?? "relu"]} />;
}
