/**
 * Prose that quotes an example follows the learner's numbers (src/values/): for each page whose
 * sentences quote an example, a link with other numbers is opened, the example woken, and every
 * quoted value must show the new number (worked out by hand below), marked as changed, while
 * text about the page's own numbers is marked as such. (That the server HTML holds the authored
 * values is checked without a browser, in build/remark-values.test.ts.)
 */
import { expect, test, type Page } from "@playwright/test";
import { wakeIsland } from "./helpers/site.ts";

/** The text of every `<Value>` of example `of` on the page, by value name (the first of each name). */
async function values(page: Page, of: string): Promise<Record<string, { text: string; changed: boolean }>> {
  return page.locator(`[data-value-of="${of}"]`).evaluateAll((spans) => {
    const out: Record<string, { text: string; changed: boolean }> = {};
    for (const span of spans as HTMLElement[]) {
      out[span.dataset.valueName!] ??= {
        text: span.textContent ?? "",
        changed: span.hasAttribute("data-value-changed"),
      };
    }
    return out;
  });
}

/** Whether every `<AboutAuthored>` about `of` is marked (true), none is (false). */
async function aboutMarked(page: Page, of: string): Promise<boolean[]> {
  return page.locator(`[data-about="${of}"]`).evaluateAll((blocks) => blocks.map((b) => b.hasAttribute("data-stale")));
}

interface Case {
  readonly page: string;
  readonly id: string;
  readonly query: string;
  /** Value name → the text it must show with the link's numbers, worked out by hand. */
  readonly expected: Record<string, string>;
  /** Whether the page has AboutAuthored text about this example. */
  readonly about: boolean;
}

const CASES: readonly Case[] = [
  // x = (2, 3), W = [[1, 7], [0, −1]]: y₁ = 2·7 + 3·(−1) = 11, y₀ = 2·1 + 3·0 = 2.
  {
    page: "/concepts/qkv-projections/",
    id: "qkv-projection",
    query: "qkv-projection.W=1,7;0,-1",
    expected: { "W.col1": "(7, −1)", "y1.terms": "2·7 + 3·(−1)", y1: "11", y0: "2" },
    about: true,
  },
  {
    page: "/concepts/matrix-vector-projection/",
    id: "one-row",
    query: "one-row.W=1,7;0,-1",
    expected: { "W.col1": "(7, −1)", y01: "11", y00: "2" },
    about: true,
  },
  // X = [[1,0,1],[0,2,1],[2,1,0]], W = [[1,0],[0,1],[1,2]]: Y = [[2,2],[1,4],[2,1]].
  {
    page: "/concepts/matrix-vector-projection/",
    id: "rows-times-columns",
    query: "rows-times-columns.W=1,0;0,1;1,2",
    expected: { Y20: "2", Y00: "2", Y01: "2", Y11: "4", row2: "“sat”" },
    about: false,
  },
  // q₂ = (2, 1) against k = (1, 0), (2, 1), (0, 2): 2, 5, 2; S₁₂ = (0, 1)·(0, 2) = 2 unchanged.
  {
    page: "/concepts/attention-scores/",
    id: "scores",
    query: "scores.Q=1,0;0,1;2,1",
    expected: { q2: "(2, 1)", S20: "2", S21: "5", S22: "2", S12: "2" },
    about: true,
  },
  // a = (3, 1), b = (2, 1): a·b = 6 + 1 = 7; cos θ = 7 / (√10·√5) = 0.98995 → 0.9899 … θ ≈ 8.13°.
  {
    page: "/concepts/dot-product/",
    id: "similar-directions",
    query: "similar-directions.b=2,1",
    expected: { "dot.terms": "3·2 + 1·1", dot: "7", cos: "0.9899", angle: "8°" },
    about: false,
  },
  // Row 1 = (1, 1, 1): a third each, 33 %.
  {
    page: "/concepts/softmax/",
    id: "softmax",
    query: "softmax.scores=2,1,0;1,1,1;0,0,0",
    expected: { "A10.percent": "33 %", "A11.percent": "33 %", "A12.percent": "33 %" },
    about: true,
  },
  // V = [[4,0],[0,4],[2,2]]: o₂ = 0.1·(4,0) + 0.8·(0,4) + 0.1·(2,2) = (0.6, 3.4); o₀ = (2.5, 1.5).
  {
    page: "/concepts/weighted-sum-of-values/",
    id: "weighted-sum",
    query: "weighted-sum.V=4,0;0,4;2,2",
    expected: { o2: "(0.6, 3.4)", v1: "(0, 4)", o0: "(2.5, 1.5)", A21: "0.8" },
    about: true,
  },
  // Row 1 = (0, 0, 1, 3): masked, keys 0 and 1 at 0.5 each; unmasked, e³ / (2 + e + e³) = 0.8098 → 81 %.
  {
    page: "/concepts/causal-masking/",
    id: "causal-mask",
    query: "causal-mask.scores=1,2,0,1;0,0,1,3;1,3,2,0;0,1,2,1",
    expected: { A10: "0.5", A11: "0.5", "A13.nomask.percent": "81 %" },
    about: false,
  },
];

for (const c of CASES) {
  test(`${c.page}: a link's numbers show in the sentences quoting “${c.id}”`, async ({ page }) => {
    await page.goto(c.page);
    await wakeIsland(page, c.id);
    const authored = await values(page, c.id);
    await page.goto(`${c.page}?${c.query}`);
    await wakeIsland(page, c.id);
    await expect
      .poll(async () => Object.fromEntries(Object.entries(await values(page, c.id)).map(([k, v]) => [k, v.text])))
      .toMatchObject(c.expected);
    const now = await values(page, c.id);
    for (const [name, { text, changed }] of Object.entries(now)) {
      // A quoted number that differs from the page's is marked, and one that does not is not.
      expect(changed, `${name}: ${authored[name]!.text} → ${text}`).toBe(text !== authored[name]!.text);
    }
    if (c.about) expect(await aboutMarked(page, c.id)).not.toContain(false);

    // The note's button puts the page's numbers back, and with them the page's sentences.
    if (c.about) {
      await page.locator(`[data-about="${c.id}"] .about-reset`).first().click();
      await expect.poll(() => values(page, c.id)).toEqual(authored);
      expect(await aboutMarked(page, c.id)).not.toContain(true);
    }
  });
}

test("the map's steps follow the sentence typed into the map, and its text is marked", async ({ page }) => {
  await page.goto("/concepts/self-attention-map/?cat-sat-map.sentence=the+dog+chased+the+cat");
  await wakeIsland(page, "cat-sat-map");
  await expect.poll(() => aboutMarked(page, "cat-sat-map")).not.toContain(false);
  await wakeIsland(page, "cat-sat-scores");
  await expect(page.locator('[data-example-frame="cat-sat-scores"]')).toContainText("chased");
  // An edit in a step shows in the map: one sentence for the whole story.
  await page.locator('[data-about="cat-sat-map"] .about-reset').first().click();
  await expect(page.locator('[data-example-frame="cat-sat-scores"]')).not.toContainText("chased");
  await expect(page.locator('[data-example-frame="cat-sat-map"]')).not.toContainText("chased");
});

test("the KV cache: stepping is not the learner's numbers; another prompt is", async ({ page }) => {
  await page.goto("/concepts/kv-cache/?kv-steps.step=2");
  await wakeIsland(page, "kv-steps");
  expect(await aboutMarked(page, "kv-steps")).toEqual([false]);
  await page.goto("/concepts/kv-cache/?kv-steps.prompt=the+mat");
  await wakeIsland(page, "kv-steps");
  await expect.poll(() => aboutMarked(page, "kv-steps")).toEqual([true]);
});
