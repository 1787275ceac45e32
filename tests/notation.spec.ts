/**
 * One notation across the site (the Notation page's conventions), checked on every built page's
 * HTML: what a reader sees or hears (text, accessible names, image and diagram text) never has a
 * retired form of the weight matrices (W_q, Wq, W_O with an underscore), a raw underscore outside
 * code, or a head or layer counted from 0. Then the Notation page itself, in the browser.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { DIST, prerenderedPages } from "./helpers/site.ts";

/**
 * What a reader meets in a page's own text (the MDX prose, headings, diagrams, exercises and the
 * chrome) and its accessible names, without code, scripts, TeX sources, and without the worked
 * examples' islands, whose own labels are checked by their unit tests.
 */
function readerText(html: string): string {
  const withoutIslands = withoutExamples(html);
  const named = [...withoutIslands.matchAll(/\s(?:aria-label|alt|title)="([^"]*)"/g)].map((m) => m[1]);
  const body = withoutIslands
    .replace(/<head>[\s\S]*?<\/head>/, "")
    .replace(/<(script|style|code|pre)\b[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ");
  return `${body} ${named.join(" ")}`
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/** `html` without each worked example's island (a `<div data-island>` other than "Check yourself"), by counting divs. */
function withoutExamples(html: string): string {
  let out = "";
  let at = 0;
  const start = /<div\b[^>]*\sdata-island="(?!CheckYourself")[^"]*"[^>]*>/g;
  for (let match = start.exec(html); match; match = start.exec(html)) {
    out += html.slice(at, match.index);
    const tags = /<div\b|<\/div>/g;
    tags.lastIndex = match.index + match[0].length;
    let depth = 1;
    let tag: RegExpExecArray | null = null;
    while (depth > 0 && (tag = tags.exec(html))) depth += tag[0] === "</div>" ? -1 : 1;
    at = tag ? tag.index + tag[0].length : html.length;
    start.lastIndex = at;
  }
  return out + html.slice(at);
}

const RETIRED: readonly [RegExp, string][] = [
  [/\bW_[qkvoQKVO]\b/, "a weight matrix written with an underscore"],
  [/\bW[qkv]\b/, "Wq, Wk or Wv run together"],
  [/\b[A-Za-z]_[A-Za-z0-9{]|kv_heads|head_dim/, "a raw underscore between symbol and subscript"],
  [/\b[Hh]ead 0\b|\b[Ll]ayer 0\b/, "a head or layer counted from 0"],
  [/\bhead_?[hH]\b/, "heads indexed by h, the head count"],
];

for (const site of prerenderedPages().filter((p) => p.route.startsWith("/concepts/") || p.route === "/notation/")) {
  test(`${site.route} uses the site's notation`, () => {
    const text = readerText(readFileSync(join(DIST, site.route, "index.html"), "utf8"));
    for (const [pattern, what] of RETIRED) {
      const found = pattern.exec(text);
      expect(
        found,
        `${what}: “…${found ? text.slice(Math.max(0, found.index - 40), found.index + 40) : ""}…”`,
      ).toBeNull();
    }
  });
}

test("the Notation page lists each symbol once, typeset, with the page that introduces it", async ({ page }) => {
  await page.goto("/notation/");
  await expect(page.getByRole("heading", { level: 1, name: "Notation" })).toBeVisible();
  const wq = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "WQ", exact: true }) });
  await expect(wq).toHaveCount(1);
  await expect(wq.locator("sub").first()).toHaveText("Q");
  await expect(wq.getByRole("link", { name: "Q, K, and V Projections" })).toHaveAttribute(
    "href",
    /\/concepts\/qkv-projections\/$/,
  );
  const h = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "h", exact: true }) });
  await expect(h).toContainText("number of attention heads");
  // Every page's formulas link here.
  await page.goto("/concepts/scaled-scores/");
  await expect(page.locator(".math-notation a").first()).toHaveAttribute("href", /\/notation\/$/);
});
