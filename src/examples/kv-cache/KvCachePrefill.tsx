import { memo } from "react";
import type { FullLayer, KvCacheRun } from "../../math/index.ts";
import type { CellRole } from "../../inspect/MatrixGrid.tsx";
import type { InspectHandlers } from "../../inspect/useInspection.ts";
import { KvGrid, type KvShownPart } from "./KvCacheGrid.tsx";
import { KvCacheReadout, type KvTarget } from "./KvCacheReadout.tsx";

interface KvCachePrefillProps {
  readonly run: KvCacheRun;
  readonly layer: number;
  /** This layer of the prefill pass. */
  readonly full: FullLayer;
  /** The prompt's tokens, in order. */
  readonly words: readonly string[];
  /** The inspected number if it is in this layer, else null. */
  readonly active: KvTarget | null;
  readonly bind: (target: KvTarget) => InspectHandlers;
}

/** Which cells a cached entry of the prefill view is made from: the token's row of X. */
function prefillRole(active: KvTarget | null, part: KvShownPart, i: number, j: number): CellRole {
  if (active === null) return null;
  if (active.part === part && active.row === i && active.col === j) return "inspected";
  return part === "X" && (active.part === "K" || active.part === "V") && active.row === i ? "ingredient" : null;
}

/**
 * Step 0, one layer: the prompt has been through it at once (causal attention over all its
 * tokens), and its K = XW_K and V = XW_V are kept as the cache. Q was used and is gone.
 */
export const KvCachePrefill = memo(function KvCachePrefill({
  run,
  layer,
  full,
  words,
  active,
  bind,
}: KvCachePrefillProps) {
  const m = run.prompt.length;
  const roleOf = (part: KvShownPart, i: number, j: number) => prefillRole(active, part, i, j);
  const common = { layer, active, bind, roleOf, rowLabels: words.slice(0, m), tokenLabels: true };
  const L = layer + 1;
  return (
    <section className="kv-layer" aria-label={`Layer ${L} after prefill`}>
      <h3 className="kv-layer-title">Layer {L}</h3>
      <p className="kv-row-title">Prefill: all {m} prompt tokens at once, with the causal mask; K and V are kept</p>
      <div className="equation-row">
        <KvGrid
          {...common}
          title={L === 1 ? "X = embeddings" : "X = layer 1’s H"}
          symbol="X"
          values={full.X}
          part="X"
          inspectable={false}
        />
        <KvGrid
          {...common}
          title={run.options.rope ? "Key cache K = XW_K, row r turned at r" : "Key cache K = XW_K"}
          symbol="K"
          values={full.K}
          part="K"
        />
        <KvGrid {...common} title="Value cache V = XW_V" symbol="V" values={full.V} part="V" />
        <p className="kv-no-q" role="note">
          Q = XW<sub>Q</sub> was used for the prompt’s own attention and is not kept.
        </p>
      </div>
      <KvCacheReadout
        run={run}
        step={0}
        words={words}
        target={active}
        hint={`Hover, focus or tap an entry of layer ${L}’s cache to see how it was computed.`}
      />
    </section>
  );
});
