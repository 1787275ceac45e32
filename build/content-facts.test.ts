/**
 * The facts issue 16 corrected, checked in the pages' sources so that none comes back: each entry
 * names the page, the wrong claim (which must not be there) and the corrected wording with its
 * source (which must be). Lines are joined first, so a phrase is found across a line break.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CACHE_PRESETS } from "../src/math/cache-size.ts";
import { solveExercise } from "../src/exercises/index.ts";
import { loadConceptCatalog } from "./concepts.ts";

const root = resolve(import.meta.dirname, "..");

/** content/<slug>.mdx with its line breaks and runs of spaces made single spaces. */
function page(slug: string): string {
  return readFileSync(resolve(root, "content", `${slug}.mdx`), "utf8").replace(/\s+/g, " ");
}

interface Fact {
  readonly fact: string;
  readonly slug: string;
  /** The claims that were wrong or overstated; none may appear. */
  readonly wrong: readonly RegExp[];
  /** The corrected wording and its source; each must appear. */
  readonly right: readonly RegExp[];
}

const FACTS: readonly Fact[] = [
  {
    fact: "1. the KV cache grows with key/value heads, not with heads or layers as such (GQA/MQA)",
    slug: "multi-head-attention",
    wrong: [/keeps its own keys and values/, /more heads, or more layers, stores more/],
    right: [
      /2 · h<sub>kv<\/sub> · d<sub>head<\/sub> numbers per token and layer/,
      /adding query heads does not grow that/,
      /Llama 3 8B: 32 query heads, 8 key\/value heads/,
      /Shazeer 2019; Ainslie et al\. 2023/,
    ],
  },
  {
    fact: "2. W_O mixes the heads into the residual stream; the concatenation is already d_model wide",
    slug: "multi-head-attention",
    wrong: [/brings the width back/, /2 \+ 2 columns in, 4 out/],
    right: [/does not have to restore the width/, /Vaswani et al\. \(2017, §3\.2\.2\)/, /added to the residual stream/],
  },
  {
    fact: "4. fp16's limit is 65,504; bf16 keeps fp32's range; the site computes in 64-bit floats",
    slug: "softmax",
    wrong: [/16-bit floats the limit is about 65/],
    right: [
      /JavaScript's numbers, 64-bit floats/,
      /bf16, which keeps fp32's range/,
      /fp16, whose largest value is 65,504/,
    ],
  },
  {
    fact: "5. sequences that share a prefix can share its cache blocks (PagedAttention)",
    slug: "prefill-and-decode",
    wrong: [/each sequence still needs its own cache/],
    right: [/share a prefix .{0,40}can share the cache blocks of that prefix/, /Kwon et al\. 2023/],
  },
  {
    fact: "6. normalising down a column is not what transformer attention does (Slot Attention does it)",
    slug: "inference-misconceptions",
    wrong: [/not a mixture anyone uses/],
    right: [
      /That is not what transformer attention does/,
      /Slot Attention normalises over its slots/,
      /Locatello et al\. 2020/,
    ],
  },
  {
    fact: "7. the toy decoder's cache bookkeeping is what a real decoder does, not every number",
    slug: "kv-cache",
    wrong: [/every number is computed the same way a real decoder/],
    right: [
      /What carries over to a real decoder is the cache bookkeeping/,
      /applied by RoPE to the keys before they are cached/,
    ],
  },
  {
    fact: "8. the press claim that old Q and K are reused and only V is computed gets its own entry",
    slug: "inference-misconceptions",
    wrong: [/it needs all cached keys too/],
    right: [
      /## “The Q and K of the existing tokens are reused, and only V is computed for the new token”/,
      /old queries are never reused or kept/,
      /key \*\*and\*\* value at every layer/,
    ],
  },
  {
    fact: "weaker: the map and the two heads say they have no causal mask",
    slug: "self-attention-map",
    wrong: [],
    right: [/This map has no causal mask/],
  },
  {
    fact: "weaker: the two heads say they have no causal mask",
    slug: "multi-head-attention",
    wrong: [],
    right: [/these heads have no causal mask/],
  },
  {
    fact: "weaker: d_k = d_model/h is Vaswani's choice, not a rule",
    slug: "scaled-scores",
    wrong: [/d_k\s*=\s*d_\{?\\text\{model\}\}?\s*\/\s*h\$? always/],
    right: [/A common choice, and the original Transformer's, is \$d_k = d_\{\\text\{model\}\} \/ h\$/],
  },
  {
    fact: "weaker: a smaller cache speeds the read, not the whole step (weights are read too)",
    slug: "kv-cache-cost",
    wrong: [/read four times faster/],
    right: [/The step as a whole speeds up by less: it also reads the model's weights/],
  },
  {
    fact: "weaker: decode is memory-bound at typical serving batch sizes, not always",
    slug: "prefill-and-decode",
    wrong: [/decod\w+ is always memory-bound/],
    right: [/at typical serving batch sizes is memory-bound/],
  },
  {
    fact: "weaker: cached and recomputed results agree exactly in exact arithmetic, to rounding on hardware",
    slug: "kv-cache",
    wrong: [],
    right: [/In exact arithmetic the two give the same numbers\. On real hardware they agree to rounding/],
  },
  {
    fact: "weaker: Q, K and V come from the embedding row in the first layer only",
    slug: "qkv-projections",
    wrong: [],
    right: [/the first layer that row is the token's embedding; in later layers/],
  },
  {
    fact: "weaker: the weighted sum is not yet what the next layer receives (W_O, the residual)",
    slug: "weighted-sum-of-values",
    wrong: [/what the next layer works with/],
    right: [/It is not yet what the next layer receives/],
  },
  {
    fact: "weaker: a real vocabulary (Llama 3: 128,256 tokens)",
    slug: "token-embeddings",
    wrong: [],
    right: [/Llama 3's holds 128,256/],
  },
];

describe("the facts of issue 16 stay corrected", () => {
  it.each(FACTS.map((f) => [f.fact, f] as const))("%s", (_, { slug, wrong, right }) => {
    const text = page(slug);
    for (const claim of wrong) expect(text, `content/${slug}.mdx still says ${claim}`).not.toMatch(claim);
    for (const claim of right) expect(text, `content/${slug}.mdx no longer says ${claim}`).toMatch(claim);
  });

  it("3. Llama 3 8B's 8,192 tokens are cited to its configuration; the 128K paper goes with Llama 3.1 8B", () => {
    const llama3 = CACHE_PRESETS.find((p) => p.id === "llama3-8b")!;
    expect(llama3.shape.seqLen).toBe(8192);
    expect(llama3.source).toContain("max_position_embeddings 8192");
    expect(llama3.source).not.toContain("Herd");
    const llama31 = CACHE_PRESETS.find((p) => p.id === "llama3.1-8b-128k")!;
    expect(llama31.shape.seqLen).toBe(131_072);
    expect(llama31.source).toContain("The Llama 3 Herd of Models");
    // The paper on the 128K model is cited for no shorter context.
    for (const preset of CACHE_PRESETS.filter((p) => p.source.includes("Herd"))) {
      expect(preset.shape.seqLen, preset.name).toBe(131_072);
    }
  });

  it("weaker: the required path holds every page a required page builds on (scaled scores, the map)", () => {
    const { concepts } = loadConceptCatalog(resolve(root, "content"), root);
    const required = new Set(concepts.filter((c) => c.required).map((c) => c.slug));
    expect(required.has("scaled-scores")).toBe(true);
    expect(required.has("self-attention-map")).toBe(true);
    for (const concept of concepts.filter((c) => c.required)) {
      for (const before of concept.requires) {
        expect(required.has(before), `${concept.slug} is required and builds on ${before}`).toBe(true);
      }
    }
  });

  it("weaker: the masked-keys exercise for query 0 never calls an empty selection “the earlier tokens”", () => {
    const solved = solveExercise({ kind: "masked-keys", tokens: ["The", "cat", "sat"], i: 0 });
    expect(JSON.stringify(solved)).not.toContain("earlier tokens");
    // For a later query that slip is still recognised.
    expect(JSON.stringify(solveExercise({ kind: "masked-keys", tokens: ["The", "cat", "sat"], i: 2 }))).toContain(
      "earlier tokens",
    );
  });
});
