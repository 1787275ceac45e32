import type { ReorderedAttention } from "../../math/index.ts";
import { AttentionMapInWords } from "../attention-map/AttentionMapInWords.tsx";
import { differenceWords, reorderedWords } from "./order-shuffle-text.ts";
import { InWords } from "../../text/InWords.tsx";

interface OrderShuffleInWordsProps {
  readonly sentence: readonly string[];
  readonly run: ReorderedAttention;
}

/**
 * The text alternative of the order example: both maps row by row, where each row of the second
 * map came from, and the computed difference. Server-rendered, so it reads without JavaScript.
 */
export function OrderShuffleInWords({ sentence, run }: OrderShuffleInWordsProps) {
  const after = reorderedWords(sentence, run.order);
  return (
    <InWords label="The two maps in words" title="The two maps in words">
      <p>
        Before: “{sentence.join(" ")}”. After: “{after.join(" ")}”. Row i of the second map belongs to word{" "}
        {run.order.map((k, i) => `${i} ← ${k}`).join(", ")} of the first (new position ← old position), and so do its
        columns. Largest difference between the second map and the first with its rows and columns moved:{" "}
        {differenceWords(run.difference)}.
      </p>
      <AttentionMapInWords tokens={sentence} weights={run.before.weights} label="The map before the swap" />
      <AttentionMapInWords tokens={after} weights={run.after.weights} label="The map after the swap" />
    </InWords>
  );
}
