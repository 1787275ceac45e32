import { expect, test, type Page } from "@playwright/test";
import { checkA11y } from "./helpers/a11y.ts";
import { watchConsole } from "./helpers/console.ts";
import { A11Y_SETTINGS, DESKTOP, checkInspectedPage, exampleById, isFocused, openConcept, tabTo } from "./helpers/example-inspection.ts";

const SLUG = "kv-cache-cost";
const LLAMA2 = { bytes: "= 2,147,483,648 B", units: "= 2 GiB" };

function calculator(page: Page) {
  const ex = exampleById(page, "cache-size");
  return {
    ...ex,
    field: (name: RegExp) => ex.root.getByRole("textbox", { name }),
    bytesPerValue: ex.root.getByRole("combobox", { name: /Bytes per value/ }),
    preset: (name: string) => ex.root.getByRole("button", { name, exact: true }),
    numbers: ex.root.locator(".formula-numbers"),
    total: ex.root.locator(".cache-total"),
    binary: ex.root.locator(".cache-binary"),
    stale: ex.root.locator(".cache-stale"),
    plot: ex.root.getByRole("img", { name: /^Work per decode step/ }),
  };
}

async function expectResult(page: Page, formula: string, bytes: string, units: string) {
  const calc = calculator(page);
  await expect(calc.numbers).toHaveText(formula);
  await expect(calc.total).toHaveText(bytes);
  await expect(calc.binary).toHaveText(units);
}

test.describe("presets and typing", () => {
  test.use({ viewport: DESKTOP });

  test("starts at Llama 2 7B = 2 GiB; each preset gives its worked value", async ({ page }) => {
    await openConcept(page, SLUG);
    const calc = calculator(page);
    await expectResult(page, "= 2 · 32 · 32 · 128 · 4,096 · 1 · 2", LLAMA2.bytes, LLAMA2.units);
    await expect(calc.preset("Llama 2 7B")).toHaveAttribute("aria-pressed", "true");
    await calc.preset("Llama 3 8B").click();
    await expectResult(page, "= 2 · 32 · 8 · 128 · 8,192 · 1 · 2", "= 1,073,741,824 B", "= 1 GiB");
    await expect(calc.field(/KV heads/)).toHaveValue("8");
    await expect(calc.preset("Llama 3 8B")).toHaveAttribute("aria-pressed", "true");
    await calc.preset("GPT-2 small").click();
    await expectResult(page, "= 2 · 12 · 12 · 64 · 1,024 · 1 · 4", "= 75,497,472 B", "= 72 MiB");
    await expect(calc.bytesPerValue).toHaveValue("4");
    await expect(calc.plot).toHaveAccessibleName(/head of size 64, up to 1,024 tokens/);
  });

  test("typing values recomputes the formula, and “≈” appears only when rounding", async ({ page }) => {
    await openConcept(page, SLUG);
    const calc = calculator(page);
    await calc.field(/Batch size/).fill("8");
    await expectResult(page, "= 2 · 32 · 32 · 128 · 4,096 · 8 · 2", "= 17,179,869,184 B", "= 16 GiB");
    await calc.field(/Sequence length/).fill("1000");
    // 2·32·32·128·1,000·8·2 = 4,194,304,000 B = 3.90625 GiB.
    await expectResult(page, "= 2 · 32 · 32 · 128 · 1,000 · 8 · 2", "= 4,194,304,000 B", "≈ 3.91 GiB");
    await calc.bytesPerValue.selectOption("1");
    await expect(calc.binary).toHaveText("≈ 1.95 GiB");
    await expect(calc.plot).toHaveAccessibleName(/up to 1,000 tokens/);
  });
});

test.describe("bad input", () => {
  test.use({ viewport: DESKTOP });
  const cases = [
    ["Layers", "abc", "“abc” is not a number. Enter a whole number from 1 to 1,000."],
    ["Layers", "", "The layers is empty. Enter a whole number from 1 to 1,000."],
    ["KV heads", "-4", "The KV heads cannot be negative (received “-4”). Enter a whole number from 1 to 1,024."],
    ["Head size", "0", "The head size cannot be 0: the cache would be empty. Enter a whole number from 1 to 16,384."],
    ["Sequence length", "40.5", "The sequence length must be a whole number (received “40.5”). Enter a whole number from 1 to 10,000,000."],
    ["Sequence length", "99999999", "“99999999” is too large for the sequence length. Enter a whole number from 1 to 10,000,000."],
    ["Batch size", "1e9", "“1e9” is too large for the batch size. Enter a whole number from 1 to 100,000."],
  ] as const;

  for (const [label, text, message] of cases) {
    test(`${label} “${text}” is refused next to the field; the last result stays`, async ({ page }) => {
      await openConcept(page, SLUG);
      const calc = calculator(page);
      const input = calc.field(new RegExp(label));
      await input.fill(text);
      await expect(input).toHaveAttribute("aria-invalid", "true");
      await expect(input).toHaveAccessibleDescription(message);
      await expect(calc.stale).toBeVisible();
      await expect(calc.total).toHaveText(LLAMA2.bytes);
      await expect(calc.binary).toHaveText(LLAMA2.units);
      await input.fill("2");
      await expect(input).not.toHaveAttribute("aria-invalid");
      await expect(calc.stale).toBeHidden();
    });
  }

  test("a result over 1 EiB is refused and the last valid result stays", async ({ page }) => {
    await openConcept(page, SLUG);
    const calc = calculator(page);
    await calc.field(/Sequence length/).fill("10000000");
    await calc.field(/KV heads/).fill("1024");
    await calc.field(/Batch size/).fill("100000");
    await expect(calc.readout).toContainText("more than the 1 EiB (2⁶⁰ B) this calculator reports");
    await expect(calc.total).toHaveText("= 167,772,160,000,000 B");
    await expect(calc.binary).toHaveText("≈ 152.59 TiB");
  });
});

test.describe("keyboard only", () => {
  test.use({ viewport: DESKTOP });
  test("Tab reaches the presets and fields; Enter picks a preset, typing edits, arrows pick bytes", async ({ page }) => {
    await openConcept(page, SLUG);
    const calc = calculator(page);
    await tabTo(page, calc.preset("GPT-2 small"));
    await page.keyboard.press("Enter");
    await expect(calc.binary).toHaveText("= 72 MiB");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await isFocused(calc.preset("Llama 3 8B"))).toBe(true);
    await page.keyboard.press("Space");
    await expect(calc.binary).toHaveText("= 1 GiB");
    // Past the presets after Llama 3 8B (Falcon-7B, Llama 3.1 8B) to the first field.
    for (let k = 0; k < 3; k++) await page.keyboard.press("Tab");
    expect(await isFocused(calc.field(/Layers/))).toBe(true);
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("16");
    await expect(calc.binary).toHaveText("= 512 MiB");
    for (let k = 0; k < 5; k++) await page.keyboard.press("Tab");
    expect(await isFocused(calc.bytesPerValue)).toBe(true);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });
  test("the formula, the Llama 2 result, the plot's table and every preset's result are in the page", async ({ page }) => {
    await page.goto(`/concepts/${SLUG}/`);
    await expect(page.getByRole("heading", { level: 1, name: "What the KV Cache Costs" })).toBeVisible();
    const calc = calculator(page);
    await expect(calc.field(/Layers/)).toBeDisabled();
    await expect(calc.total).toHaveText(LLAMA2.bytes);
    await expect(calc.plot.locator("desc")).toContainText("reaches 1,048,576 at t = 4,096");
    await expect(page.getByRole("table", { name: /Work per decode step in numbers/ }).locator("tbody tr")).toHaveCount(13);
    const presets = page.getByRole("region", { name: "KV cache size of each preset" });
    await expect(presets.locator(".cache-table-result")).toHaveText([
      "2 · 12 · 12 · 64 · 1,024 · 1 · 4 = 75,497,472 B = 72 MiB",
      "2 · 32 · 32 · 128 · 4,096 · 1 · 2 = 2,147,483,648 B = 2 GiB",
      "2 · 32 · 8 · 128 · 8,192 · 1 · 2 = 1,073,741,824 B = 1 GiB",
      "2 · 32 · 8 · 128 · 131,072 · 1 · 2 = 17,179,869,184 B = 16 GiB",
      "2 · 32 · 1 · 64 · 2,048 · 1 · 2 = 16,777,216 B = 16 MiB",
    ]);
    await expect(page.locator("mjx-container").first()).toBeVisible();
  });
});

test.describe("axe", () => {
  for (const { colorScheme, viewport, label } of A11Y_SETTINGS) {
    test.describe(label, () => {
      test.use({ colorScheme, viewport });
      test.slow();
      test(`/concepts/${SLUG}/ has no axe violations, as loaded and with a refused field`, async ({ page }) => {
        await openConcept(page, SLUG);
        await checkA11y(page, `${SLUG} (${label})`);
        await calculator(page).field(/Layers/).fill("abc");
        await checkInspectedPage(page, `${SLUG} with a refused field (${label})`);
      });
    });
  }
});

test.describe("console", () => {
  test.use({ viewport: DESKTOP });
  test("no error or warning on load, presets, typing and bad input", async ({ page }) => {
    const problems = watchConsole(page);
    await openConcept(page, SLUG);
    problems.expectNone("after hydration");
    const calc = calculator(page);
    await calc.preset("Llama 3 8B").click();
    await calc.field(/Head size/).fill("x");
    await calc.field(/Head size/).fill("64");
    await calc.field(/Sequence length/).fill("10000000");
    await expect(calc.total).toHaveText("= 655,360,000,000 B"); // 2·32·8·64 = 32,768; ·10⁷ = 327,680,000,000; ·2
    problems.expectNone("after editing");
  });
});
