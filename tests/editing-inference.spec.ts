import { expect, test, type Page } from "@playwright/test";
import {
  copyLinkAndOpen,
  editable,
  isScrolledTo,
  openEditable,
  queryOf,
  startEditing,
  type EditableExample,
} from "./helpers/editing.ts";
import { DESKTOP } from "./helpers/example-inspection.ts";

/*
 * The figures with controls of their own, as editable examples: the KV cache step-through (its
 * prompt and step count in the editor, its step from its own buttons), the cache size calculator
 * and the √dₖ figure (their own controls only). Numbers are worked out by hand in the comments.
 */

test.use({ viewport: DESKTOP });

/**
 * No NaN, Infinity or ∞ among the example's numbers: its text without the messages that quote
 * what was typed (the frame's note is outside the example).
 */
async function expectFinite(ex: EditableExample): Promise<void> {
  const shown = await ex.example.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(".field-error").forEach((message) => message.remove());
    return copy.textContent ?? "";
  });
  expect(shown).not.toMatch(/NaN|Infinity|∞/);
}

// ─── KV cache step-through ────────────────────────────────────────────────────────────────────

const KV = { path: "/concepts/kv-cache/", id: "kv-steps" };
const KV_START = "Step 0 of 4, after prefill: each of the 2 layers caches K and V for the 3 prompt tokens.";

function kv(ex: EditableExample) {
  const controls = ex.example.getByRole("group", { name: "Step controls" });
  return {
    status: ex.example.locator(".kv-status"),
    next: controls.getByRole("button", { name: "Next step" }),
    keyCache: (layer: number) =>
      ex.example.getByRole("group", { name: new RegExp(`^Layer ${layer}: Key cache K`) }).locator("[data-cell]"),
    words: ex.example.getByRole("region", { name: "The KV cache, step by step, in words" }),
  };
}

test.describe("KV cache step-through", () => {
  test("typing the prompt “a mat” prefills 2 rows: layer 1's K = X·W_K is (−1, 3, 0, 1), (2, −4, −1, −1)", async ({
    page,
  }) => {
    const ex = await openEditable(page, KV.path, KV.id);
    const s = kv(ex);
    await startEditing(ex);
    await ex.field("prompt").fill("a mat");
    // “a” = (−1, 0, 2, 0) and “mat” = (2, 0, −1, 1) times layer 1's W_K, column by column.
    await expect(s.status).toHaveText(
      "Step 0 of 4, after prefill: each of the 2 layers caches K and V for the 2 prompt tokens.",
    );
    await expect(s.keyCache(1)).toHaveText(["−1", "3", "0", "1", "2", "−4", "−1", "−1"]);
    await expect(s.words).toContainText("The prompt “a” “mat” goes through both layers");
    await ex.field("decode steps").fill("2");
    await expect(s.status).toHaveText(/^Step 0 of 2, after prefill/);
    await expect(s.words.locator("dt")).toHaveText(["Step 0: prefill", /^Step 1: /, /^Step 2: /]);
    await expect.poll(() => queryOf(page)).toEqual({ "kv-steps.prompt": "a mat", "kv-steps.steps": "2" });
    await s.next.click();
    await s.next.click();
    await expect(s.status).toHaveText(/^Step 2 of 2: /);
    await expect(s.next).toHaveAttribute("aria-disabled", "true");
    await expect
      .poll(() => queryOf(page))
      .toEqual({ "kv-steps.prompt": "a mat", "kv-steps.steps": "2", "kv-steps.step": "2" });
  });

  // One refused field and one bad link for whole numbers: the others, and every other field of
  // the KV cache, are tables in src/examples/typed-values.cases.test.tsx and url-state.cases.test.tsx.
  test("a link's bad step count shows a note; a step count typed out of range is refused at the field; the example keeps its numbers", async ({
    page,
  }) => {
    const ex = await openEditable(page, `${KV.path}?kv-steps.steps=NaN`, KV.id);
    await expect(ex.note).toContainText(
      "The link’s decode steps was not used: “NaN” is not a whole number from 1 to 5",
    );
    await expect(kv(ex).status).toHaveText(KV_START);
    await startEditing(ex);
    const field = ex.field("decode steps");
    await field.fill("9999");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(ex.frame.locator(".example-field-message")).toHaveText(
      "“9999” is not a whole number from 1 to 5, which decode steps needs.",
    );
    await expect(kv(ex).status).toHaveText(KV_START);
    await expectFinite(ex);
  });

  test("Copy link carries the step and the inspected number; Reset returns to step 0 and clears the URL", async ({
    page,
    context,
  }) => {
    const ex = await openEditable(page, KV.path, KV.id);
    const s = kv(ex);
    await s.next.click();
    await s.next.click();
    await ex.example.getByRole("group", { name: "Layer 2: Value cache V" }).locator('[data-cell="4-1"]').click();
    await expect.poll(() => queryOf(page)).toEqual({ "kv-steps.step": "2", "kv-steps.inspect": "step2.layer2.V.4,1" });
    const { link, page: other } = await copyLinkAndOpen(context, ex);
    expect(link).toContain("#kv-steps");
    const copy = editable(other, KV.id);
    await expect(kv(copy).status).toHaveText(/^Step 2 of 4: /);
    await expect(
      copy.example.getByRole("group", { name: "Layer 2: Value cache V" }).locator('[data-cell="4-1"]'),
    ).toHaveAttribute("aria-pressed", "true");
    await expect(copy.example.locator(".kv-layer").nth(1).locator(".readout .expansion")).toHaveText(/^V₄₁ = /);
    await expect.poll(() => isScrolledTo(copy.frame)).toBe(true);
    await ex.tool("Reset").click();
    await expect(s.status).toHaveText(KV_START);
    await expect.poll(() => queryOf(page)).toEqual({});
  });
});

test("the embed pages open with a link's state", async ({ page }) => {
  await page.goto("/embed/kv-cache/kv-steps/?kv-steps.step=2");
  await page.locator("#kv-steps[data-hydrated]").waitFor();
  await expect(page.locator(".kv-status")).toHaveText(/^Step 2 of 4: /);
  await page.goto("/embed/kv-cache-cost/cache-size/?cache-size.preset=llama3-8b");
  await page.locator("#cache-size[data-hydrated]").waitFor();
  // 2·32·8·128·8,192·1·2 = 1,073,741,824 B.
  await expect(page.locator(".cache-total")).toHaveText("= 1,073,741,824 B");
  await page.goto("/embed/scaled-scores/scaling-figure/?scaling-figure.keySize=1024");
  await page.locator("#scaling-figure[data-hydrated]").waitFor();
  await expect(page.getByRole("slider", { name: "Key size dₖ" })).toHaveAttribute("aria-valuetext", "dₖ = 1024");
});

// ─── KV cache size calculator ────────────────────────────────────────────────────────────────

const CACHE = { path: "/concepts/kv-cache-cost/", id: "cache-size" };

function cache(ex: EditableExample) {
  return {
    field: (name: RegExp) => ex.example.getByRole("textbox", { name }),
    numbers: ex.example.locator(".formula-numbers"),
    total: ex.example.locator(".cache-total"),
    binary: ex.example.locator(".cache-binary"),
    plot: ex.example.locator("svg[role='img']").first(),
    preset: (name: string) => ex.example.getByRole("button", { name }),
  };
}

test.describe("KV cache size calculator", () => {
  test("its own fields edit in place: batch 4 gives 8 GiB, length 1,024 redraws the plot; no Edit numbers", async ({
    page,
  }) => {
    const ex = await openEditable(page, CACHE.path, CACHE.id);
    const c = cache(ex);
    await expect(ex.tool("Edit numbers")).toHaveCount(0);
    await c.field(/Batch size/).fill("4");
    // 2·32·32·128·4,096·4·2 = 8,589,934,592 B = 8 · 2³⁰ B.
    await expect(c.numbers).toHaveText("= 2 · 32 · 32 · 128 · 4,096 · 4 · 2");
    await expect(c.total).toHaveText("= 8,589,934,592 B");
    await expect(c.binary).toHaveText("= 8 GiB");
    await c.field(/Sequence length/).fill("1024");
    // ÷ 4: 2,147,483,648 B = 2 GiB; the plot's text alternative ends at t = 1,024: 2·1,024·128 = 262,144.
    await expect(c.total).toHaveText("= 2,147,483,648 B");
    await expect(ex.example.getByRole("img", { name: /head of size 128, up to 1,024 tokens/ })).toBeVisible();
    await expect(ex.example.locator("desc").first()).toContainText("reaches 262,144 at t = 1,024");
    await expect.poll(() => queryOf(page)).toEqual({ "cache-size.seqLen": "1024", "cache-size.batch": "4" });
  });
});

// ─── √dₖ figure ────────────────────────────────────────────────────────────────────────────

const SCALING = { path: "/concepts/scaled-scores/", id: "scaling-figure" };

function scaling(ex: EditableExample) {
  const table = ex.example.getByRole("group", { name: /^Scores and weights for dₖ = \d+: inspect a key$/ });
  return {
    slider: ex.example.getByRole("slider", { name: "Key size dₖ" }),
    draw: ex.example.getByRole("button", { name: "New random draw" }),
    seed: ex.example.locator(".scaling-seed"),
    table,
    column: (col: number) => table.locator(`[data-cell$="-${col}"]`),
  };
}

/** "−1.5" → −1.5. */
const numberOf = (text: string) => Number(text.replace("−", "-"));

async function openScaling(page: Page, query = ""): Promise<EditableExample> {
  return openEditable(page, `${SCALING.path}${query}`, SCALING.id);
}

test.describe("√dₖ figure", () => {
  test("the slider and New random draw put dₖ and the seed in the URL; at dₖ = 4 each s / √dₖ is s / 2", async ({
    page,
  }) => {
    const ex = await openScaling(page);
    const f = scaling(ex);
    await expect(ex.tool("Edit numbers")).toHaveCount(0);
    await f.slider.focus();
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowRight");
    await expect(f.slider).toHaveAttribute("aria-valuetext", "dₖ = 4");
    await expect.poll(() => queryOf(page)).toEqual({ "scaling-figure.keySize": "4" });
    await expect(f.seed).toHaveText("seed 5");
    await f.draw.press("Enter");
    await expect(f.seed).not.toHaveText("seed 5");
    await expect.poll(async () => (await queryOf(page))["scaling-figure.seed"]).toMatch(/^\d+$/);
    const seed = (await queryOf(page))["scaling-figure.seed"]!;
    expect(Number.isInteger(Number(seed))).toBe(true);
    await expect(f.seed).toHaveText(`seed ${seed}`);
    const s = (await f.column(0).allTextContents()).map(numberOf);
    const scaled = (await f.column(1).allTextContents()).map(numberOf);
    expect(s).toHaveLength(8);
    // Both are rounded to two decimals, so they agree to within a rounding step.
    scaled.forEach((v, j) => expect(Math.abs(v - s[j]! / 2)).toBeLessThanOrEqual(0.011));
    await expectFinite(ex);
  });
});
