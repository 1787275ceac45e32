/**
 * The states of a page worth scanning with axe, folded into one view so that one scan per page
 * and theme covers them: a number inspected in every example, an editor open with a refused value,
 * Check yourself with feedback, a hint and an answer open, and what particular pages add (a link's
 * note, the KV cache at step 2, the √dₖ figure at dₖ = 1024, eight long words in a sentence, …).
 * A page not listed here still gets the states every page with examples has.
 */
import { expect, type Locator, type Page } from "@playwright/test";
import { showStepOf, wakeAllIslands } from "./site.ts";

/** Eight long words: the widest sentence the sentence examples take (2–8 words, ≤ 12 letters). */
const LONG_SENTENCE = "the+elephant+quietly+chased+every+wonderful+kitchen+mouse";

export interface PageStates {
  /** What the states are, for the test's name. */
  readonly what: string;
  /** A query (and fragment) that sets states through the examples' links. */
  readonly query?: string;
  /** Anything a link cannot set, run after the states every page gets. */
  readonly prepare?: (page: Page) => Promise<void>;
}

/** The states particular pages add, by route. Embed pages are scanned as loaded, with these queries. */
export const PAGE_STATES: Readonly<Record<string, PageStates>> = {
  "/concepts/qkv-projections/": {
    what: "a link's refused value, a link to a missing example, a refused cell and field, the embed code",
    query: "?qkv-projection.x=abc&nope.x=1",
    async prepare(page) {
      const frame = page.locator('[data-example-frame="qkv-projection"]');
      await frame.getByRole("textbox", { name: /^Edit W row 1, column 1/ }).fill("oops");
      const x = frame.locator(".example-editor").getByLabel("x", { exact: true });
      await x.fill("1 2; 3");
      await expect(x).toHaveAttribute("aria-invalid", "true");
      await frame.locator(".example-tools-row").getByRole("button", { name: "Share", exact: true }).click();
      await frame.getByRole("menuitem", { name: "Embed", exact: true }).click();
      await expect(frame.locator(".example-embed textarea")).toBeVisible();
      await expect(page.locator("main > [data-unknown-example]")).toBeVisible();
    },
  },
  "/concepts/dot-product/": { what: "a zero vector (angle undefined)", query: "?similar-directions.b=0,0" },
  "/concepts/kv-cache/": {
    what: "step 2 with a score inspected",
    query: "?kv-steps.step=2&kv-steps.inspect=step2.layer2.scores.0,1",
  },
  "/concepts/rope-kv-cache/": {
    what: "the wrong offset at step 2 with a turned cached key inspected",
    query: "?rope-kv.offset=wrong&rope-kv.step=2&rope-kv.inspect=step2.layer1.K.4,1",
  },
  "/concepts/grouped-query-attention/": {
    what: "MQA at step 2 with a weight inspected",
    query: "?gqa-steps.kvHeads=1&gqa-steps.step=2&gqa-steps.inspect=step2.layer1.head3.weights.0,2",
  },
  "/concepts/paged-kv-cache/": {
    what: "step 1 with a copied block's entry inspected",
    query: "?paged-cache.step=1&paged-cache.inspect=0,1",
  },
  "/concepts/scaled-scores/": {
    what: "dₖ = 1024 with a key inspected",
    query: "?scaling-figure.keySize=1024&scaling-figure.inspect=5,1",
  },
  "/concepts/multi-head-attention/": {
    what: "eight long words, an entry of Y inspected",
    query: `?two-heads.sentence=${LONG_SENTENCE}&two-heads.inspect=out:0,2`,
  },
  "/concepts/attention-ignores-order/": {
    what: "eight long words swapped, a weight after the swap inspected",
    query: `?order-swap.sentence=${LONG_SENTENCE}&order-swap.a=0&order-swap.b=7&order-swap.inspect=after:7,1`,
  },
  "/concepts/self-attention-map/": {
    what: "eight long words in the map and the scores step",
    query: `?cat-sat-map.sentence=${LONG_SENTENCE}&cat-sat-scores.sentence=${LONG_SENTENCE}`,
  },
  "/concepts/kv-cache-cost/": {
    what: "a refused field",
    async prepare(page) {
      const layers = page.locator('[data-example="cache-size"]').getByRole("textbox", { name: /Layers/ });
      await layers.fill("abc");
      await expect(layers).toHaveAttribute("aria-invalid", "true");
    },
  },
  "/concepts/weighted-sum-of-values/": {
    what: "a weight that breaks its row, with the rescale offer",
    async prepare(page) {
      const frame = page.locator('[data-example-frame="weighted-sum"]');
      await frame.getByRole("textbox", { name: /^Edit A row 0 \(“the”\), column 0/ }).fill("0.9");
      await expect(frame.getByRole("button", { name: "Set A₀₀ = 0.9 and rescale row 0" })).toBeVisible();
    },
  },
  "/concepts/online-softmax/": {
    what: "every tile read, the weights beside softmax, a weight inspected",
    query: "?online-softmax.step=3&online-softmax.inspect=weight:0,3",
  },
  "/concepts/flash-attention/": {
    what: "every block done, O beside standard attention, an entry inspected; a refused calculator field",
    query: "?flash-blocks.step=4&flash-blocks.inspect=final:0,1",
    async prepare(page) {
      const n = page.locator('[data-example="flash-io"]').getByRole("textbox", { name: /Sequence length/ });
      await n.fill("abc");
      await expect(n).toHaveAttribute("aria-invalid", "true");
    },
  },
  "/concepts/next-token/": {
    what: "T = 0 (greedy), top-k 2, a kept probability inspected",
    query: "?next-token.temperature=0&next-token.k=2&next-token.inspect=topk:0,5",
  },
  "/lesson/": {
    what: "a lesson of two examples with a title and a note, from a link with an item it drops",
    query:
      "?v=1&t=Two+steps&1=qkv-projections/qkv-projection&1.inspect=0,1&n1=Start+here&2=softmax/softmax&3=softmax/nope",
    async prepare(page) {
      await expect(page.locator("[data-lesson-example] .example-frame")).toHaveCount(2);
      await expect(page.locator("[data-lesson-problems]")).toBeVisible();
      await page.locator("[data-lesson-item]").first().getByText("Edit the note").click();
    },
  },
  "/embed/causal-masking/causal-mask/": { what: "the mask off", query: "?causal-mask.mask=0" },
  "/embed/multi-head-attention/two-heads/": {
    what: "a cell of head 2's map inspected",
    query: "?two-heads.inspect=head2:2,3",
  },
};

/** Inspectable numbers and tokens: MatrixGrid cells, heatmap cells, TokenRow tokens. */
const INSPECTABLE = "[data-cell][aria-pressed], [data-token][aria-pressed]";

/** Pins a number in every example that has none pinned yet, by tapping (clicking) its first one. */
async function inspectEveryExample(page: Page): Promise<void> {
  const examples = page.locator("[data-island]:not([data-island='CheckYourself'])");
  for (const example of await examples.all()) {
    if ((await example.locator(`:is(${INSPECTABLE})[aria-pressed="true"]`).count()) > 0) continue;
    const first = example.locator(INSPECTABLE).first();
    if ((await first.count()) === 0) continue;
    // An example in a step tab that is not open is hidden: open its step first, as a reader would.
    await showStepOf(page, (await example.getAttribute("id")) ?? "");
    await first.click();
    await expect(first).toHaveAttribute("aria-pressed", "true");
  }
}

/** Opens the editor of the first example that has one, and types a value it refuses. */
async function refuseInFirstEditor(page: Page): Promise<void> {
  const editable = page.locator("[data-example-frame]").filter({
    has: page.locator(".example-tools-row").getByRole("button", { name: "Edit numbers", exact: true }),
  });
  if ((await editable.count()) === 0) return;
  // Found by its id: once open, the frame's button says "Done editing" instead.
  const frame = page.locator(`[data-example-frame="${await editable.first().getAttribute("data-example-frame")}"]`);
  await frame.locator(".example-tools-row").getByRole("button", { name: "Edit numbers", exact: true }).click();
  await expect(frame.locator(".example-editor")).toBeVisible();
  const cell = frame.locator("input.cell-input").first();
  const target: Locator =
    (await cell.count()) > 0 ? cell : frame.locator(".example-editor input, .example-editor textarea").first();
  await target.fill("<x>");
  await expect(frame.locator('[aria-invalid="true"]').first()).toBeVisible();
}

/**
 * Check yourself with every kind of feedback on screen: nonsense refused in the first exercise
 * that takes a number (with its hint open), an answer checked in the next one, the answer shown
 * for the last, and a choice checked in a multiple-choice exercise.
 */
async function answerExercises(page: Page): Promise<void> {
  const exercises = page.locator("[data-exercise]");
  if ((await page.locator(".check-yourself").count()) === 0) return;
  await expect(exercises.first()).toBeVisible();
  const typed = page.locator("[data-exercise]:has(input[type='text'], input:not([type]))");
  const count = await typed.count();
  if (count > 0) {
    const first = typed.first();
    await first.getByLabel("Your answer").fill("abc");
    await first.getByLabel("Your answer").press("Enter");
    await expect(first.getByRole("status")).toContainText("Not an answer");
    await first.getByRole("button", { name: "Hint", exact: true }).click();
  }
  if (count > 1) {
    const second = typed.nth(1);
    await second.getByLabel("Your answer").fill("0");
    await second.getByLabel("Your answer").press("Enter");
    await expect(second.getByRole("status")).toContainText(/Right|Not yet/);
  }
  await exercises.last().getByRole("button", { name: "Show answer", exact: true }).click();
  const choice = page.locator("[data-exercise]:has(input[type='radio'], input[type='checkbox'])").first();
  if ((await choice.count()) > 0) {
    await choice.locator("input[type='radio'], input[type='checkbox']").first().check();
    await choice.getByRole("button", { name: "Check", exact: true }).click();
    await expect(choice.getByRole("status")).toContainText(/Right|Not yet/);
  }
}

/** What `openWithStates` shows on `route`, for a test's name. */
export function statesOf(route: string): string {
  const own = PAGE_STATES[route]?.what;
  if (route.startsWith("/embed/")) return own ?? "as loaded";
  return ["every example inspected, an editor refusing a value, exercises answered", own].filter(Boolean).join("; ");
}

/**
 * Opens `route` with its states: the page's query, every island woken (scrolled to, hydrated),
 * then (not on embed pages, scanned as loaded) the states every page with examples gets and the
 * page's own. Returns what is shown, as statesOf(route).
 */
export async function openWithStates(page: Page, route: string): Promise<string> {
  const states = PAGE_STATES[route];
  await page.goto(`${route}${states?.query ?? ""}`);
  await wakeAllIslands(page);
  if (!route.startsWith("/embed/")) {
    await inspectEveryExample(page);
    await refuseInFirstEditor(page);
    await answerExercises(page);
    await states?.prepare?.(page);
  }
  return statesOf(route);
}
