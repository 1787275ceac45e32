import { runKvCache, TOY_DECODER, type KvCacheRun } from "../../math/index.ts";
import type { Values } from "../../frame/spec.ts";
import type { InspectCodec } from "../../frame/url-state.ts";
import type { KvPart, KvTarget } from "./KvCacheReadout.tsx";

/** What a learner may change in the KV cache stepper: the prompt, the decode steps, the step shown. */
export interface KvCacheValues {
  readonly prompt: readonly string[];
  readonly steps: number;
  readonly step: number;
}

/** An inspected number together with the step it belongs to. */
export interface KvStepTarget extends KvTarget {
  readonly step: number;
}

const DECODE_PARTS: readonly KvPart[] = ["q", "k", "v", "K", "V", "scores", "scaled", "weights", "attended", "output"];
const FORM = /^step(\d)\.(?:layer(\d)\.([A-Za-z]+)|logits)\.(\d{1,2}),(\d{1,2})$/;

/** [rows, columns] of `part` of layer `l` at step `step` of `run`, or null when the step does not show it. */
export function kvPartShape(run: KvCacheRun, step: number, l: number, part: KvPart): readonly [number, number] | null {
  if (part === "logits") return [1, run.model.vocabulary.length];
  if (step === 0) {
    const full = run.prefill.layers[l];
    return full && (part === "K" || part === "V") ? [full[part].length, full[part][0]?.length ?? 0] : null;
  }
  const d = run.steps[step - 1]?.layers[l];
  if (!d) return null;
  if (part === "K" || part === "V") return [d.cache[part].length, d.cache[part][0]?.length ?? 0];
  return [1, d[part].length];
}

/** The run the values describe, or null when they are not a run's (a prompt and a step count). */
function runOf({ prompt, steps }: Values<KvCacheValues>): KvCacheRun | null {
  try {
    return runKvCache(TOY_DECODER, [...prompt], steps);
  } catch {
    return null;
  }
}

/**
 * An inspect codec for a step-through over the toy decoder; `runFor` gives the run the values
 * describe (or null), so a variant (RoPE on) can reuse the link form.
 */
export function kvTargetCodecFor<V extends KvCacheValues>(
  runFor: (values: Values<V>) => KvCacheRun | null,
): InspectCodec<V> {
  return {
    form: kvTargetCodec.form,
    read(text, values) {
      return readKvTarget(text, values.step, runFor(values));
    },
    write: kvTargetCodec.write,
  };
}

/** The target `text` names at `step` of `run`, or null when it names nothing shown there. */
function readKvTarget(text: string, step: number, run: KvCacheRun | null): KvStepTarget | null {
  const match = FORM.exec(text.trim());
  if (!match || Number(match[1]) !== step) return null;
  const part = (match[3] ?? "logits") as KvPart;
  if (part !== "logits" && !DECODE_PARTS.includes(part)) return null;
  const layer = part === "logits" ? -1 : Number(match[2]) - 1;
  const shape = run && layer < run.model.layers.length ? kvPartShape(run, step, layer, part) : null;
  const row = Number(match[4]);
  const col = Number(match[5]);
  if (!shape || row >= shape[0] || col >= shape[1]) return null;
  return { step, layer, part, row, col };
}

/**
 * The inspected number of the KV cache stepper in a link, e.g. `step2.layer1.K.3,0` (row 3,
 * column 0 of layer 1's key cache at step 2) or `step2.logits.0,4` (the logit of the fifth word).
 * Layers count from 1, as the page shows them; rows and columns from 0, as the cell names do.
 * The step is part of the text because an inspection belongs to one step: stepping drops it.
 */
export const kvTargetCodec: InspectCodec<KvCacheValues> = {
  form: "step.layer.part.row,column, e.g. step2.layer1.K.3,0 or step2.logits.0,4",
  read(text, values) {
    return readKvTarget(text, values.step, runOf(values));
  },
  write(target) {
    const { step, layer, part, row, col } = target as KvStepTarget;
    return part === "logits"
      ? `step${step}.logits.${row},${col}`
      : `step${step}.layer${layer + 1}.${part}.${row},${col}`;
  },
};
