import { describe, expect, it } from "vitest";
import { collectNotation } from "./collect.ts";
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
