// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { pagedCacheAt, prefixSharing } from "../../math/index.ts";
import { readUrlState } from "../../frame/url-state.ts";
import { PagedCacheExample } from "./PagedCacheExample.tsx";
import { pagedCacheSpec } from "./PagedCacheExample.editing.ts";
import { pagedCacheExampleSchema } from "./PagedCacheExample.schema.ts";
import { describeTableEntry, memoryLines, presetBytesPerToken } from "./paged-words.ts";

/** The page's scenario: 2 sequences share a 6-token prompt in blocks of 4, then write 4 tokens each. */
const INPUT = { sequences: 2, promptTokens: 6, generatedTokens: 4, blockSize: 4, maxLength: 16 };
const PROPS = { id: "paged-cache", ...INPUT };

beforeEach(() => window.history.replaceState(null, "", "/concepts/paged-kv-cache/"));
afterEach(cleanup);

const text = (el: Element | null) => (el?.textContent ?? "").replace(/\u00a0/g, " ");
const button = (name: string) =>
  within(screen.getByRole("group", { name: "Step controls" })).getByRole("button", { name });
const tableCells = () => [
  ...screen.getByRole("group", { name: "Block tables" }).querySelectorAll<HTMLElement>("[data-cell]"),
];

describe("the paged cache in words (worked by hand)", () => {
  it("at step 1 sequence 0 has copied the part-full prompt block 1 into block 2", () => {
    // Prompt blocks: 0 = tokens 0–3 (full), 1 = tokens 4–5. Sequence 0 writes token 6 first: block 1
    // is shared, so it copies it into block 2 and writes there (3 of 4 filled); sequence 1 is then
    // block 1's only user and writes into it.
    const at = pagedCacheAt(INPUT, 1);
    expect(describeTableEntry(INPUT, at, 0, 1)).toBe(
      "Sequence 0, logical block 1 → physical block 2: tokens 4 to 6 (3 of 4 slots filled, 1 slot free), used by sequence 0 only (reference count 1). It was copied from block 1 when sequence 0 first wrote a token of its own into that shared block (copy on write).",
    );
    expect(describeTableEntry(INPUT, at, 1, 0)).toBe(
      "Sequence 1, logical block 0 → physical block 0: tokens 0 to 3 (4 of 4 slots filled), shared by sequences 0 and 1 (reference count 2), so it is stored once. It was written by prefill.",
    );
  });

  it("the memory summary: 6 blocks without sharing, 5 with; Llama 3 8B's 131,072 bytes per token", () => {
    // Per token: 2 (K and V) · 32 layers · 8 KV heads · 128 · 2 bytes = 131,072 bytes = 128 KiB.
    expect(presetBytesPerToken().bytes).toBe(131_072);
    const lines = memoryLines(INPUT, prefixSharing(INPUT));
    expect(lines[0]).toBe("Without sharing, every sequence keeps its own ⌈10/4⌉ = 3 blocks: 2 · 3 = 6 blocks.");
    expect(lines[1]).toBe(
      "With sharing: 1 full prompt block stored once, + 2 for the prompt's part-full last block (1 copy on write), + 2 new = 5 blocks. Saved: 1 block, 4 token slots.",
    );
    // 4 slots · 128 KiB = 512 KiB; 16 slots allocated, 16 tokens stored (the shared 4 once) → 20 − 16 = 4 empty.
    expect(lines[2]).toContain("the saving is 512 KiB; the paged cache leaves 4 slots (512 KiB) empty");
    // 2 · 16 = 32 slots = 4 MiB reserved; 20 used; 12 wasted = 1.5 MiB.
    expect(lines[3]).toBe(
      "A contiguous cache reserving 16 tokens per sequence takes 2 · 16 = 32 slots (4 MiB), uses 20 and wastes 12 slots (1.5 MiB), and cannot share the prompt.",
    );
  });
});

describe("PagedCacheExample", () => {
  it("starts after prefill with both tables pointing at blocks 0 and 1", () => {
    render(<PagedCacheExample {...PROPS} />);
    expect(tableCells().map((c) => c.textContent)).toEqual(["0", "1", "0", "1"]);
    expect(text(document.querySelector(".step-status"))).toBe(
      "Step 0 of 4, after prefill: the 6 prompt tokens are written once, into 2 physical blocks that all 2 sequences share.",
    );
  });

  it("Step writes one token per sequence: sequence 0's copy appears and the URL says ?paged-cache.step=1", () => {
    render(<PagedCacheExample {...PROPS} />);
    fireEvent.click(button("Step"));
    expect(window.location.search).toBe("?paged-cache.step=1");
    expect(tableCells().map((c) => c.textContent)).toEqual(["0", "2", "0", "1"]);
    expect(text(document.querySelector(".step-status"))).toContain("(1 copy on write); 3 physical blocks in use");
  });

  it("inspecting an entry outlines the other sequence's entry for the same block and marks it in the pool", () => {
    render(<PagedCacheExample {...PROPS} />);
    fireEvent.focus(tableCells()[0]!);
    expect(tableCells().map((c) => c.dataset.role ?? null)).toEqual(["inspected", null, "ingredient", null]);
    expect(text(document.querySelector(".paged-example .readout"))).toContain("shared by sequences 0 and 1");
    expect(text(document.querySelector(".paged-pool tr[data-pointed]"))).toContain("0 ◀ inspected");
  });

  it("the text version lists every step's tables", () => {
    render(<PagedCacheExample {...PROPS} />);
    const words = screen.getByRole("region", { name: "The paged cache, step by step, in words" });
    expect(text(words)).toContain("Block tables: sequence 0 → [0, 1]; sequence 1 → [0, 1].");
    // Step 3: token 8 opens logical block 2 in each sequence: fresh blocks 3 and 4.
    expect(text(words)).toContain("Block tables: sequence 0 → [0, 2, 3]; sequence 1 → [0, 1, 4].");
  });

  it("numbers too many to draw get the totals only, with a sentence saying so", () => {
    render(
      <PagedCacheExample
        {...PROPS}
        sequences={16}
        promptTokens={1000}
        generatedTokens={200}
        blockSize={16}
        maxLength={2048}
      />,
    );
    expect(screen.queryByRole("group", { name: "Block tables" })).toBeNull();
    expect(text(document.querySelector(".paged-too-large"))).toContain("drawn for up to 8 sequences of 16 blocks");
    // Without sharing 16 · ⌈1200/16⌉ = 16 · 75 = 1,200 blocks; with: 62 full prompt blocks once,
    // the part-full one (8 tokens) 16 times, and ⌈(200 − 8)/16⌉ = 12 new each: 62 + 16 + 192 = 270.
    expect(text(document.querySelector(".paged-memory"))).toContain("16 · 75 = 1,200 blocks");
    expect(text(document.querySelector(".paged-memory"))).toContain("= 270 blocks");
  });
});

describe("pagedCacheSpec and pagedCacheExampleSchema", () => {
  const authored = { ...INPUT, step: 0 };
  const fromUrl = (query: string) => readUrlState(pagedCacheSpec, "paged-cache", authored, new URLSearchParams(query));

  it("reads a link with other numbers and a step", () => {
    const state = fromUrl("paged-cache.sequences=3&paged-cache.blockSize=2&paged-cache.step=4");
    expect(state.problems).toEqual([]);
    expect(state.values).toMatchObject({ sequences: 3, blockSize: 2, step: 4 });
  });

  it.each([
    ["paged-cache.blockSize=abc", "block size B"],
    ["paged-cache.blockSize=11", "The block size B must be a whole number from 1 to 10"],
    ["paged-cache.maxLength=8", "The reserved length must be a whole number from 10"],
    ["paged-cache.sequences=0", "number of sequences"],
    ["paged-cache.step=5", "Step 5 is past the last step"],
  ] as const)("refuses %s naming the field, keeping the page's numbers", (query, named) => {
    const state = fromUrl(query);
    expect(state.problems).toHaveLength(1);
    expect(state.problems[0]).toContain(named);
    expect(state.values).toEqual(authored);
  });

  it("the schema refuses a block larger than a sequence and a reserved length shorter than one", () => {
    expect(pagedCacheExampleSchema.parse(PROPS).step).toBe(0);
    const big = pagedCacheExampleSchema.safeParse({ ...PROPS, blockSize: 11 });
    expect(big.success).toBe(false);
    expect(big.error?.issues[0]?.message).toContain("The block size B must be a whole number from 1 to 10");
    expect(pagedCacheExampleSchema.safeParse({ ...PROPS, maxLength: 9 }).success).toBe(false);
    expect(pagedCacheExampleSchema.safeParse({ ...PROPS, step: 5 }).success).toBe(false);
  });

  it("a link's inspected entry round-trips and an entry past this step's tables is refused", async () => {
    const codec = pagedCacheSpec.inspect!;
    expect(codec.read("1,2", { ...authored, step: 3 })).toEqual({ row: 1, col: 2 });
    expect(codec.read("1,2", authored)).toBeNull();
    window.history.replaceState(null, "", "/concepts/paged-kv-cache/?paged-cache.step=1&paged-cache.inspect=0,1");
    render(<PagedCacheExample {...PROPS} />);
    await act(async () => {});
    expect(text(document.querySelector(".paged-example .readout"))).toContain("physical block 2");
  });
});

describe("where a block's tokens came from", () => {
  it("a prompt block a sequence has filled after prefill says which tokens are whose; a fresh block says it holds only its own", () => {
    const at = pagedCacheAt(INPUT, 3);
    // Sequence 1 kept block 1 (tokens 4–5 from prefill) and wrote 6 and 7 into it; token 8 opened block 4.
    expect(describeTableEntry(INPUT, at, 1, 1)).toContain(
      "Prefill wrote its prompt tokens 4 to 5; the rest are sequence 1’s own.",
    );
    expect(describeTableEntry(INPUT, at, 1, 2)).toBe(
      "Sequence 1, logical block 2 → physical block 4: token 8 (1 of 4 slots filled, 3 slots free), used by sequence 1 only (reference count 1). It holds only sequence 1’s own tokens, in a block taken when the last one was full.",
    );
  });
});
