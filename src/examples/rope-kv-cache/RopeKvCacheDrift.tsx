import type { KvCacheRun } from "../../math/index.ts";
import { driftSentence, pickSentence, turnSentence } from "./rope-kv-text.ts";

interface RopeKvCacheDriftProps {
  readonly run: KvCacheRun;
  /** 1 … run.steps.length: the decode step shown. */
  readonly step: number;
}

/**
 * The summary above a decode step: the position the new token was turned at, and how far the
 * cached decode drifts from the full recomputation (the math module's check).
 */
export function RopeKvCacheDrift({ run, step }: RopeKvCacheDriftProps) {
  const s = run.steps[step - 1]!;
  const pick = pickSentence(run, s);
  return (
    <div className="rope-kv-drift" data-verdict={s.equal ? "equal" : "different"}>
      <p>{turnSentence(s)}</p>
      <p>
        <strong>{driftSentence(s)}</strong>
      </p>
      {pick ? <p>{pick}</p> : null}
    </div>
  );
}
