/**
 * The sentences of the RoPE + KV cache step-through that are not the plain stepper's: the status
 * of a step, where the new token was turned, and the drift the recompute check measured. Every
 * number comes from the run (src/math/decoder.ts).
 */
import { formatNumber, type CheckedStep, type KvCacheRun } from "../../math/index.ts";
import { showDifference } from "../kv-cache/KvCacheCheck.tsx";

/** The sentence the live region announces for a step. */
export function describeRopeStep(run: KvCacheRun, step: number, words: readonly string[]): string {
  const n = run.steps.length;
  const m = run.prompt.length;
  if (step === 0) {
    return `Step 0 of ${n}, after prefill: each layer caches the ${m} prompt keys, key j already turned at position j, and the values unturned.`;
  }
  const s = run.steps[step - 1]!;
  return `Step ${step} of ${n}: decoding “${words[s.position]}” at position ${s.position}; its q and k are turned at position ${s.ropePosition}.`;
}

/** Where a decode step turned its new token, and whether that is its own position. */
export function turnSentence(s: CheckedStep): string {
  return s.ropePosition === s.position
    ? `The new token sits at position ${s.position} and its q and k are turned at ${s.ropePosition}: its own position.`
    : `The new token sits at position ${s.position}, but its q and k are turned at ${s.ropePosition}: the wrong offset.`;
}

/** The recompute check's drift in one sentence: the largest difference over layers and logits. */
export function driftSentence(s: CheckedStep): string {
  return s.equal
    ? `Drift against recomputation: ${showDifference(s.drift)} (largest difference over both layers and the logits), equal.`
    : `Drift against recomputation: ${formatNumber(s.drift, 4)} (largest difference over both layers and the logits; ` +
        `the logits alone differ by up to ${formatNumber(s.logitDifference, 4)}), not equal.`;
}

/** The greedy pick of a step next to the pick of the full recomputation, when they differ. */
export function pickSentence(run: KvCacheRun, s: CheckedStep): string | null {
  if (s.next === s.full.next) return null;
  const v = run.model.vocabulary;
  return `The cached run picks “${v[s.next]}” next; recomputing from scratch picks “${v[s.full.next]}”.`;
}
