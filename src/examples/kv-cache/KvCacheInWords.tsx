import type { KvCacheRun } from "../../math/index.ts";
import { showDifference } from "./KvCacheCheck.tsx";
import { formatWeight } from "../../text/weight-format.ts";
import { formatMatrix, formatVector } from "../../text/words.ts";
import { memoByValue } from "../../inspect/memo-by-value.ts";
import { InWords } from "../../text/InWords.tsx";

interface KvCacheInWordsProps {
  readonly run: KvCacheRun;
  /** The token at every position the run reaches. */
  readonly words: readonly string[];
}

const quote = (w: string) => `“${w}”`;
const weightsText = (w: readonly number[]) => `(${w.map((x) => formatWeight(x)).join(", ")})`;

/**
 * The whole run as text, the same numbers as the step-through: what prefill stores, then for each
 * decode step and layer the new token's q, k, v, the scores, weights and output, and the check.
 * It is rendered on the server, so the page reads fully without JavaScript.
 */
function KvCacheInWordsText({ run, words }: KvCacheInWordsProps) {
  const { prefill } = run;
  const m = run.prompt.length;
  const vocab = run.model.vocabulary;
  return (
    <InWords label="The KV cache, step by step, in words" title="Every step in words" className="kv-in-words">
      <dl>
        <div>
          <dt>Step 0: prefill</dt>
          <dd>
            The prompt {words.slice(0, m).map(quote).join(" ")} goes through both layers at once, with the causal mask.
            Each layer keeps K and V, one row per prompt token, and drops Q.
            {prefill.layers.map((f, l) => (
              <span key={l}>
                {" "}
                Layer {l + 1}: K = {formatMatrix(f.K)}, V = {formatMatrix(f.V)}.
              </span>
            ))}{" "}
            The last position’s logits are {formatVector(prefill.logits)} over {vocab.map(quote).join(", ")}; the
            largest picks {quote(vocab[prefill.next]!)}.
          </dd>
        </div>
        {run.steps.map((s, i) => {
          const pos = m + i;
          return (
            <div key={i}>
              <dt>
                Step {i + 1}: decode {quote(words[pos]!)} (position {pos})
              </dt>
              <dd>
                {s.layers.map((d, l) => (
                  <span key={l}>
                    Layer {l + 1}: x = {formatVector(d.xIn)}; q = {formatVector(d.q)} (used, not cached), k ={" "}
                    {formatVector(d.k)} and v = {formatVector(d.v)} are appended, so the cache has {d.cache.K.length}{" "}
                    rows. Scores q·k against every cached key: {formatVector(d.scores)}; divided by √{d.q.length}:{" "}
                    {formatVector(d.scaled)}; weights {weightsText(d.weights)}; o = weights·V ={" "}
                    {formatVector(d.attended)}; r = x + o = {formatVector(d.output)}.{" "}
                  </span>
                ))}
                Recomputing all {pos + 1} tokens from scratch and comparing the last rows, layer by layer, the largest
                differences are {s.differences.map(showDifference).join(" and ")}: {s.equal ? "equal" : "not equal"}.
                Next token: {quote(vocab[s.next]!)}.
              </dd>
            </div>
          );
        })}
      </dl>
    </InWords>
  );
}

/** KvCacheInWordsText, re-rendered only when its numbers change (an inspection does not change them). */
export const KvCacheInWords = memoByValue(KvCacheInWordsText);
