import { pagedCacheAt, type PrefixSharingInput } from "../../math/index.ts";
import { DRAWN_LIMITS } from "./PagedCacheExample.editing.ts";
import { describePagedStep } from "./paged-words.ts";
import { InWords } from "../../text/InWords.tsx";

/** "sequence 0 → [0, 1]; sequence 1 → [0, 2]": every block table at a step. */
export function tablesText(tables: readonly (readonly number[])[]): string {
  return tables.map((t, s) => `sequence ${s} → [${t.join(", ")}]`).join("; ");
}

/** Whether the scenario is small enough to draw and to list step by step. */
export function isDrawn(input: PrefixSharingInput): boolean {
  const blocks = Math.ceil((input.promptTokens + input.generatedTokens) / input.blockSize);
  return input.sequences <= DRAWN_LIMITS.sequences && blocks <= DRAWN_LIMITS.blocks;
}

/**
 * The whole run as text: every step's block tables and what it allocated or copied (the memory
 * summary is text already, beside it). Rendered on the server, so it reads without JavaScript.
 * Scenarios larger than DRAWN_LIMITS are not listed step by step.
 */
export function PagedCacheInWords({ input }: { readonly input: PrefixSharingInput }) {
  const steps = isDrawn(input) ? Array.from({ length: input.generatedTokens + 1 }, (_, k) => k) : [];
  return (
    <InWords label="The paged cache, step by step, in words" title="Every step in words">
      {steps.length === 0 ? (
        <p>
          These numbers are too many to list step by step (up to {DRAWN_LIMITS.sequences} sequences of{" "}
          {DRAWN_LIMITS.blocks} blocks are); the totals are above.
        </p>
      ) : (
        <dl>
          {steps.map((k) => {
            const at = pagedCacheAt(input, k);
            return (
              <div key={k}>
                <dt>{k === 0 ? "Step 0: prefill" : `Step ${k}`}</dt>
                <dd>
                  {describePagedStep(input, at)} Block tables: {tablesText(at.tables)}.
                </dd>
              </div>
            );
          })}
        </dl>
      )}
    </InWords>
  );
}
