import {
  DEFAULT_POSITION_BASE,
  explainCacheEntry,
  explainProjection,
  explainResidual,
  explainScaledScore,
  explainScore,
  explainWeightedSum,
  formatDotExpansion,
  formatFactor,
  formatNumber,
  isRounded,
  projectRow,
  speakNumber,
  speakTerms,
  subscript,
  transpose,
  type DotExplanation,
  type KvCacheRun,
} from "../../math/index.ts";
import { withSubscripts } from "../../notation/subscripts.tsx";
import type { CellPosition } from "../../inspect/MatrixGrid.tsx";
import { describeSoftmaxWeight } from "../../text/softmax-text.ts";
import { describeTurn } from "./rope-turn-text.ts";

/** The parts of a step whose entries can be inspected. */
export type KvPart = "q" | "k" | "v" | "K" | "V" | "scores" | "scaled" | "weights" | "attended" | "output" | "logits";

/** One inspected number: which layer (−1 for the logits), which part, which entry. */
export interface KvTarget extends CellPosition {
  readonly layer: number;
  readonly part: KvPart;
}

/** What the readout shows for one number. */
interface KvText {
  readonly expansion: string;
  /** The expansion read aloud, when symbols would be read badly. */
  readonly spoken?: string;
  readonly note: string;
}

const WEIGHT_NAMES = { q: "W_Q", k: "W_K", v: "W_V" } as const;
const rel = (n: number) => (isRounded(n) ? "≈" : "=");

function dotText(name: string, e: DotExplanation, note: string): KvText {
  return {
    expansion: formatDotExpansion(name, e),
    spoken: `${name} equals ${speakTerms(e.terms)}, ${speakNumber(e.sum)}`,
    note,
  };
}

/** "“cat” (row 1)". */
export function tokenAt(run: KvCacheRun, words: readonly string[], r: number): string {
  return `“${words[r] ?? run.model.vocabulary[r] ?? "?"}” (position ${r})`;
}

/** When a cache row was written, in words. */
function originText(origin: number, step: number): string {
  if (origin === 0) return "Written by prefill and never changed since.";
  if (origin === step) return "Appended at this step.";
  return `Appended at step ${origin} and never changed since.`;
}

/**
 * The explanation of one inspected number of step `step` (0 = after prefill), built from the
 * math module's explain forms, so the text shows exactly what was computed.
 * @param words the token of every position cached by the last step
 */
export function explainKvTarget(run: KvCacheRun, step: number, words: readonly string[], target: KvTarget): KvText {
  const { part, layer: l, row: r, col: j } = target;
  const L = `layer ${l + 1}`;
  if (part === "K" || part === "V") {
    const e = explainCacheEntry(run, part, l, r, j);
    const w = part === "K" ? "W_K" : "W_V";
    if (e.rotation) {
      const turn = describeTurn(
        `K${subscript(r)}${subscript(j)}`,
        "the unturned key",
        projectRow(e.input, run.model.layers[l]!.Wk),
        e.rotation.position,
        j,
        run.options.rope?.base ?? DEFAULT_POSITION_BASE,
      );
      const wrong = e.rotation.position === r ? "" : ` That is the wrong position: the token sits at position ${r}.`;
      return {
        ...turn,
        note: `The key of ${tokenAt(run, words, r)} in ${L}, stored already turned. ${turn.note}${wrong} ${originText(e.origin, step)}`,
      };
    }
    return dotText(
      `${part}${subscript(r)}${subscript(j)}`,
      e,
      `The ${part === "K" ? "key" : "value"} of ${tokenAt(run, words, r)} in ${L}: its input to the layer times column ${j} of ${w}. ${originText(e.origin, step)}`,
    );
  }
  if (part === "logits") {
    const s = step === 0 ? run.prefill : run.steps[step - 1]!;
    const h = step === 0 ? run.prefill.layers.at(-1)!.output.at(-1)! : run.steps[step - 1]!.layers.at(-1)!.output;
    const e = explainProjection(h, transpose(run.model.E), j);
    const word = run.model.vocabulary[j]!;
    const pick = j === s.next ? " It is the largest, so greedy decoding picks this word next." : "";
    return dotText(`logit(“${word}”)`, e, `The last layer’s output r against the embedding of “${word}”.${pick}`);
  }
  const d = run.steps[step - 1]!.layers[l]!;
  const pos = d.cache.K.length - 1;
  const p = subscript(pos);
  switch (part) {
    case "q":
    case "k":
    case "v": {
      const W = run.model.layers[l]![`W${part}` as "Wq" | "Wk" | "Wv"];
      const e = explainProjection(d.xIn, W, j);
      const used =
        part === "q"
          ? " q is used for this step’s scores and then dropped: it is never cached."
          : " It is appended to the cache as its last row.";
      const unturned = part === "q" ? d.qUnrotated : part === "k" ? d.kUnrotated : undefined;
      const at = run.steps[step - 1]!.ropePosition;
      if (unturned && at !== undefined) {
        const turn = describeTurn(
          `${part}${subscript(j)}`,
          `the unturned ${part === "q" ? "query" : "key"}`,
          unturned,
          at,
          j,
          run.options.rope?.base ?? DEFAULT_POSITION_BASE,
        );
        const wrong = at === pos ? "" : ` That is the wrong position: the new token sits at position ${pos}.`;
        return { ...turn, note: `The new token’s ${part} in ${L}, turned by RoPE. ${turn.note}${wrong}${used}` };
      }
      return dotText(
        `${part}${subscript(j)}`,
        e,
        `The new token’s input x in ${L} times column ${j} of ${WEIGHT_NAMES[part]}.${used}`,
      );
    }
    case "scores":
      return dotText(
        `S${p}${subscript(j)} = q·k${subscript(j)}`,
        explainScore([d.q], d.cache.K, 0, j),
        `The new token’s query against the cached key of ${tokenAt(run, words, j)}, row ${j} of K.`,
      );
    case "scaled": {
      const e = explainScaledScore([d.scores], d.q.length, 0, j);
      return {
        expansion: `S${p}${subscript(j)} / √${e.keySize} = ${formatNumber(e.score)} / ${formatNumber(e.root)} ${rel(e.scaled)} ${formatNumber(e.scaled)}`,
        note: `Divided by √dₖ, where dₖ = ${e.keySize} is the size of one head’s keys.`,
      };
    }
    case "weights": {
      const t = describeSoftmaxWeight(d.scaled, pos, j);
      return {
        expansion: t.expansion,
        spoken: t.spoken,
        note: `Softmax over the ${d.scaled.length} cached keys: no mask is needed, because every cached key is in the past.`,
      };
    }
    case "attended":
      return dotText(
        `o${subscript(j)}`,
        explainWeightedSum([d.weights], d.cache.V, 0, j),
        `Column ${j} of the cached values V, each row weighted by its softmax weight.`,
      );
    case "output": {
      const e = explainResidual(d, j);
      return {
        expansion: `r${subscript(j)} = x${subscript(j)} + o${subscript(j)} = ${formatNumber(e.input)} + ${formatFactor(e.attended)} ${[e.input, e.attended, e.output].some((n) => isRounded(n)) ? "≈" : "="} ${formatNumber(e.output)}`,
        note: `The residual: the layer adds what attention found to its input.${l + 1 < run.model.layers.length ? ` r is the new token’s input to layer ${l + 2}.` : " r is scored against every embedding to pick the next token."}`,
      };
    }
  }
}

interface KvCacheReadoutProps {
  readonly run: KvCacheRun;
  readonly step: number;
  readonly words: readonly string[];
  readonly target: KvTarget | null;
  readonly hint: string;
}

/** The live explanation of the inspected number, or a hint while nothing is inspected. */
export function KvCacheReadout({ run, step, words, target, hint }: KvCacheReadoutProps) {
  const text = target && explainKvTarget(run, step, words, target);
  return (
    <div className="readout" aria-live="polite" aria-atomic="true">
      {text ? (
        <>
          <p className="expansion" aria-label={text.spoken}>
            {text.expansion}
          </p>
          <p>{withSubscripts(text.note)}</p>
        </>
      ) : (
        <p data-hint="">{hint}</p>
      )}
    </div>
  );
}
