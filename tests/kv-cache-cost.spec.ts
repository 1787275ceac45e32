import { expect, test, type Page } from "@playwright/test";
import { watchConsole } from "./helpers/console.ts";
import { DESKTOP, exampleById, isFocused, openConcept, tabTo } from "./helpers/example-inspection.ts";

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

// The presets, typing, every refused value and the 1 EiB limit are unit tests
// (src/components/CacheSizeCalculator.test.tsx, src/examples/typed-values.cases.test.tsx); axe with
// a refused field runs in tests/site.spec.ts. Here: one refused field in a real browser (its
// message read as the field's description) and one bad link, the keyboard, and the page without
// JavaScript.
test.describe("bad input", () => {
  test.use({ viewport: DESKTOP });
  test("a link's bad layer count shows a note; Layers “abc” is refused next to the field; the last result stays until it is fixed", async ({
    page,
  }) => {
    await openConcept(page, SLUG, "cache-size", "?cache-size.layers=abc");
    const calc = calculator(page);
    await expect(page.locator('[data-example-frame="cache-size"] .example-note')).toContainText(
      "The link’s number of layers was not used: “abc” is not a whole number from 1 to 1000",
    );
    await expect(calc.total).toHaveText(LLAMA2.bytes);
    const input = calc.field(/Layers/);
    await input.fill("abc");
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(input).toHaveAccessibleDescription("“abc” is not a number. Enter a whole number from 1 to 1,000.");
    await expect(calc.stale).toBeVisible();
    await expect(calc.total).toHaveText(LLAMA2.bytes);
    await expect(calc.binary).toHaveText(LLAMA2.units);
    await input.fill("2");
    await expect(input).not.toHaveAttribute("aria-invalid");
    await expect(calc.stale).toBeHidden();
  });
});

test.describe("keyboard only", () => {
  test.use({ viewport: DESKTOP });
  test("Tab reaches the presets and fields; Enter picks a preset, typing edits, arrows pick bytes; nothing is logged", async ({
    page,
  }) => {
    const problems = watchConsole(page);
    await openConcept(page, SLUG, "cache-size");
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
    problems.expectNone("after presets and typing");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });
  test("the formula, the Llama 2 result, the plot's table and every preset's result are in the page", async ({
    page,
  }) => {
    await page.goto(`/concepts/${SLUG}/`);
    await expect(page.getByRole("heading", { level: 1, name: "What the KV Cache Costs" })).toBeVisible();
    const calc = calculator(page);
    await expect(calc.field(/Layers/)).toBeDisabled();
    await expect(calc.total).toHaveText(LLAMA2.bytes);
    await expect(calc.plot.locator("desc")).toContainText("reaches 1,048,576 at t = 4,096");
    await expect(page.getByRole("table", { name: /Work per decode step in numbers/ }).locator("tbody tr")).toHaveCount(
      13,
    );
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
