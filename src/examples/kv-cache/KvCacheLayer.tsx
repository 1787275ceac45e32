import { memo } from "react";
import type { DecodeLayer, KvCacheRun } from "../../math/index.ts";
import type { CellRole } from "../../inspect/MatrixGrid.tsx";
import type { InspectHandlers } from "../../inspect/useInspection.ts";
import { KvGrid, type KvShownPart } from "./KvCacheGrid.tsx";
import { KvCacheReadout, type KvTarget } from "./KvCacheReadout.tsx";

/**
 * How a cell of one decode layer takes part in the inspected number: the number itself is
 * "inspected"; the numbers it is computed from (or the same number shown elsewhere) are
 * "ingredient". `pos` is the new token's row in the cache.
 */
export function decodeRole(
  active: KvTarget | null,
  layer: number,
  pos: number,
  part: KvShownPart,
  i: number,
  j: number,
  isLast = false,
): CellRole {
  if (active === null) return null;
  const a = active;
  if (a.part === "logits") return part === "output" && isLast ? "ingredient" : null;
  if (a.layer !== layer) return null;
  if (a.part === part && a.row === i && a.col === j) return "inspected";
  switch (part) {
    case "x":
      return ["q", "k", "v"].includes(a.part) ||
        ((a.part === "K" || a.part === "V") && a.row === pos) ||
        (a.part === "output" && a.col === j)
        ? "ingredient"
        : null;
    case "Wq":
    case "Wk":
    case "Wv": {
      const p = part.slice(1);
      return (a.part === p || a.part === p.toUpperCase()) && a.col === j ? "ingredient" : null;
    }
    case "q":
      return a.part === "scores" ? "ingredient" : null;
    case "k":
    case "v":
      return a.part === part.toUpperCase() && a.row === pos && a.col === j ? "ingredient" : null;
    case "K":
      return (a.part === "scores" && i === a.col) || (a.part === "k" && i === pos && j === a.col) ? "ingredient" : null;
    case "V":
      return (a.part === "attended" && j === a.col) || (a.part === "v" && i === pos && j === a.col)
        ? "ingredient"
        : null;
    case "scores":
      return a.part === "scaled" && a.col === j ? "ingredient" : null;
    case "scaled":
      return a.part === "weights" ? "ingredient" : null;
    case "weights":
      return a.part === "attended" ? "ingredient" : null;
    case "attended":
      return a.part === "output" && a.col === j ? "ingredient" : null;
    default:
      return null;
  }
}

interface KvCacheLayerProps {
  readonly run: KvCacheRun;
  readonly step: number;
  readonly layer: number;
  readonly d: DecodeLayer;
  /** The token at every cached position, in order. */
  readonly words: readonly string[];
  /** The inspected number if it is in this layer (or is a logit, for the last layer), else null. */
  readonly active: KvTarget | null;
  readonly bind: (target: KvTarget) => InspectHandlers;
}

const SYMBOL = { q: "q", k: "k", v: "v" } as const;
const W_NAME = { q: "W_Q", k: "W_K", v: "W_V" } as const;

/**
 * One layer of one decode step: q, k, v of the new token, the grown cache, and attention over it.
 * Memoised: inspecting a number elsewhere does not re-render this layer.
 */
export const KvCacheLayer = memo(function KvCacheLayer({
  run,
  step,
  layer,
  d,
  words,
  active,
  bind,
}: KvCacheLayerProps) {
  const pos = d.cache.K.length - 1;
  const roleOf = (part: KvShownPart, i: number, j: number) =>
    decodeRole(active, layer, pos, part, i, j, layer === run.model.layers.length - 1);
  const common = { layer, active, bind, roleOf, tokenLabels: true };
  const cacheRows = words.slice(0, pos + 1).map((w, r) => (r === pos ? `${w} (new)` : w));
  const keys = words.slice(0, pos + 1);
  const weights = run.model.layers[layer]!;
  const L = layer + 1;
  // With RoPE, q and k are turned at this position (the token's own, or 0 under the offset bug).
  const turnedAt = run.steps[step - 1]?.ropePosition;
  return (
    <section className="kv-layer" aria-label={`Layer ${L} at step ${step}`}>
      <h3 className="kv-layer-title">Layer {L}</h3>
      <p className="kv-row-title">The new token’s own q, k and v</p>
      <div className="equation-row">
        <KvGrid
          {...common}
          title={L === 1 ? "x = embedding" : "x = layer 1’s r"}
          symbol="x"
          values={[d.xIn]}
          part="x"
          inspectable={false}
        />
      </div>
      <div className="equation-row kv-projections">
        {(["q", "k", "v"] as const).map((p) => (
          <div key={p} className="kv-projection">
            <KvGrid
              {...common}
              title={W_NAME[p]}
              symbol={W_NAME[p]}
              values={weights[`W${p}`]}
              part={`W${p}`}
              inspectable={false}
            />
            <KvGrid
              {...common}
              title={`${p} = x·${W_NAME[p]}${turnedAt !== undefined && p !== "v" ? `, turned at ${turnedAt}` : ""}`}
              symbol={SYMBOL[p]}
              values={[d[p]]}
              part={p}
              note={
                p === "q"
                  ? "Used once, for this step’s scores, and dropped: q is not cached."
                  : "Appended to the cache."
              }
            />
          </div>
        ))}
      </div>
      <p className="kv-row-title">
        The cache of layer {L}: {pos + 1} rows of K and V, one per token so far
      </p>
      <div className="equation-row">
        <KvGrid
          {...common}
          title="Key cache K"
          symbol="K"
          values={d.cache.K}
          part="K"
          rowLabels={cacheRows}
          className="kv-cache-grid"
          note="The last row, marked “(new)”, is this step’s k."
        />
        <KvGrid
          {...common}
          title="Value cache V"
          symbol="V"
          values={d.cache.V}
          part="V"
          rowLabels={cacheRows}
          className="kv-cache-grid"
          note="The last row, marked “(new)”, is this step’s v."
        />
        <p className="kv-no-q" role="note">
          No Q cache: earlier tokens’ queries are never needed again.
        </p>
      </div>
      <p className="kv-row-title">Attention for the new token: one row of {pos + 1} scores</p>
      <div className="equation-row">
        <KvGrid {...common} title="Scores q·Kᵀ" symbol="S" values={[d.scores]} part="scores" colLabels={keys} />
        <KvGrid {...common} title={`÷ √${d.q.length}`} symbol="s" values={[d.scaled]} part="scaled" colLabels={keys} />
        <KvGrid {...common} title="Weights (softmax)" symbol="A" values={[d.weights]} part="weights" colLabels={keys} />
        <KvGrid {...common} title="o = weights·V" symbol="o" values={[d.attended]} part="attended" />
        <KvGrid {...common} title="r = x + o" symbol="r" values={[d.output]} part="output" />
      </div>
      <KvCacheReadout
        run={run}
        step={step}
        words={words}
        target={active?.layer === layer ? active : null}
        hint={`Hover, focus or tap any number of layer ${L} to see how it is computed.`}
      />
    </section>
  );
});
