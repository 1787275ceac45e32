import { runGroupedKvCache, toyGroupedDecoder, type GroupedKvCacheRun } from "../../math/index.ts";
import type { Values } from "../../frame/spec.ts";
import type { InspectCodec } from "../../frame/url-state.ts";
import type { CellPosition } from "../../inspect/MatrixGrid.tsx";

/** What a learner may change in the grouped step-through. */
export interface GroupedKvValues {
  readonly prompt: readonly string[];
  readonly steps: number;
  readonly step: number;
  readonly kvHeads: number;
}

/** Parts of a query head ("head"), of a KV head ("kv"), of a layer, and the logits. */
const HEAD_PARTS = ["q", "scores", "weights", "o"] as const;
const KV_PARTS = ["K", "V"] as const;
const LAYER_PARTS = ["concat", "h"] as const;

/** The parts of a step whose entries can be inspected. */
export type GroupedPart =
  (typeof HEAD_PARTS)[number] | (typeof KV_PARTS)[number] | (typeof LAYER_PARTS)[number] | "logits";

/**
 * One inspected number: the step it belongs to, its layer (−1 for the logits), its part, the
 * head it belongs to (query head for q, scores, weights and o; KV head for K and V; −1 for the
 * layer's concat and h and for the logits), all 0-based, and its row and column.
 */
export interface GroupedTarget extends CellPosition {
  readonly step: number;
  readonly layer: number;
  readonly part: GroupedPart;
  readonly head: number;
}

/** The run the values describe, or null when they are not a run's. */
export function groupedRunOf({ prompt, steps, kvHeads }: Values<GroupedKvValues>): GroupedKvCacheRun | null {
  try {
    return runGroupedKvCache(toyGroupedDecoder(kvHeads), [...prompt], steps);
  } catch {
    return null;
  }
}

/** [rows, columns] of a target's part at its step, or null when the step does not show it. */
export function groupedPartShape(
  run: GroupedKvCacheRun,
  t: Omit<GroupedTarget, "row" | "col">,
): [number, number] | null {
  if (t.part === "logits") return [1, run.model.vocabulary.length];
  const width = (M: readonly (readonly number[])[] | undefined) =>
    M ? ([M.length, M[0]?.length ?? 0] as [number, number]) : null;
  if (t.step === 0) {
    const kv = run.prefill.layers[t.layer]?.kv[t.head];
    return kv && (t.part === "K" || t.part === "V") ? width(kv[t.part]) : null;
  }
  const d = run.steps[t.step - 1]?.layers[t.layer];
  if (!d) return null;
  switch (t.part) {
    case "K":
    case "V":
      return width(d.cache[t.head]?.[t.part]);
    case "q":
    case "scores":
    case "weights": {
      const head = d.heads[t.head];
      return head ? [1, head[t.part].length] : null;
    }
    case "o":
      return d.heads[t.head] ? [1, d.heads[t.head]!.attended.length] : null;
    case "concat":
      return [1, d.concat.length];
    case "h":
      return [1, d.output.length];
  }
}

const FORM = /^step(\d)\.(?:layer(\d)\.(?:(head|kv)(\d{1,2})\.)?([A-Za-z]+)|logits)\.(\d{1,2}),(\d{1,2})$/;

function partOf(prefix: string | undefined, name: string): GroupedPart | null {
  const list: readonly string[] = prefix === "head" ? HEAD_PARTS : prefix === "kv" ? KV_PARTS : LAYER_PARTS;
  return list.includes(name) ? (name as GroupedPart) : null;
}

/**
 * The inspected number in a link, layers and heads numbered from 1 as the page shows them, rows
 * and columns from 0: `step1.layer2.head3.weights.0,2` (query head 3's weight of key 2),
 * `step1.layer1.kv2.K.3,0` (row 3, column 0 of KV head 2's key cache), `step1.layer1.h.0,2`,
 * `step1.logits.0,4`. The step is part of the text: stepping drops the inspection.
 */
export const groupedTargetCodec: InspectCodec<GroupedKvValues> = {
  form: "step.layer.head.part.row,column, e.g. step1.layer1.head3.weights.0,2 or step1.layer1.kv2.K.3,0",
  read(text, values) {
    const match = FORM.exec(text.trim());
    if (!match || Number(match[1]) !== values.step) return null;
    const logits = match[5] === undefined;
    const part = logits ? "logits" : partOf(match[3], match[5]!);
    if (part === null) return null;
    const layer = logits ? -1 : Number(match[2]) - 1;
    const head = match[4] === undefined ? -1 : Number(match[4]) - 1;
    const run = groupedRunOf(values);
    if (!run || layer >= run.model.layers.length) return null;
    const target = { step: values.step, layer, part, head };
    const shape = groupedPartShape(run, target);
    const row = Number(match[6]);
    const col = Number(match[7]);
    if (!shape || row >= shape[0] || col >= shape[1]) return null;
    return { ...target, row, col } satisfies GroupedTarget;
  },
  write(target) {
    const { step, layer, part, head, row, col } = target as GroupedTarget;
    if (part === "logits") return `step${step}.logits.${row},${col}`;
    const owner = (HEAD_PARTS as readonly string[]).includes(part)
      ? `head${head + 1}.`
      : part === "K" || part === "V"
        ? `kv${head + 1}.`
        : "";
    return `step${step}.layer${layer + 1}.${owner}${part}.${row},${col}`;
  },
};
