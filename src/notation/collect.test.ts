import { describe, expect, it } from "vitest";
import { collectNotation, symbolKey, type NotationModules } from "./collect.ts";
import type { NotationEntry } from "../data/notation/types.ts";

const slugs = new Set(["qkv-projections", "kv-cache"]);
const wq: NotationEntry = {
  symbol: "W",
  sub: "Q",
  meaning: "The query weight matrix.",
  introducedIn: "qkv-projections",
};

describe("collectNotation", () => {
  it("lists every file's entries sorted, a symbol repeated with the same meaning once", () => {
    const t: NotationEntry = { symbol: "t", meaning: "Tokens in the cache.", introducedIn: "kv-cache" };
    const list = collectNotation({ "/b.ts": { notation: [t, wq] }, "/a.ts": { notation: [wq] } }, slugs);
    expect(list.map((entry) => [entry.symbol, entry.sub, entry.file])).toEqual([
      ["t", undefined, "/b.ts"],
      ["W", "Q", "/a.ts"],
    ]);
  });

  it("refuses a symbol with two meanings, naming both files", () => {
    const other = { ...wq, meaning: "Something else." };
    expect(() => collectNotation({ "/a.ts": { notation: [wq] }, "/b.ts": { notation: [other] } }, slugs)).toThrow(
      /W sub Q has two meanings: .*\(\/a\.ts\) and .*\(\/b\.ts\)/,
    );
  });

  it("lets a page-only meaning stand beside the site-wide one, but not two on one page", () => {
    const local = { ...wq, meaning: "A paper's own W.", introducedIn: "kv-cache", pageOnly: true };
    const list = collectNotation({ "/a.ts": { notation: [wq] }, "/b.ts": { notation: [local] } }, slugs);
    expect(list.map((entry) => entry.meaning)).toEqual(["The query weight matrix.", "A paper's own W."]);
    const clash = { ...local, meaning: "Yet another W." };
    expect(() => collectNotation({ "/b.ts": { notation: [local] }, "/c.ts": { notation: [clash] } }, slugs)).toThrow(
      /two meanings/,
    );
  });

  it("keeps a symbol and the same letter with a subscript apart", () => {
    const w: NotationEntry = { symbol: "W", meaning: "A weight matrix.", introducedIn: "qkv-projections" };
    expect(collectNotation({ "/a.ts": { notation: [w, wq] } }, slugs)).toHaveLength(2);
  });

  it("refuses a page that does not exist and a file without the export", () => {
    expect(() => collectNotation({ "/a.ts": { notation: [{ ...wq, introducedIn: "nope" }] } }, slugs)).toThrow(
      /"nope", which is not a concept page/,
    );
    expect(() => collectNotation({ "/a.ts": {} }, slugs)).toThrow(/expected an export/);
  });
});

describe("the site's notation files", () => {
  const modules: NotationModules = import.meta.glob(
    ["/src/data/notation/*.ts", "!/src/data/notation/types.ts", "!/src/data/notation/*.test.ts"],
    { eager: true },
  );
  const entries = Object.values(modules).flatMap((module) => module.notation ?? []);

  it("keep a page-only meaning only where a paper's letter would part the page from its source", () => {
    // Each of these keeps its paper's letter on its own page; anything else takes a site-wide symbol
    // (the permutation matrix became Π, the paged cache's P and B and the sampling draw u are site-wide,
    // online softmax's tile is FlashAttention's B_c, the paged cache names its sequences in words,
    // FlashAttention's weights are A, not P, and the MLP's rows are named pre and hidden in words).
    expect(
      entries
        .filter((entry) => entry.pageOnly)
        .map((entry) => `${symbolKey(entry)} on ${entry.introducedIn}`)
        .sort(),
    ).toEqual(["M on flash-attention", "m on rotary-position-embedding", "n on rotary-position-embedding"]);
  });

  it("give every site-wide symbol one meaning and every symbol a page", () => {
    const slugs = new Set(entries.map((entry) => entry.introducedIn));
    expect(() => collectNotation(modules, slugs)).not.toThrow();
    expect(entries.find((entry) => entry.symbol === "Π")?.introducedIn).toBe("attention-ignores-order");
    expect(entries.filter((entry) => entry.symbol === "h" && entry.sub === "kv")).toHaveLength(1);
    expect(entries.some((entry) => entry.sub === "kv heads")).toBe(false);
  });
});
