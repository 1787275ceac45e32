import { attentionKind, checkHeadCounts, kvHeadChoices, type AttentionKind } from "../math/index.ts";

/** The three kinds in words, as the pages name them. */
export const KIND_NAMES: Readonly<Record<AttentionKind, string>> = {
  MHA: "multi-head attention",
  GQA: "grouped-query attention",
  MQA: "multi-query attention",
};

/** "1 KV head", "2 KV heads". */
export function kvHeadsText(kvHeads: number): string {
  return `${kvHeads} KV ${kvHeads === 1 ? "head" : "heads"}`;
}

/** "heads 1 and 2", "heads 1, 2 and 3", "head 4": head numbers from 1, written with their word. */
export function headList(numbers: readonly number[], word = "head"): string {
  if (numbers.length === 1) return `${word} ${numbers[0]}`;
  return `${word}s ${numbers.slice(0, -1).join(", ")} and ${numbers.at(-1)}`;
}

/**
 * How h query heads share their KV heads, in one phrase: "GQA: 4 query heads share 2 KV heads,
 * 2 query heads per KV head", "MHA: 4 query heads, each with its own KV head", "MQA: 4 query
 * heads share 1 KV head".
 * @throws HeadCountError when the counts do not divide
 */
export function describeSharing(queryHeads: number, kvHeads: number): string {
  const group = checkHeadCounts(queryHeads, kvHeads);
  const kind = attentionKind(queryHeads, kvHeads);
  const query = `${queryHeads} query ${queryHeads === 1 ? "head" : "heads"}`;
  if (kind === "MHA")
    return queryHeads === 1 ? `MHA: ${query} with its own KV head` : `MHA: ${query}, each with its own KV head`;
  if (kind === "MQA") return `MQA: ${query} share 1 KV head`;
  return `GQA: ${query} share ${kvHeadsText(kvHeads)}, ${group} query heads per KV head`;
}

/**
 * The refusal for KV heads that do not divide the query heads, with the counts that would:
 * "4 query heads cannot share 3 KV heads: … Choose 4 (MHA), 2 (GQA) or 1 (MQA)."
 * Null when the counts divide.
 */
export function headCountProblem(queryHeads: number, kvHeads: number): string | null {
  try {
    checkHeadCounts(queryHeads, kvHeads);
    return null;
  } catch (error) {
    const choices = kvHeadChoices(queryHeads).map((g) => `${g} (${attentionKind(queryHeads, g)})`);
    const listed = choices.length === 1 ? choices[0] : `${choices.slice(0, -1).join(", ")} or ${choices.at(-1)}`;
    return `${(error as Error).message} Choose ${listed}.`;
  }
}
