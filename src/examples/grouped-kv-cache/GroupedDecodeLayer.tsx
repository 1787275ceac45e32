import { memo } from "react";
import {
  checkHeadCounts,
  kvHeadFor,
  queryHeadsOf,
  type GroupedDecodeLayer as DecodeLayer,
  type GroupedKvCacheRun,
} from "../../math/index.ts";
import type { InspectHandlers } from "../../inspect/useInspection.ts";
import { kvHeadsText } from "../../text/head-sharing.ts";
import { WeightName } from "../../text/WeightName.tsx";
import { GroupedGrid, type StepTarget } from "./GroupedGrid.tsx";
import { GroupedKvHead } from "./GroupedKvHead.tsx";
import type { GroupedTarget } from "./GroupedKvTarget.ts";
import { GroupedReadout } from "./GroupedReadout.tsx";
import { decodeRole, type GroupedShownPart } from "./GroupedRoles.ts";

interface GroupedDecodeLayerProps {
  readonly run: GroupedKvCacheRun;
  readonly step: number;
  readonly layer: number;
  readonly d: DecodeLayer;
  /** The token at every cached position. */
  readonly words: readonly string[];
  /** The inspected number if it is in this layer (or is a logit, for the last layer), else null. */
  readonly active: GroupedTarget | null;
  readonly bind: (target: StepTarget) => InspectHandlers;
}

/**
 * One layer of one decode step: the new token's x, each KV head's grown cache with the query
 * heads that read it, then the heads side by side through W_O and the residual. Memoised:
 * inspecting a number elsewhere does not re-render this layer.
 */
export const GroupedDecodeLayerView = memo(function GroupedDecodeLayerView({
  run,
  step,
  layer,
  d,
  words,
  active,
  bind,
}: GroupedDecodeLayerProps) {
  const H = d.heads.length;
  const G = d.cache.length;
  const group = checkHeadCounts(H, G);
  const ctx = {
    layer,
    pos: d.cache[0]!.K.length - 1,
    isLast: layer === run.model.layers.length - 1,
    kvHeadOf: (h: number) => kvHeadFor(h, H, G),
    dHead: d.heads[0]!.attended.length,
  };
  const roleOf = (part: GroupedShownPart, head: number, i: number, j: number) =>
    decodeRole(active, ctx, part, head, i, j);
  const common = { layer, active, bind, roleOf };
  const L = layer + 1;
  return (
    <section className="kv-layer gqa-layer" aria-label={`Layer ${L} at step ${step}`}>
      <h3 className="kv-layer-title">Layer {L}</h3>
      <div className="equation-row">
        <GroupedGrid
          {...common}
          title={L === 1 ? "x = embedding" : `x = layer ${L - 1}’s r`}
          owner={`Layer ${L}`}
          symbol="x"
          values={[d.xIn]}
          part="x"
          head={-1}
          inspectable={false}
          note={
            <>
              Each KV head appends x·
              <WeightName of="K" /> and x·
              <WeightName of="V" /> as its new rows; each query head computes its own q = x·
              <WeightName of="Q" />.
            </>
          }
        />
      </div>
      <p className="kv-row-title">
        {kvHeadsText(G)}, each cached once and read by {group === 1 ? "one query head" : `${group} query heads`}
      </p>
      <div className="gqa-groups">
        {d.cache.map((_, g) => (
          <GroupedKvHead key={g} {...common} d={d} kvHead={g} readers={queryHeadsOf(g, H, G)} words={words} />
        ))}
      </div>
      <p className="kv-row-title">
        The {H} query heads side by side, through <WeightName of="O" />, added to x
      </p>
      <div className="equation-row">
        <GroupedGrid
          {...common}
          title={`c: ${H} heads side by side`}
          owner={`Layer ${L}`}
          symbol="c"
          values={[d.concat]}
          part="concat"
          head={-1}
        />
        <GroupedGrid
          {...common}
          title={
            <>
              r = x + c·
              <WeightName of="O" />
            </>
          }
          label="r = x + c times the output weights"
          owner={`Layer ${L}`}
          symbol="r"
          values={[d.output]}
          part="h"
          head={-1}
        />
      </div>
      <GroupedReadout
        run={run}
        step={step}
        words={words}
        target={active?.layer === layer ? active : null}
        hint={`Hover, focus or tap any number of layer ${L} to see how it is computed.`}
      />
    </section>
  );
});
