import { useId, useMemo, useSyncExternalStore } from "react";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import { useExampleFrame } from "../../frame/context.ts";
import { formatNumber } from "../../math/index.ts";
import { keyLabels } from "../../charts/axis-labels.ts";
import { MatrixGrid, type CellPosition } from "../../inspect/MatrixGrid.tsx";
import { useInspection } from "../../inspect/useInspection.ts";
import { DEFAULT_KEY_SIZES, sampleScaling } from "./scaling-demo.ts";
import { describeScaledKey, describeVariance } from "./scaling-text.ts";
import type { ScalingPlotInput, ScalingPlotProps } from "./ScalingPlot.schema.ts";
import { equalsOrApprox, formatWeight, weightRelation } from "../../text/weight-format.ts";
import { WeightBarChart } from "../../charts/weight-bars/WeightBarChart.tsx";
import { COLUMNS, scalingPlotSpec } from "./ScalingPlot.editing.ts";

export type { ScalingPlotProps };

export const SCALING_HINT = "Hover or tap a bar, or focus a number in the table, to see that key’s score and weights.";
const NAMES = ["s", "s / √dₖ", "weight without scaling", "weight with scaling"];
const noSubscription = () => () => {};

/** A new seed for "New random draw": any whole number from 0 to 2³² − 1 other than `seed`. */
export function newSeed(seed: number): number {
  const next = crypto.getRandomValues(new Uint32Array(1))[0]!;
  return next === seed ? (next + 1) % 2 ** 32 : next;
}

/**
 * One random query against a few random keys, for a key size dₖ chosen with a slider: softmax of
 * the raw scores next to softmax of the scores divided by √dₖ. Bars (hover, tap) and numbers
 * (hover, focus, tap, arrow keys) inspect the same key. The slider and "New random draw" change
 * the frame's keySize and seed, so both live in the URL.
 */
function ScalingPlotView({ id, seed, keys, keySizes, keySize }: ScalingPlotProps) {
  const frame = useExampleFrame();
  // False on the server and while hydrating, true after: the controls stay disabled until they work.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const controlId = useId();
  const index = Math.max(0, keySizes.indexOf(keySize));
  const size = keySizes[index] ?? keySize;
  const sample = useMemo(() => sampleScaling(seed, size, keys), [seed, size, keys]);
  const inspection = useInspection<CellPosition>();
  const active = inspection.active?.row ?? null;
  const labels = keyLabels(keys);
  const table = sample.scores.map((s, j) => [s, sample.scaled[j]!, sample.weights[j]!, sample.scaledWeights[j]!]);
  const described = (weights: readonly number[]) =>
    `dₖ = ${sample.keySize}. ${weights.map((w, j) => `${labels[j]}: ${formatWeight(w)}`).join(", ")}.`;
  const readout = active === null ? null : describeScaledKey(sample, active);

  return (
    <div
      className="example scaling-plot"
      data-example={id}
      role="group"
      aria-label="Scaling by √dₖ: interactive figure"
      onKeyDown={inspection.onKeyDown}
    >
      <div className="key-size-control">
        <label htmlFor={controlId}>Key size dₖ</label>
        <input
          id={controlId}
          type="range"
          min={0}
          max={keySizes.length - 1}
          step={1}
          value={index}
          disabled={!hydrated}
          aria-valuetext={`dₖ = ${sample.keySize}`}
          onChange={(event) => frame?.setValues({ keySize: keySizes[Number(event.target.value)] })}
        />
        <span className="key-size-value" aria-hidden="true">
          dₖ = {sample.keySize}
        </span>
        <button
          type="button"
          className="scaling-draw"
          disabled={!hydrated}
          onClick={() => frame?.setValues({ seed: newSeed(seed) })}
        >
          New random draw
        </button>
        <span className="scaling-seed">seed {seed}</span>
      </div>
      <p className="variance-note">{describeVariance(sample)}</p>

      <div className="weight-charts">
        <WeightBarChart
          title="softmax(s): not scaled"
          description={described(sample.weights)}
          weights={sample.weights}
          keyLabels={labels}
          active={active}
          bind={(j) => inspection.bind({ row: j, col: 2 })}
        />
        <WeightBarChart
          title="softmax(s / √dₖ): scaled"
          description={described(sample.scaledWeights)}
          weights={sample.scaledWeights}
          keyLabels={labels}
          active={active}
          bind={(j) => inspection.bind({ row: j, col: 3 })}
        />
      </div>

      <div className="equation-row">
        <MatrixGrid
          values={table}
          label={`Scores and weights for dₖ = ${sample.keySize}: inspect a key`}
          rowLabels={labels}
          colLabels={COLUMNS}
          format={(v, _, col) => (col < 2 ? formatNumber(v) : formatWeight(v))}
          cellLabel={(j, col, v) => `${labels[j]}, ${NAMES[col]} ${col < 2 ? equalsOrApprox(v) : weightRelation(v)}`}
          roleOf={(j, col) => (j !== active ? null : inspection.active?.col === col ? "inspected" : "ingredient")}
          inspect={{ active: inspection.active, bind: inspection.bind }}
        />
      </div>

      <div className="readout" aria-live="polite" aria-atomic="true">
        {readout === null ? (
          <p data-hint="">{SCALING_HINT}</p>
        ) : (
          <>
            <p className="expansion">{readout.score}</p>
            <p className="expansion">{readout.scaled}</p>
            <p>{readout.weights}</p>
          </>
        )}
      </div>
    </div>
  );
}

const DEFAULT_SIZES = [...DEFAULT_KEY_SIZES];
const Framed = editableExample(ScalingPlotView, scalingPlotSpec, "Scaling figure");

/**
 * The √dₖ figure, linkable and embeddable: `keys` (8), `keySizes` ([1, 4, 16, 64, 256, 1024]) and
 * `keySize` (64) are filled in when left out, as the schema does.
 */
export function ScalingPlot({ id, seed, keys = 8, keySizes = DEFAULT_SIZES, keySize = 64 }: ScalingPlotInput) {
  const filled = useMemo(() => ({ id, seed, keys, keySizes, keySize }), [id, seed, keys, keySizes, keySize]);
  return <Framed {...filled} />;
}
