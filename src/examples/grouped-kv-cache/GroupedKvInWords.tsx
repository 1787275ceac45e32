import type { GroupedKvCacheRun } from "../../math/index.ts";
import { describeSharing } from "../../text/head-sharing.ts";
import { formatWeight } from "../../text/weight-format.ts";
import { formatMatrix, formatVector } from "../../text/words.ts";
import { showDifference } from "../kv-cache/KvCacheCheck.tsx";
import { InWords } from "../../text/InWords.tsx";

interface GroupedKvInWordsProps {
  readonly run: GroupedKvCacheRun;
  /** The token at every position the run reaches. */
  readonly words: readonly string[];
}

const quote = (w: string) => `“${w}”`;
const weightsText = (w: readonly number[]) => `(${w.map((x) => formatWeight(x)).join(", ")})`;

/**
 * The whole run as text, the same numbers as the step-through: what prefill stores per KV head,
 * then for each decode step and layer the new rows of every KV head, every query head's q,
 * scores, weights and output, the heads side by side and h, and the check. Rendered on the
 * server, so the page reads fully without JavaScript.
 */
export function GroupedKvInWords({ run, words }: GroupedKvInWordsProps) {
  const { prefill } = run;
  const m = run.prompt.length;
  const vocab = run.model.vocabulary;
  const H = run.model.layers[0]!.Wq.length;
  const G = run.model.layers[0]!.Wk.length;
  return (
    <InWords
      label="The grouped KV cache, step by step, in words"
      title={<>Every step in words ({describeSharing(H, G)})</>}
      className="kv-in-words"
    >
      <dl>
        <div>
          <dt>Step 0: prefill</dt>
          <dd>
            The prompt {words.slice(0, m).map(quote).join(" ")} goes through both layers at once, with the causal mask.
            Each layer keeps K and V for each of its {G} KV heads, one row per prompt token, and drops the query heads’
            Q.
            {prefill.layers.map((f, l) =>
              f.kv.map((c, g) => (
                <span key={`${l}-${g}`}>
                  {" "}
                  Layer {l + 1}, KV head {g + 1}: K = {formatMatrix(c.K)}, V = {formatMatrix(c.V)}.
                </span>
              )),
            )}{" "}
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
                    Layer {l + 1}: x = {formatVector(d.xIn)}.{" "}
                    {d.k.map((k, g) => (
                      <span key={`kv${g}`}>
                        KV head {g + 1} appends k = {formatVector(k)} and v = {formatVector(d.v[g]!)}, so it holds{" "}
                        {d.cache[g]!.K.length} rows.{" "}
                      </span>
                    ))}
                    {d.heads.map((h, q) => (
                      <span key={`q${q}`}>
                        Query head {q + 1} reads KV head {h.kvHead + 1}: q = {formatVector(h.q)} (used, not cached),
                        scores {formatVector(h.scores)}, divided by √{h.q.length}: {formatVector(h.scaled)}, weights{" "}
                        {weightsText(h.weights)}, o = {formatVector(h.attended)}.{" "}
                      </span>
                    ))}
                    The heads side by side: c = {formatVector(d.concat)}; r = x + c times the output weights ={" "}
                    {formatVector(d.output)}.{" "}
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
