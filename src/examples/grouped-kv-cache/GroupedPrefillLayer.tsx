import { memo } from "react";
import { queryHeadsOf, type GroupedFullLayer, type GroupedKvCacheRun } from "../../math/index.ts";
import type { InspectHandlers } from "../../inspect/useInspection.ts";
import { headList, kvHeadsText } from "../../text/head-sharing.ts";
import { WeightName } from "../../text/WeightName.tsx";
import { GroupedGrid, type StepTarget } from "./GroupedGrid.tsx";
import type { GroupedTarget } from "./GroupedKvTarget.ts";
import { GroupedReadout } from "./GroupedReadout.tsx";
import { prefillRole, type GroupedShownPart } from "./GroupedRoles.ts";

interface GroupedPrefillLayerProps {
  readonly run: GroupedKvCacheRun;
  readonly layer: number;
  /** This layer of the prefill pass. */
  readonly full: GroupedFullLayer;
  /** The prompt's tokens, in order. */
  readonly words: readonly string[];
  /** The inspected number if it is in this layer, else null. */
  readonly active: GroupedTarget | null;
  readonly bind: (target: StepTarget) => InspectHandlers;
}

/**
 * Step 0, one layer: the prompt has been through it at once, and each KV head keeps its
 * K = XW_K and V = XW_V, one row per prompt token. The query heads' Q were used and are gone.
 */
export const GroupedPrefillLayer = memo(function GroupedPrefillLayer({
  run,
  layer,
  full,
  words,
  active,
  bind,
}: GroupedPrefillLayerProps) {
  const m = run.prompt.length;
  const roleOf = (part: GroupedShownPart, head: number, i: number, j: number) =>
    prefillRole(active, layer, part, head, i, j);
  const common = { layer, active, bind, roleOf, rowLabels: words.slice(0, m), tokenLabels: true };
  const L = layer + 1;
  const H = full.heads.length;
  const G = full.kv.length;
  return (
    <section className="kv-layer gqa-layer" aria-label={`Layer ${L} after prefill`}>
      <h3 className="kv-layer-title">Layer {L}</h3>
      <p className="kv-row-title">
        Prefill: all {m} prompt tokens at once, with the causal mask; {kvHeadsText(G)} keep K and V
      </p>
      <div className="equation-row">
        <GroupedGrid
          {...common}
          title={L === 1 ? "X = embeddings" : `X = layer ${L - 1}’s H`}
          owner={`Layer ${L}`}
          symbol="X"
          values={full.X}
          part="X"
          head={-1}
          inspectable={false}
        />
        <p className="kv-no-q" role="note">
          The {H} query heads’ Q = X<WeightName of="Q" /> were used for the prompt’s own attention and are not kept.
        </p>
      </div>
      <div className="gqa-groups">
        {full.kv.map((cache, g) => (
          <div key={g} className="gqa-group" role="group" aria-label={`Layer ${L}, KV head ${g + 1}`}>
            <p className="gqa-group-title">
              KV head {g + 1}: read by{" "}
              {headList(
                queryHeadsOf(g, H, G).map((h) => h + 1),
                "query head",
              )}
            </p>
            <div className="equation-row">
              {(["K", "V"] as const).map((p) => (
                <GroupedGrid
                  key={p}
                  {...common}
                  title={
                    <>
                      {p === "K" ? "Key" : "Value"} cache {p} = X<WeightName of={p} />
                    </>
                  }
                  label={p === "K" ? "Key cache K" : "Value cache V"}
                  owner={`Layer ${L}, KV head ${g + 1}`}
                  symbol={p}
                  values={cache[p]}
                  part={p}
                  head={g}
                />
              ))}
            </div>
          </div>
        ))}
      </div>
      <GroupedReadout
        run={run}
        step={0}
        words={words}
        target={active}
        hint={`Hover, focus or tap an entry of layer ${L}’s cache to see how it was computed.`}
      />
    </section>
  );
});
