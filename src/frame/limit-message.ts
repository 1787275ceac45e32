/**
 * A refusal from the math module as a sentence for a learner: its message without the name of
 * the function that threw ("onlineSoftmax: the tile size B must be …" becomes "The tile size B
 * must be …"); a leading symbol keeps its case. The math module words its limits (limits.ts), so an example never restates them.
 */
export function refusalSentence(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const detail = message.replace(/^[A-Za-z]+: /, "");
  // A sentence may start with a symbol ("k must be …"), whose case is its meaning: only a word is capitalised.
  return /^[a-z]{2,}\b/.test(detail) ? detail.charAt(0).toUpperCase() + detail.slice(1) : detail;
}
