/**
 * One notation across the site (the Notation page's conventions), checked on every built page's
 * HTML, worked examples included: what a reader sees or hears (text, accessible names, image and
 * diagram text) never has a retired form (src/notation/retired-forms.ts: W_q, Wq, W_O with an
 * underscore, a raw underscore outside code, a head or layer counted from 0). The examples' other
 * states are read by src/notation/retired-forms.test.tsx. Then the Notation page itself, in the browser.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { DIST, prerenderedPages } from "./helpers/site.ts";
import { findRetiredForm } from "../src/notation/retired-forms.ts";

/**
 * What a reader meets in a page (the MDX prose, headings, diagrams, exercises, the chrome and the
 * worked examples as prerendered) and its accessible names, without code, scripts and TeX sources.
 */
function readerText(html: string): string {
  const named = [...html.matchAll(/\s(?:aria-label|alt|title)="([^"]*)"/g)].map((m) => m[1]);
  const body = html
    .replace(/<head>[\s\S]*?<\/head>/, "")
    .replace(/<(script|style|code|pre)\b[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ");
  return `${body} ${named.join(" ")}`
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

for (const site of prerenderedPages().filter((p) => p.route.startsWith("/concepts/") || p.route === "/notation/")) {
  test(`${site.route} uses the site's notation`, () => {
    const text = readerText(readFileSync(join(DIST, site.route, "index.html"), "utf8"));
    expect(findRetiredForm(text)).toBeNull();
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
