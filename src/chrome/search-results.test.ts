import { describe, expect, it } from "vitest";
import {
  excerptParts,
  marksQuery,
  resultCountLabel,
  shapeResults,
  subscriptParts,
  type PagefindPage,
} from "./search-results.ts";

const softmax: PagefindPage = {
  url: "/concepts/softmax/",
  excerpt: "without <mark>overflow.</mark>",
  meta: { title: "Softmax" },
  sub_results: [
    {
      url: "/concepts/softmax/",
      title: "Softmax",
      excerpt: "compute it without <mark>overflow.</mark>",
      locations: [12],
    },
    { url: "/concepts/softmax/#rows", title: "Across each row", excerpt: "no match here", locations: [] },
    {
      url: "/concepts/softmax/#subtract",
      title: "Subtract the largest score first",
      excerpt: "nothing <mark>overflows</mark>, and <mark>overflow</mark>",
      locations: [80, 95],
    },
    { url: "/concepts/softmax/#why", title: "Why it matters", excerpt: "an <mark>overflow</mark>", locations: [140] },
  ],
};

describe("shapeResults", () => {
  it("shapeResults(pages) lists the sections with the most matches of each page, in reading order, linked to their headings", () => {
    expect(shapeResults([softmax])).toEqual([
      { page: "Softmax", url: "/concepts/softmax/", excerpt: "compute it without <mark>overflow.</mark>" },
      {
        page: "Softmax",
        section: "Subtract the largest score first",
        url: "/concepts/softmax/#subtract",
        excerpt: "nothing <mark>overflows</mark>, and <mark>overflow</mark>",
      },
    ]);
  });

  it("takes more sections per page when asked, never one without a match", () => {
    expect(shapeResults([softmax], 5).map((hit) => hit.section)).toEqual([
      undefined,
      "Subtract the largest score first",
      "Why it matters",
    ]);
  });

  it("keeps Pagefind's page order (best page first)", () => {
    const scaled: PagefindPage = {
      url: "/concepts/scaled-scores/",
      excerpt: "by <mark>√d_k</mark>",
      meta: { title: "Scaling by √dₖ" },
      sub_results: [],
    };
    expect(shapeResults([scaled, softmax]).map((hit) => hit.page)).toEqual(["Scaling by √dₖ", "Softmax", "Softmax"]);
  });

  it("lists a page without sections once, linked to the page, and falls back to its URL for a title", () => {
    expect(shapeResults([{ url: "/concepts/x/", excerpt: "e", meta: {} }])).toEqual([
      { page: "/concepts/x/", url: "/concepts/x/", excerpt: "e" },
    ]);
  });
});

describe("excerptParts", () => {
  it("excerptParts(excerpt) splits Pagefind's excerpt into plain and marked runs", () => {
    expect(excerptParts("nothing <mark>overflows,</mark> and")).toEqual([
      { text: "nothing ", marked: false },
      { text: "overflows,", marked: true },
      { text: " and", marked: false },
    ]);
  });

  it("decodes entities and drops any other tag, so page text is never HTML", () => {
    expect(
      excerptParts("a &lt;b&gt; &amp; &#8722;1 &quot;q&quot; <img src=x onerror=alert(1)><script>x</script>"),
    ).toEqual([
      { text: 'a <b> & −1 "q" ', marked: false },
      { text: "x", marked: false },
    ]);
  });

  it("shows an indexed subscript as one again: √d_k is √d with k below", () => {
    expect(excerptParts("by <mark>√d_k,</mark> then W_Q")).toEqual([
      { text: "by ", marked: false },
      { text: "√d", marked: true },
      { text: "k", marked: true, subscript: true },
      { text: ",", marked: true },
      { text: " then W", marked: false },
      { text: "Q", marked: false, subscript: true },
    ]);
  });
});

describe("subscriptParts", () => {
  it.each([
    ["d_model = 512", ["d", "model", " = 512"]],
    ["q_ic", ["q", "ic"]],
    ["n_kv_heads", ["n_kv_heads"]],
    ["snake_case", ["snake_case"]],
    ["x_1 + x_2", ["x", "1", " + x", "2"]],
  ])("subscriptParts(%j) → %j", (text, runs) => {
    expect(subscriptParts(text, false).map((part) => part.text)).toEqual(runs);
  });
});

describe("resultCountLabel", () => {
  it.each([
    [0, "zzz", "No page mentions “zzz”."],
    [1, "65,504", "1 page mentions “65,504”."],
    [3, " overflow ", "3 pages mention “overflow”."],
  ])("resultCountLabel(%i, %j) is %j", (count, query, label) => {
    expect(resultCountLabel(count, query)).toBe(label);
  });
});

describe("marksQuery", () => {
  it.each([
    ["how to compute it without <mark>overflow.</mark>", "overflow", true],
    ["divide by <mark>√dₖ</mark> first", "√d_k", true],
    ["the largest is <mark>65,504</mark> in half precision", "65,504", true],
    ["<mark>Overflows</mark> happen", "overflow", true],
    ["Logits <mark>z.</mark> one per word", "zebrafinch", false],
    ["concept <mark>Q,</mark> K, and V", "qzxjv", false],
    ["<mark>q</mark> at position 3", "q", true],
  ])("%j marks a word of %j: %s", (excerpt, query, expected) => {
    expect(marksQuery(excerpt, query)).toBe(expected);
  });
});
