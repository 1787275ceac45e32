import { expect, test, type Page } from "@playwright/test";
import { copyLinkAndOpen, editable, isScrolledTo, openEditable, queryOf, startEditing, type EditableExample } from "./helpers/editing.ts";
import { DESKTOP, isFocused, tabTo } from "./helpers/example-inspection.ts";

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
    keyCache: (layer: number) => ex.example.getByRole("group", { name: new RegExp(`^Layer ${layer}: Key cache K`) }).locator("[data-cell]"),
    words: ex.example.getByRole("region", { name: "The KV cache, step by step, in words" }),
  };
}

test.describe("KV cache step-through", () => {
  test("typing the prompt “a mat” prefills 2 rows: layer 1's K = X·W_K is (−1, 3, 0, 1), (2, −4, −1, −1)", async ({ page }) => {
    const ex = await openEditable(page, KV.path, KV.id);
    const s = kv(ex);
    await startEditing(ex);
    await ex.field("prompt").fill("a mat");
    // “a” = (−1, 0, 2, 0) and “mat” = (2, 0, −1, 1) times layer 1's W_K, column by column.
    await expect(s.status).toHaveText("Step 0 of 4, after prefill: each of the 2 layers caches K and V for the 2 prompt tokens.");
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
    await expect.poll(() => queryOf(page)).toEqual({ "kv-steps.prompt": "a mat", "kv-steps.steps": "2", "kv-steps.step": "2" });
  });

  test("the size buttons add “on” to the prompt and take it away again", async ({ page }) => {
    const ex = await openEditable(page, KV.path, KV.id);
    await startEditing(ex);
    await ex.frame.getByRole("button", { name: "Add one to the prompt words" }).click();
    await expect(ex.field("prompt")).toHaveValue("the cat sat on");
    await expect(kv(ex).status).toHaveText("Step 0 of 4, after prefill: each of the 2 layers caches K and V for the 4 prompt tokens.");
    // “on” = (1, 2, 0, 0) times layer 1's W_K: (1 + 2, −1, −2, −1 + 2) = (3, −1, −2, 1).
    await expect(kv(ex).keyCache(1)).toHaveText(["−2", "0", "0", "1", "0", "3", "1", "−1", "3", "−1", "0", "−2", "3", "−1", "−2", "1"]);
    await expect.poll(() => queryOf(page)).toEqual({ "kv-steps.prompt": "the cat sat on" });
    await ex.frame.getByRole("button", { name: "Remove the last of the prompt words" }).click();
    await ex.frame.getByRole("button", { name: "Remove the last of the prompt words" }).click();
    await expect(ex.field("prompt")).toHaveValue("the cat");
    await ex.frame.getByRole("button", { name: "Remove the last of the prompt words" }).click();
    await expect(ex.message).toHaveText("Prompt words cannot go below 2.");
    await expect(ex.field("prompt")).toHaveValue("the cat");
  });

  test("keyboard only: Tab to Edit numbers, Enter, Tab into the prompt, type, Tab on", async ({ page }) => {
    const ex = await openEditable(page, KV.path, KV.id);
    await tabTo(page, ex.tool("Edit numbers"), 200);
    await page.keyboard.press("Enter");
    const prompt = ex.field("prompt");
    for (let i = 0; i < 12 && !(await isFocused(prompt)); i++) await page.keyboard.press("Tab");
    expect(await isFocused(prompt)).toBe(true);
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("the mat");
    await page.keyboard.press("Tab");
    expect(await isFocused(ex.field("decode steps"))).toBe(true);
    await expect(kv(ex).status).toHaveText("Step 0 of 4, after prefill: each of the 2 layers caches K and V for the 2 prompt tokens.");
    // “the” = (−1, −1, 0, 1): K row (−2, 0, 0, 1); “mat” as above.
    await expect(kv(ex).keyCache(1)).toHaveText(["−2", "0", "0", "1", "2", "−4", "−1", "−1"]);
  });

  const BAD_TYPED: readonly [string, string, string | RegExp][] = [
    ["prompt", "abc", "“abc” is not one of the choices for prompt: the, cat, sat, on, a, mat."],
    ["prompt", "", "prompt is empty. Type 2 to 5 words separated by spaces."],
    ["prompt", "1,,2", /^“1,,2” in prompt is not a word/],
    ["prompt", "the", "prompt has 1 word; it needs at least 2."],
    ["prompt", "the cat sat on a mat", "prompt has 6 words; it takes at most 5."],
    ["decode steps", "1e999", "“1e999” is not a whole number from 1 to 5, which decode steps needs."],
    ["decode steps", "NaN", "“NaN” is not a whole number from 1 to 5, which decode steps needs."],
    ["decode steps", "--2", "“--2” is not a whole number from 1 to 5, which decode steps needs."],
    ["decode steps", "9999", "“9999” is not a whole number from 1 to 5, which decode steps needs."],
    ["step", "5", "Step 5 is past the last step: this example decodes 4 tokens, so its steps go from 0 (after prefill) to 4."],
  ];
  test("bad typed values are refused at the field; the example keeps its numbers", async ({ page }) => {
    const ex = await openEditable(page, KV.path, KV.id);
    await startEditing(ex);
    for (const [label, text, message] of BAD_TYPED) {
      const field = ex.field(label);
      await field.fill(text);
      await expect(field, `${label} “${text}”`).toHaveAttribute("aria-invalid", "true");
      await expect(ex.frame.locator(".example-field-message")).toHaveText(message);
      await expect(kv(ex).status).toHaveText(KV_START);
      await expectFinite(ex);
      await field.fill(label === "prompt" ? "the cat sat" : label === "step" ? "0" : "4");
      await expect(field).not.toHaveAttribute("aria-invalid", "true");
    }
    await expect.poll(() => queryOf(page)).toEqual({});
  });

  const BAD_LINKS: readonly [string, string][] = [
    ["kv-steps.prompt=abc", "The link’s prompt was not used: “abc” is not one of the choices for prompt: the, cat, sat, on, a, mat."],
    ["kv-steps.prompt=", "The link’s prompt was not used: prompt is empty."],
    ["kv-steps.steps=1e999", "The link’s decode steps was not used: “1e999” is not a whole number from 1 to 5"],
    ["kv-steps.steps=NaN", "The link’s decode steps was not used: “NaN” is not"],
    ["kv-steps.step=--2", "The link’s step was not used: “--2” is not a whole number from 0 to 5"],
    ["kv-steps.prompt=the+cat+sat+on+a+mat", "The link’s prompt was not used: prompt has 6 words; it takes at most 5."],
    ["kv-steps.steps=2&kv-steps.step=3", "do not fit together, so the example shows its own: Step 3 is past the last step"],
    ["kv-steps.inspect=step0.layer1.K.9,0", "The link asks to inspect “step0.layer1.K.9,0”, which this example does not have"],
  ];
  for (const [query, note] of BAD_LINKS) {
    test(`?${query} gives a note and the authored example`, async ({ page }) => {
      const ex = await openEditable(page, `${KV.path}?${query}`, KV.id);
      await expect(ex.note).toContainText(note);
      await expect(kv(ex).status).toHaveText(KV_START);
      await expectFinite(ex);
    });
  }

  test("Copy link carries the step and the inspected number; Reset returns to step 0 and clears the URL", async ({ page, context }) => {
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
    await expect(copy.example.getByRole("group", { name: "Layer 2: Value cache V" }).locator('[data-cell="4-1"]')).toHaveAttribute("aria-pressed", "true");
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
  test("its own fields edit in place: batch 4 gives 8 GiB, length 1,024 redraws the plot; no Edit numbers", async ({ page }) => {
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

  test("keyboard only: Tab to a field, type, Tab on", async ({ page }) => {
    const ex = await openEditable(page, CACHE.path, CACHE.id);
    const layers = cache(ex).field(/Layers/);
    await tabTo(page, layers, 200);
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("16");
    await page.keyboard.press("Tab");
    expect(await isFocused(cache(ex).field(/KV heads/))).toBe(true);
    await expect(cache(ex).binary).toHaveText("= 1 GiB");
    await expect.poll(() => queryOf(page)).toEqual({ "cache-size.layers": "16" });
  });

  const BAD_TYPED: readonly [RegExp, string, string][] = [
    [/Layers/, "abc", "“abc” is not a number. Enter a whole number from 1 to 1,000."],
    [/Layers/, "", "The layers is empty. Enter a whole number from 1 to 1,000."],
    [/KV heads/, "1e999", "“1e999” is too large for the KV heads. Enter a whole number from 1 to 1,024."],
    [/KV heads/, "NaN", "“NaN” is not a number. Enter a whole number from 1 to 1,024."],
    [/Head size/, "--2", "“--2” is not a number. Enter a whole number from 1 to 16,384."],
    [/Head size/, "1,,2", "“1,,2” is not a number. Enter a whole number from 1 to 16,384."],
    [/Batch size/, "999999", "“999999” is too large for the batch size. Enter a whole number from 1 to 100,000."],
  ];
  test("bad typed values are refused at the field; the last valid result and the URL stay", async ({ page }) => {
    const ex = await openEditable(page, CACHE.path, CACHE.id);
    const c = cache(ex);
    for (const [name, text, message] of BAD_TYPED) {
      const field = c.field(name);
      await field.fill(text);
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expect(ex.example.locator(".cache-field[data-invalid] .field-error")).toHaveText(message);
      await expect(c.total).toHaveText("= 2,147,483,648 B");
      await expectFinite(ex);
      await field.fill(name.source === "Layers" || name.source === "KV heads" ? "32" : name.source === "Head size" ? "128" : "1");
    }
    await expect.poll(() => queryOf(page)).toEqual({});
  });

  const BAD_LINKS = ["layers=abc", "layers=", "kvHeads=1e999", "headDim=NaN", "seqLen=--2", "batch=0", "batch=-1", "layers=2.5", "seqLen=99999999", "bytesPerValue=3", "preset=gpt-4"];
  for (const query of BAD_LINKS) {
    test(`?cache-size.${query} gives a note and Llama 2 7B's 2 GiB`, async ({ page }) => {
      const ex = await openEditable(page, `${CACHE.path}?cache-size.${query}`, CACHE.id);
      await expect(ex.note).toContainText(/^The link’s .+ (was not used|do not fit together)/);
      await expect(cache(ex).total).toHaveText("= 2,147,483,648 B");
      await expect(cache(ex).preset("Llama 2 7B")).toHaveAttribute("aria-pressed", "true");
      await expectFinite(ex);
    });
  }

  test("absurd sizes in a link (each in range, 1.7 · 10¹⁹ B together) are refused as a whole", async ({ page }) => {
    const ex = await openEditable(page, `${CACHE.path}?cache-size.kvHeads=1024&cache-size.seqLen=10000000&cache-size.batch=100000`, CACHE.id);
    await expect(ex.note).toContainText("These numbers give 16,777,216,000,000,000,000 B, more than the 1 EiB (2⁶⁰ B) this calculator reports.");
    await expect(cache(ex).total).toHaveText("= 2,147,483,648 B");
  });

  test("Copy link after GPT-2 small at batch 2 opens 150,994,944 B = 144 MiB; Reset clears the URL", async ({ page, context }) => {
    const ex = await openEditable(page, CACHE.path, CACHE.id);
    const c = cache(ex);
    await c.preset("GPT-2 small").click();
    await c.field(/Batch size/).fill("2");
    await expect.poll(() => queryOf(page)).toEqual({ "cache-size.preset": "gpt2-small", "cache-size.batch": "2" });
    const { page: other } = await copyLinkAndOpen(context, ex);
    const copy = cache(editable(other, CACHE.id));
    // 2·12·12·64·1,024·2·4 = 150,994,944 B = 144 · 2²⁰ B.
    await expect(copy.total).toHaveText("= 150,994,944 B");
    await expect(copy.binary).toHaveText("= 144 MiB");
    await expect(copy.field(/Batch size/)).toHaveValue("2");
    await expect.poll(() => isScrolledTo(editable(other, CACHE.id).frame)).toBe(true);
    await ex.tool("Reset").click();
    await expect(c.total).toHaveText("= 2,147,483,648 B");
    await expect(c.field(/Batch size/)).toHaveValue("1");
    await expect.poll(() => queryOf(page)).toEqual({});
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
  test("the slider and New random draw put dₖ and the seed in the URL; at dₖ = 4 each s / √dₖ is s / 2", async ({ page }) => {
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

  const BAD_LINKS: readonly [string, string][] = [
    ["scaling-figure.seed=abc", "The link’s seed was not used: “abc” is not a whole number from 0 to 4,294,967,295, which seed needs."],
    ["scaling-figure.seed=", "The link’s seed was not used: seed is empty."],
    ["scaling-figure.seed=1e999", "The link’s seed was not used: “1e999” is not a whole number"],
    ["scaling-figure.keySize=NaN", "The link’s key size dₖ was not used: “NaN” is not a whole number from 1 to 1024"],
    ["scaling-figure.keySize=--2", "The link’s key size dₖ was not used: “--2” is not"],
    ["scaling-figure.keySize=5", "This figure has no key size dₖ = 5: it offers 1, 4, 16, 64, 256, 1024."],
    ["scaling-figure.inspect=8,0", "The link asks to inspect “8,0”, which this example does not have"],
  ];
  for (const [query, note] of BAD_LINKS) {
    test(`?${query} gives a note and seed 5 at dₖ = 64`, async ({ page }) => {
      const ex = await openScaling(page, `?${query}`);
      await expect(ex.note).toContainText(note);
      await expect(scaling(ex).slider).toHaveAttribute("aria-valuetext", "dₖ = 64");
      await expect(scaling(ex).seed).toHaveText("seed 5");
      await expectFinite(ex);
    });
  }

  test("Copy link carries the seed, dₖ and the inspected cell; Reset returns to seed 5, dₖ = 64", async ({ page, context }) => {
    const ex = await openScaling(page, "?scaling-figure.seed=9&scaling-figure.keySize=16");
    const f = scaling(ex);
    await expect(f.slider).toHaveAttribute("aria-valuetext", "dₖ = 16");
    await f.table.locator('[data-cell="3-2"]').click();
    await expect.poll(() => queryOf(page)).toEqual({ "scaling-figure.seed": "9", "scaling-figure.keySize": "16", "scaling-figure.inspect": "3,2" });
    const expected = await f.column(0).allTextContents();
    const { page: other } = await copyLinkAndOpen(context, ex);
    const copy = scaling(editable(other, SCALING.id));
    await expect(copy.slider).toHaveAttribute("aria-valuetext", "dₖ = 16");
    await expect(copy.column(0)).toHaveText(expected);
    await expect(copy.table.locator('[data-cell="3-2"]')).toHaveAttribute("aria-pressed", "true");
    await expect.poll(() => isScrolledTo(editable(other, SCALING.id).frame)).toBe(true);
    await ex.tool("Reset").click();
    await expect(f.slider).toHaveAttribute("aria-valuetext", "dₖ = 64");
    await expect(f.seed).toHaveText("seed 5");
    await expect.poll(() => queryOf(page)).toEqual({});
  });
});
