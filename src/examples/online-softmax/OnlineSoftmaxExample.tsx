import { useMemo, useSyncExternalStore } from "react";
import { checkOnlineSoftmax } from "../../math/index.ts";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import { useExampleFrame } from "../../frame/context.ts";
import { StepControls } from "../../frame/StepControls.tsx";
import { useInspection } from "../../inspect/useInspection.ts";
import { onlineSoftmaxSpec, stepForTileSize, type OnlineTarget } from "./OnlineSoftmaxExample.editing.ts";
import type { OnlineSoftmaxExampleInput, OnlineSoftmaxExampleProps } from "./OnlineSoftmaxExample.schema.ts";
import { OnlineSoftmaxFinal } from "./OnlineSoftmaxFinal.tsx";
import { OnlineSoftmaxInWords } from "./OnlineSoftmaxInWords.tsx";
import { OnlineSoftmaxState } from "./OnlineSoftmaxState.tsx";
import { OnlineSoftmaxTiles } from "./OnlineSoftmaxTiles.tsx";
import { describeOnlineStep, describeOnlineTarget } from "./online-softmax-text.ts";
import { onlineRoleOf, type OnlineGrid } from "./online-softmax-roles.ts";

export type { OnlineSoftmaxExampleProps };

const noSubscription = () => () => {};
export const ONLINE_HINT =
  "Hover, focus or tap a number of the running state, an exp or a weight to see how it is made.";

/**
 * One row of scores read tile by tile. Step and Back move through the tiles; after each, the
 * running maximum m, the factor exp(m before − m after) and the running sum l are shown and
 * inspectable, and after the last the weights exp(s − m) / l stand beside softmax(s) computed
 * in one pass, with their largest difference. The tile size Bc has buttons of its own.
 */
function OnlineSoftmaxView({ id, scores, tileSize, step = 0 }: OnlineSoftmaxExampleProps) {
  const frame = useExampleFrame();
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const check = useMemo(() => checkOnlineSoftmax(scores, tileSize), [scores, tileSize]);
  const { online } = check;
  const tiles = online.steps.map((s) => s.scores);
  const inspection = useInspection<OnlineTarget>();
  const active = inspection.active;
  const roleOf = (grid: OnlineGrid, row: number, col: number) => onlineRoleOf(active, tileSize, step, grid, row, col);
  const text = active === null ? null : describeOnlineTarget(scores, online, step, active);
  const done = step === online.steps.length;
  const values = { scores, tileSize, step };

  return (
    <div
      className="example online-softmax-example"
      data-example={id}
      data-step={step}
      role="group"
      aria-label="Online softmax, tile by tile"
      onKeyDown={inspection.onKeyDown}
    >
      <StepControls
        label="Tile controls"
        step={step}
        last={online.steps.length}
        onGo={(next) => frame?.setValues({ step: next })}
        status={describeOnlineStep(online, step)}
        atStart="Back and Start are off: no tile has been read yet"
        atEnd="Step is off: every tile has been read"
      />
      <div className="tile-size-picker" role="group" aria-label="Tile size B sub c">
        <span aria-hidden="true">
          Tile size B<sub>c</sub>:
        </span>
        {scores.map((_, b) => (
          <button
            key={b}
            type="button"
            className="step-control"
            aria-label={`B sub c = ${b + 1}`}
            aria-pressed={tileSize === b + 1}
            disabled={!hydrated}
            onClick={() => frame?.setValues({ tileSize: b + 1, step: stepForTileSize(values, b + 1) })}
          >
            {b + 1}
          </button>
        ))}
      </div>
      <OnlineSoftmaxTiles tiles={tiles} tileSize={tileSize} step={step} roleOf={(t, k) => roleOf("tile", t, k)} />
      <OnlineSoftmaxState read={online.steps.slice(0, step)} inspection={inspection} roleOf={roleOf} />
      <div className="readout" aria-live="polite" aria-atomic="true">
        {text === null ? (
          <p>{ONLINE_HINT}</p>
        ) : (
          <>
            <p className="expansion">{text.expansion}</p>
            <p>{text.note}</p>
          </>
        )}
      </div>
      <OnlineSoftmaxFinal check={check} done={done} inspection={inspection} roleOf={roleOf} />
      <OnlineSoftmaxInWords scores={scores} check={check} />
    </div>
  );
}

const Framed = editableExample(OnlineSoftmaxView, onlineSoftmaxSpec, "Online softmax example");

/**
 * Online softmax tile by tile, editable, linkable and embeddable: `scores` in tiles of
 * `tileSize`, with `step` tiles read when it opens (0 when left out).
 */
export function OnlineSoftmaxExample(props: OnlineSoftmaxExampleInput) {
  const { id, scores, tileSize, step = 0 } = props;
  const filled = useMemo(() => ({ id, scores, tileSize, step }), [id, scores, tileSize, step]);
  return <Framed {...filled} />;
}
