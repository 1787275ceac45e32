import { memo } from "react";
import {
  formatNumber,
  RECOMPUTE_TOLERANCE,
  speakNumber,
  subscript,
  type GroupedCheckedStep,
} from "../../math/index.ts";
import { MatrixGrid } from "../../inspect/MatrixGrid.tsx";
import { showDifference } from "../kv-cache/KvCacheCheck.tsx";

interface GroupedCheckProps {
  readonly step: number;
  readonly checked: GroupedCheckedStep;
  /** The token at every position up to this step's. */
  readonly words: readonly string[];
  /** "GQA: 4 query heads share 2 KV heads, …": what is recomputed. */
  readonly sharing: string;
}

/** Numbers in the check get four decimals, so "equal" can be seen digit by digit. */
const show = (v: number) => formatNumber(v, 4);

/**
 * The proof that the grouped cache is right: each layer's h from the decode step next to the
 * last row of the same layer recomputed from scratch, with the same sharing of KV heads. The
 * verdict is the math module's comparison, not a claim of this page.
 */
export const GroupedCheck = memo(function GroupedCheck({ step, checked, words, sharing }: GroupedCheckProps) {
  const t = checked.full.ids.length;
  const rows = words.slice(0, t).map((w, r) => (r === t - 1 ? `${w} (last)` : w));
  return (
    <section className="kv-check" aria-label={`Check at step ${step}: decode against full recomputation`}>
      <h3 className="kv-layer-title">Check: the same numbers without a cache</h3>
      <p>
        Recompute all {t} tokens from scratch ({sharing}; every layer, causal mask) and compare the last row of each
        layer’s output with the decode step’s h.
      </p>
      {checked.layers.map((d, l) => {
        const full = checked.full.layers[l]!.output;
        const difference = checked.differences[l]!;
        const same = difference <= RECOMPUTE_TOLERANCE;
        return (
          <div key={l} className="kv-check-layer">
            <div className="equation-row">
              <div className="operand kv-cache-grid">
                <p className="operand-title">Layer {l + 1}, recomputed: H</p>
                <MatrixGrid
                  values={full}
                  label={`Layer ${l + 1}: recomputed output H, all ${t} tokens`}
                  rowLabels={rows}
                  format={show}
                  cellLabel={(i, j, v) => `H row ${i} (${words[i]}), column ${j}: ${speakNumber(v, 4)}`}
                />
              </div>
              <div className="operand">
                <p className="operand-title">Layer {l + 1}, decode step: h</p>
                <MatrixGrid
                  values={[d.output]}
                  label={`Layer ${l + 1}: decode output h`}
                  format={show}
                  cellLabel={(_, j, v) => `h${subscript(j)}: ${speakNumber(v, 4)}`}
                />
              </div>
            </div>
            <p className="kv-verdict" data-verdict={same ? "equal" : "different"}>
              <strong>{same ? "Equal" : "Not equal"}</strong>: the last row of H and h differ by at most{" "}
              {showDifference(difference)} in layer {l + 1}
              {same ? " (every entry agrees)." : "."}
            </p>
          </div>
        );
      })}
      <p className="kv-verdict-all" data-verdict={checked.equal ? "equal" : "different"}>
        Verdict at step {step}:{" "}
        {checked.equal
          ? "the cached decode equals the full recomputation in every layer."
          : "the cached decode differs from the full recomputation."}
      </p>
    </section>
  );
});
