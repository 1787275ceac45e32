import { memo } from "react";
import {
  formatNumber,
  RECOMPUTE_TOLERANCE,
  speakNumber,
  subscript,
  type Matrix,
  type RecomputeCheck,
  type Vector,
} from "../../math/index.ts";
import { MatrixGrid } from "../../inspect/MatrixGrid.tsx";
import { tokenPositions } from "../../tokens/token-colours.ts";

/** A decode step checked against a full pass: the single-head decoder's or the grouped one's. */
interface CheckedDecode extends RecomputeCheck {
  readonly layers: readonly { readonly output: Vector }[];
  readonly full: { readonly ids: readonly number[]; readonly layers: readonly { readonly output: Matrix }[] };
}

interface KvCacheCheckProps {
  readonly step: number;
  readonly checked: CheckedDecode;
  /** The token at every position up to this step's. */
  readonly words: readonly string[];
  /** What the recomputation runs, e.g. "embeddings, both layers, causal mask". */
  readonly recomputed?: string;
}

/** Numbers in the check get four decimals, so "equal" can be seen digit by digit. */
const show = (v: number) => formatNumber(v, 4);

/** "0" for identical numbers, else e.g. "4.4e−16". */
export function showDifference(d: number): string {
  return d === 0 ? "0" : d.toExponential(1).replace("-", "−");
}

/**
 * The proof that the cache is right: every layer's output for the new token, from the decode
 * step, next to the last row of the same layer recomputed from scratch over the whole sequence
 * with the causal mask. The verdict is the math module's comparison, not a claim of this page.
 */
export const KvCacheCheck = memo(function KvCacheCheck({
  step,
  checked,
  words,
  recomputed = "embeddings, both layers, causal mask",
}: KvCacheCheckProps) {
  const t = checked.full.ids.length;
  const rows = words.slice(0, t).map((w, r) => (r === t - 1 ? `${w} (last)` : w));
  return (
    <section className="kv-check" aria-label={`Check at step ${step}: decode against full recomputation`}>
      <h3 className="kv-layer-title">Check: the same numbers without a cache</h3>
      <p>
        Recompute all {t} tokens from scratch ({recomputed}) and compare the last row of each layer’s output with the
        decode step’s r.
      </p>
      {checked.layers.map((d, l) => {
        const full = checked.full.layers[l]!.output;
        const difference = checked.differences[l]!;
        const same = difference <= RECOMPUTE_TOLERANCE;
        return (
          <div key={l} className="kv-check-layer">
            <div className="equation-row">
              <div className="operand kv-cache-grid">
                <p className="operand-title">Layer {l + 1}, recomputed: R</p>
                <MatrixGrid
                  values={full}
                  label={`Layer ${l + 1}: recomputed output R, all ${t} tokens`}
                  rowLabels={rows}
                  rowTokens={tokenPositions(rows.length)}
                  format={show}
                  cellLabel={(i, j, v) => `R row ${i} (${words[i]}), column ${j}: ${speakNumber(v, 4)}`}
                />
              </div>
              <div className="operand">
                <p className="operand-title">Layer {l + 1}, decode step: r</p>
                <MatrixGrid
                  values={[d.output]}
                  label={`Layer ${l + 1}: decode output r`}
                  format={show}
                  cellLabel={(_, j, v) => `r${subscript(j)}: ${speakNumber(v, 4)}`}
                />
              </div>
            </div>
            <p className="kv-verdict" data-verdict={same ? "equal" : "different"}>
              <strong>{same ? "Equal" : "Not equal"}</strong>: the last row of R and r differ by at most{" "}
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
