import { formatNumber, type KvCacheRun } from "../../math/index.ts";
import { formatVector } from "../../text/words.ts";
import { driftSentence, turnSentence } from "./rope-kv-text.ts";

interface RopeKvInWordsProps {
  readonly run: KvCacheRun;
  /** The token at every position the run reaches. */
  readonly words: readonly string[];
}

/**
 * What RoPE adds to the step-through, as text rendered on the server: the base, which position
 * each decode step turned its new token at, the new key before and after the turn in layer 1,
 * and the drift the recompute check measured. The plain stepper's text follows it.
 */
export function RopeKvInWords({ run, words }: RopeKvInWordsProps) {
  const base = run.options.rope?.base;
  const m = run.prompt.length;
  return (
    <section className="in-words rope-kv-in-words" aria-label="RoPE in the cache, in words">
      <p className="in-words-title">RoPE in the cache, in words</p>
      <p>
        RoPE is on with base {formatNumber(base ?? Number.NaN)}. Prefill turns the key of every prompt token, positions
        0 to {m - 1}, at its own position before it is cached; values are never turned.
      </p>
      <ul>
        {run.steps.map((s, i) => {
          const d = s.layers[0]!;
          return (
            <li key={i}>
              Step {i + 1}, “{words[s.position]}”: {turnSentence(s)} In layer 1 its key goes from{" "}
              {formatVector(d.kUnrotated ?? d.k)} to {formatVector(d.k)} and is appended as row {s.position}.{" "}
              {driftSentence(s)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
