import type { ReactNode } from "react";
import {
  explainConcatEntry,
  explainGroupedCacheEntry,
  explainGroupedOutput,
  explainProjection,
  explainScaledScore,
  explainScore,
  explainWeightedSum,
  formatDotExpansion,
  formatNumber,
  formatTerms,
  isRounded,
  queryHeadsOf,
  speakNumber,
  speakTerms,
  subscript,
  transpose,
  type DotExplanation,
  type GroupedKvCacheRun,
} from "../../math/index.ts";
import { headList } from "../../text/head-sharing.ts";
import { describeSoftmaxWeight } from "../../text/softmax-text.ts";
import { WeightName, type WeightLetter } from "../../text/WeightName.tsx";
import type { GroupedTarget } from "./GroupedKvTarget.ts";

/** What the readout shows for one number. */
export interface GroupedText {
  readonly expansion: ReactNode;
  /** The expansion read aloud, when symbols would be read badly. */
  readonly spoken?: string;
  readonly note: ReactNode;
}

const rel = (...ns: number[]) => (ns.some((n) => isRounded(n)) ? "≈" : "=");
const W = (letter: WeightLetter) => <WeightName of={letter} />;

function dotText(name: string, spokenName: string, e: DotExplanation, note: ReactNode): GroupedText {
  return {
    expansion: formatDotExpansion(name, e),
    spoken: `${spokenName} equals ${speakTerms(e.terms)}, ${speakNumber(e.sum)}`,
    note,
  };
}

/** "“cat” (position 1)". */
function tokenAt(words: readonly string[], r: number): string {
  return `“${words[r] ?? "?"}” (position ${r})`;
}

/** When a cache row was written, in words. */
function originText(origin: number, step: number): string {
  if (origin === 0) return "Written by prefill and never changed since.";
  if (origin === step) return "Appended at this step.";
  return `Appended at step ${origin} and never changed since.`;
}

/** The query heads (numbered from 1) that read KV head g. */
function readers(run: GroupedKvCacheRun, l: number, g: number): string {
  const { Wq, Wk } = run.model.layers[l]!;
  return headList(
    queryHeadsOf(g, Wq.length, Wk.length).map((h) => h + 1),
    "query head",
  );
}

/**
 * The explanation of one inspected number of step `step` (0 = after prefill), built from the
 * math module's explain forms, so the text shows exactly what was computed.
 * @param words the token at every position the run caches
 */
export function explainGroupedTarget(
  run: GroupedKvCacheRun,
  step: number,
  words: readonly string[],
  target: GroupedTarget,
): GroupedText {
  const { part, layer: l, head, row: r, col: j } = target;
  const L = `layer ${l + 1}`;
  if (part === "K" || part === "V") {
    const e = explainGroupedCacheEntry(run, part, l, head, r, j);
    const kind = part === "K" ? "key" : "value";
    return dotText(
      `${part}${subscript(r)}${subscript(j)}`,
      `${part} ${r} ${j}`,
      e,
      <>
        The {kind} of {tokenAt(words, r)} in KV head {head + 1} of {L}: its input to the layer times column {j} of that
        KV head’s {W(part)}. {originText(e.origin, step)} Read by {readers(run, l, head)}.
      </>,
    );
  }
  if (part === "logits") {
    const result = step === 0 ? run.prefill : run.steps[step - 1]!;
    const h = step === 0 ? run.prefill.layers.at(-1)!.output.at(-1)! : run.steps[step - 1]!.layers.at(-1)!.output;
    const e = explainProjection(h, transpose(run.model.E), j);
    const word = run.model.vocabulary[j]!;
    const pick = j === result.next ? " It is the largest, so greedy decoding picks this word next." : "";
    return dotText(
      `logit(“${word}”)`,
      `logit of ${word}`,
      e,
      `The last layer’s r against the embedding of “${word}”.${pick}`,
    );
  }
  const d = run.steps[step - 1]!.layers[l]!;
  const pos = d.cache[0]!.K.length - 1;
  const H = head + 1;
  const h = d.heads[head];
  switch (part) {
    case "q": {
      const e = explainProjection(d.xIn, run.model.layers[l]!.Wq[head]!, j);
      return dotText(
        `q${subscript(j)}`,
        `q ${j} of query head ${H}`,
        e,
        <>
          Query head {H}’s own query: the new token’s x in {L} times column {j} of head {H}’s {W("Q")}. Every query head
          has its own {W("Q")}, whichever KV head it reads. Used for this step’s scores, then dropped: q is never
          cached.
        </>,
      );
    }
    case "scores": {
      const e = explainScore([h!.q], d.cache[h!.kvHead]!.K, 0, j);
      const scaled = explainScaledScore([h!.scores], h!.q.length, 0, j);
      return dotText(
        `S${subscript(pos)}${subscript(j)} = q·k${subscript(j)}`,
        `score ${pos} ${j} of query head ${H}`,
        e,
        <>
          Query head {H}’s query against the cached key of {tokenAt(words, j)}, row {j} of KV head {h!.kvHead + 1}’s K,
          which it shares with the other heads of its group. Divided by √d<sub>k</sub> = √{scaled.keySize}{" "}
          {rel(scaled.root)} {formatNumber(scaled.root)} it is {formatNumber(scaled.scaled)}.
        </>,
      );
    }
    case "weights": {
      const t = describeSoftmaxWeight(h!.scaled, pos, j);
      return {
        expansion: t.expansion,
        spoken: t.spoken,
        note: `Query head ${H}’s own softmax over the ${h!.scaled.length} keys of KV head ${h!.kvHead + 1}: an ordinary softmax, its weights add up to 1. The other query heads reading these keys get weights of their own from their own queries.`,
      };
    }
    case "o":
      return dotText(
        `o${subscript(j)}`,
        `o ${j} of query head ${H}`,
        explainWeightedSum([h!.weights], d.cache[h!.kvHead]!.V, 0, j),
        `Column ${j} of KV head ${h!.kvHead + 1}’s cached values, each row weighted by query head ${H}’s softmax weight.`,
      );
    case "concat": {
      const e = explainConcatEntry(
        d.heads.map((x) => [x.attended]),
        0,
        j,
      );
      return {
        expansion: `c${subscript(j)} = o${subscript(e.headColumn)} of query head ${e.head + 1} ${rel(e.value)} ${formatNumber(e.value)}`,
        note: `The ${d.heads.length} query heads’ outputs side by side, ${d.heads[0]!.attended.length} entries each: entry ${j} is copied from query head ${e.head + 1}.`,
      };
    }
    case "h": {
      const e = explainGroupedOutput(d, run.model.layers[l]!.WO, j);
      return {
        expansion: (
          <>
            r{subscript(j)} = x{subscript(j)} + (c·{W("O")}){subscript(j)} = {formatNumber(e.input)} + (
            {formatTerms(e.mixed.terms)}) {rel(e.input, e.mixed.sum, e.output)} {formatNumber(e.output)}
          </>
        ),
        spoken: `r ${j} equals x ${j}, ${speakNumber(e.input)}, plus ${speakTerms(e.mixed.terms)}, ${speakNumber(e.output)}`,
        note: (
          <>
            {W("O")} mixes the heads: the concatenation c times column {j} of {W("O")}, added to the layer’s input x
            (the residual).
            {l + 1 < run.model.layers.length
              ? ` h is the new token’s input to layer ${l + 2}.`
              : " h is scored against every embedding to pick the next token."}
          </>
        ),
      };
    }
  }
}

interface GroupedReadoutProps {
  readonly run: GroupedKvCacheRun;
  readonly step: number;
  readonly words: readonly string[];
  readonly target: GroupedTarget | null;
  readonly hint: string;
}

/** The live explanation of the inspected number, or a hint while nothing is inspected. */
export function GroupedReadout({ run, step, words, target, hint }: GroupedReadoutProps) {
  const text = target && explainGroupedTarget(run, step, words, target);
  return (
    <div className="readout" aria-live="polite" aria-atomic="true">
      {text ? (
        <>
          <p className="expansion" aria-label={text.spoken}>
            {text.expansion}
          </p>
          <p>{text.note}</p>
        </>
      ) : (
        <p>{hint}</p>
      )}
    </div>
  );
}
