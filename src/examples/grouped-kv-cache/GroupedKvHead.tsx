import type { GroupedDecodeLayer } from "../../math/index.ts";
import type { CellRole } from "../../inspect/MatrixGrid.tsx";
import type { InspectHandlers } from "../../inspect/useInspection.ts";
import { headList } from "../../text/head-sharing.ts";
import { GroupedGrid, type StepTarget } from "./GroupedGrid.tsx";
import type { GroupedTarget } from "./GroupedKvTarget.ts";
import type { GroupedShownPart } from "./GroupedRoles.ts";

interface GroupedKvHeadProps {
  /** The decode layer this KV head belongs to. */
  readonly d: GroupedDecodeLayer;
  readonly layer: number;
  /** The KV head, 0-based. */
  readonly kvHead: number;
  /** The query heads (0-based) that read it. */
  readonly readers: readonly number[];
  /** The token at every cached position. */
  readonly words: readonly string[];
  readonly active: GroupedTarget | null;
  readonly bind: (target: StepTarget) => InspectHandlers;
  readonly roleOf: (part: GroupedShownPart, head: number, row: number, col: number) => CellRole;
}

/**
 * One KV head of one decode layer: its key and value caches, grown by this step's row, and the
 * query heads that read them, each with its own q, scores, softmax weights and output.
 */
export function GroupedKvHead({ d, layer, kvHead, readers, words, active, bind, roleOf }: GroupedKvHeadProps) {
  const cache = d.cache[kvHead]!;
  const pos = cache.K.length - 1;
  const keys = words.slice(0, pos + 1);
  const rows = keys.map((w, r) => (r === pos ? `${w} (new)` : w));
  const L = layer + 1;
  const G = kvHead + 1;
  const common = { layer, active, bind, roleOf, tokenLabels: true };
  const who = headList(
    readers.map((h) => h + 1),
    "query head",
  );
  return (
    <div className="gqa-group" role="group" aria-label={`Layer ${L}, KV head ${G}, read by ${who}`}>
      <p className="gqa-group-title">
        KV head {G}: read by {who}
      </p>
      <div className="equation-row">
        {(["K", "V"] as const).map((p) => (
          <GroupedGrid
            key={p}
            {...common}
            title={p === "K" ? "Key cache K" : "Value cache V"}
            owner={`Layer ${L}, KV head ${G}`}
            symbol={p}
            values={cache[p]}
            part={p}
            head={kvHead}
            rowLabels={rows}
            className="gqa-cache-grid"
          />
        ))}
      </div>
      {readers.map((h) => {
        const head = d.heads[h]!;
        const owner = `Layer ${L}, query head ${h + 1}`;
        return (
          <div key={h} className="gqa-query" role="group" aria-label={`Query head ${h + 1}`}>
            <p className="gqa-query-title">Query head {h + 1}</p>
            <div className="equation-row">
              <GroupedGrid {...common} title="q" owner={owner} symbol="q" values={[head.q]} part="q" head={h} />
              <GroupedGrid
                {...common}
                title="Scores q·Kᵀ"
                owner={owner}
                symbol="S"
                values={[head.scores]}
                part="scores"
                head={h}
                colLabels={keys}
              />
              <GroupedGrid
                {...common}
                title="Weights (softmax)"
                owner={owner}
                symbol="A"
                values={[head.weights]}
                part="weights"
                head={h}
                colLabels={keys}
              />
              <GroupedGrid
                {...common}
                title="o = weights·V"
                owner={owner}
                symbol="o"
                values={[head.attended]}
                part="o"
                head={h}
              />
            </div>
          </div>
        );
      })}
    </div>
  );
}
