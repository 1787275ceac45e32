import {
  DEFAULT_NORM_EPSILON,
  explainLayerNorm,
  explainLayerNormEntry,
  explainRmsNorm,
  explainRmsNormEntry,
  speakNumber,
  subscript,
} from "../../math/index.ts";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import { MatrixGrid } from "../../inspect/MatrixGrid.tsx";
import { useInspection } from "../../inspect/useInspection.ts";
import { normSpec, type NormTarget } from "./NormExample.editing.ts";
import type { NormExampleInput, NormExampleProps } from "./NormExample.schema.ts";
import { NormColumn } from "./NormColumn.tsx";
import { NormInWords } from "./NormInWords.tsx";
import { formatEpsilon, layerNormText, normEntryText, normEntryWords, rmsNormText } from "./norm-words.ts";

export type { NormExampleProps };

const labels = (symbol: string, n: number) => Array.from({ length: n }, (_, j) => `${symbol}${subscript(j)}`);

/**
 * Layer norm and RMSNorm of one row, side by side, with the same gain: each norm's steps written
 * out (mean and variance, or mean square; then the square root with ε), the normalised row and
 * the output. Inspecting an output entry marks x, γ (and β for layer norm) and x̂ in that
 * component and writes the entry out.
 */
function NormView({ id, x, gain, bias, epsilon }: NormExampleProps) {
  const layer = explainLayerNorm(x, gain, bias, epsilon);
  const rms = explainRmsNorm(x, gain, epsilon);
  const layerText = layerNormText(layer);
  const rmsText = rmsNormText(rms);
  const inspection = useInspection<NormTarget>();
  const active = inspection.active;
  const at = (norm: NormTarget["norm"]) => (active?.norm === norm ? active.col : null);
  const marks = (key: "x" | "gain" | "bias") => (_: number, j: number) =>
    active !== null && active.col === j && (key !== "bias" || active.norm === "layer") ? "ingredient" : null;
  const entry =
    active === null
      ? null
      : active.norm === "layer"
        ? explainLayerNormEntry(x, gain, bias, epsilon, active.col)
        : explainRmsNormEntry(x, gain, epsilon, active.col);

  return (
    <div
      className="example norm-example"
      data-example={id}
      role="group"
      aria-label="Worked normalisation example"
      onKeyDown={inspection.onKeyDown}
    >
      <div className="equation-row">
        <div className="operand">
          <p className="operand-title">Row x</p>
          <MatrixGrid
            values={[x]}
            edit="x"
            label="Row x"
            colLabels={labels("x", x.length)}
            cellLabel={(_, j, v) => `x${subscript(j)} = ${speakNumber(v)}`}
            roleOf={marks("x")}
          />
          <p className="operand-note">One token’s numbers.</p>
        </div>
        <div className="operand">
          <p className="operand-title">Gain γ</p>
          <MatrixGrid
            values={[gain]}
            edit="gain"
            label="Gain γ"
            colLabels={labels("γ", gain.length)}
            cellLabel={(_, j, v) => `γ${subscript(j)} = ${speakNumber(v)}`}
            roleOf={marks("gain")}
          />
          <p className="operand-note">Both norms multiply by it.</p>
        </div>
        <div className="operand">
          <p className="operand-title">Bias β</p>
          <MatrixGrid
            values={[bias]}
            edit="bias"
            label="Bias β"
            colLabels={labels("β", bias.length)}
            cellLabel={(_, j, v) => `β${subscript(j)} = ${speakNumber(v)}`}
            roleOf={marks("bias")}
          />
          <p className="operand-note">Layer norm only.</p>
        </div>
      </div>
      <p className="norm-epsilon">
        ε = {formatEpsilon(epsilon)}: added under the square root, so a row of equal numbers is never divided by 0.
      </p>
      <div className="norm-columns">
        <NormColumn
          norm="layer"
          steps={[
            { term: "Mean", text: layerText.mean },
            { term: "Minus the mean", text: layerText.deviations },
            { term: "Variance", text: layerText.variance },
            { term: "Divide by", text: layerText.denominator },
          ]}
          normalised={layer.normalised}
          output={layer.output}
          active={at("layer")}
          bind={(cell) => inspection.bind({ norm: "layer", col: cell.col })}
        />
        <NormColumn
          norm="rms"
          steps={[
            { term: "Mean square", text: rmsText.meanSquare },
            { term: "Divide by", text: rmsText.denominator },
          ]}
          normalised={rms.normalised}
          output={rms.output}
          active={at("rms")}
          bind={(cell) => inspection.bind({ norm: "rms", col: cell.col })}
        />
      </div>
      <div className="readout" aria-live="polite" aria-atomic="true">
        {active === null || entry === null ? (
          <p>Hover, focus or tap an entry of either output to see it worked out from x, γ and β.</p>
        ) : (
          <>
            <p className="expansion">{normEntryText(active.norm, entry)}</p>
            <p>{normEntryWords(active.norm, entry)}</p>
          </>
        )}
      </div>
      <NormInWords x={x} gain={gain} bias={bias} epsilon={epsilon} />
    </div>
  );
}

const EditableNorm = editableExample(NormView, normSpec, "Normalisation example");

/**
 * Layer norm and RMSNorm of one row, editable: the learner may change x, γ and β, link to the
 * example with the inspected entry, embed it and download it. ε is the page's (1e-5 by default).
 */
export function NormExample(props: NormExampleInput) {
  return <EditableNorm {...props} epsilon={props.epsilon ?? DEFAULT_NORM_EPSILON} />;
}
