import { expect, test, type Locator, type Page } from "@playwright/test";
import { watchConsole } from "./helpers/console.ts";
import {
  CONCEPT_URL,
  HINT,
  OUTPUTS,
  W,
  X,
  expectInspected,
  expectNothingInspected,
  isFocused,
  openExample,
  projectionExample,
  tabUntilFocused,
  type OutputCase,
} from "./helpers/projection-example.ts";

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };

interface Method {
  readonly name: string;
  readonly use: Parameters<typeof test.use>[0];
  /** Inspects output `c` the way a reader using this input method would. */
  inspect(page: Page, c: OutputCase): Promise<void>;
}

const METHODS: readonly Method[] = [
  {
    name: "mouse hover",
    use: { viewport: DESKTOP },
    inspect: (page, c) => projectionExample(page).output(c.j).hover(),
  },
  {
    name: "keyboard focus",
    use: { viewport: DESKTOP },
    async inspect(page, c) {
      const ex = projectionExample(page);
      await tabUntilFocused(page, ex.output(0));
      for (let j = 0; j < c.j; j++) await page.keyboard.press("ArrowRight");
      expect(await isFocused(ex.output(c.j)), `${c.name} has keyboard focus`).toBe(true);
    },
  },
  {
    name: "touch tap",
    use: { viewport: PHONE, hasTouch: true, isMobile: true },
    inspect: (page, c) => projectionExample(page).output(c.j).tap(),
  },
];

async function borderOf(locator: Locator) {
  return locator.evaluate((element) => {
    const style = getComputedStyle(element);
    const sides = ["Top", "Right", "Bottom", "Left"] as const;
    const styles = [...new Set(sides.map((side) => style.getPropertyValue(`border-${side.toLowerCase()}-style`)))];
    const widths = sides.map((side) => parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)));
    return { style: styles.join("/"), width: Math.min(...widths) };
  });
}

async function focusRing(locator: Locator) {
  return locator.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
}

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
}

// MatrixGrid (and the vector plot it drives) with a real mouse, keyboard and touch screen, once:
// every other example's wiring of hover, focus and tap is checked in
// src/components/inspection.cases.test.tsx and the examples' own unit tests.
test.describe("inspecting an output component of projectRow(x, W)", () => {
  const c = OUTPUTS[1]!;
  for (const method of METHODS) {
    test.describe(method.name, () => {
      test.use(method.use);
      test(`${method.name} on ${c.name} shows ${c.expansion} and marks x and column ${c.j} of W`, async ({ page }) => {
        const problems = watchConsole(page);
        await openExample(page);
        await expectNothingInspected(page);
        await method.inspect(page, c);
        await expectInspected(page, c);
        if (method.use.hasTouch) {
          // At 360 px the inspected example fits, and every output is a 24×24 px touch target at least.
          const { scrollWidth, clientWidth } = await horizontalOverflow(page);
          expect(scrollWidth, "scrollWidth with y₁ inspected").toBeLessThanOrEqual(clientWidth);
          for (const output of OUTPUTS) {
            const box = await projectionExample(page).output(output.j).boundingBox();
            expect(box, `${output.name} is laid out`).not.toBeNull();
            expect(box!.width, `${output.name} width`).toBeGreaterThanOrEqual(24);
            expect(box!.height, `${output.name} height`).toBeGreaterThanOrEqual(24);
          }
        }
        problems.expectNone(`after ${method.name}`);
      });
    });
  }

  test.describe("mouse hover", () => {
    test.use({ viewport: DESKTOP });
    test("moving the pointer away from a hovered output clears the inspection", async ({ page }) => {
      const ex = await openExample(page);
      await ex.output(1).hover();
      await expectInspected(page, OUTPUTS[1]!);
      await page.mouse.move(0, 0);
      await expectNothingInspected(page);
    });
  });
});

test.describe("keyboard only", () => {
  test.use({ viewport: DESKTOP });

  test("Tab reaches y₀; arrows, Home and End move between outputs, told in a polite live region; Escape clears", async ({
    page,
  }) => {
    const problems = watchConsole(page);
    const ex = await openExample(page);
    const [y0, y1] = [ex.output(0), ex.output(1)];
    await expect(ex.readout).toHaveAttribute("aria-live", "polite");
    await expect(ex.readout).toHaveText(HINT);

    const presses = await tabUntilFocused(page, y0);
    test.info().annotations.push({ type: "Tab presses from the top to y₀", description: String(presses) });
    await expectInspected(page, OUTPUTS[0]!);
    const ring = await focusRing(y0);
    expect(ring.style, "focused output has an outline").not.toBe("none");
    expect(ring.width, "focused output's outline width").toBeGreaterThan(0);
    // Roving tabindex: the outputs are a single tab stop.
    await expect(y0).toHaveAttribute("tabindex", "0");
    await expect(y1).toHaveAttribute("tabindex", "-1");

    await page.keyboard.press("ArrowRight");
    expect(await isFocused(y1), "ArrowRight moves focus to y₁").toBe(true);
    await expectInspected(page, OUTPUTS[1]!);
    await expect(y1).toHaveAttribute("tabindex", "0");
    await expect(y0).toHaveAttribute("tabindex", "-1");
    const ringY1 = await focusRing(y1);
    expect(ringY1.style).not.toBe("none");
    expect(ringY1.width).toBeGreaterThan(0);

    await page.keyboard.press("ArrowRight");
    expect(await isFocused(y1), "ArrowRight on the last output stays there").toBe(true);

    await page.keyboard.press("ArrowLeft");
    expect(await isFocused(y0), "ArrowLeft moves focus back to y₀").toBe(true);
    await expectInspected(page, OUTPUTS[0]!);

    await page.keyboard.press("End");
    expect(await isFocused(y1), "End moves focus to the last output").toBe(true);
    await expectInspected(page, OUTPUTS[1]!);

    // Tab leaves the outputs (one tab stop); Shift+Tab comes back to the inspected one.
    await page.keyboard.press("Tab");
    expect(await isFocused(y0), "Tab from y₁ does not stop on y₀").toBe(false);
    expect(await isFocused(y1), "Tab leaves the outputs").toBe(false);
    await page.keyboard.press("Shift+Tab");
    expect(await isFocused(y1), "Shift+Tab returns to the inspected output").toBe(true);

    await page.keyboard.press("Home");
    expect(await isFocused(y0), "Home moves focus to the first output").toBe(true);
    await expectInspected(page, OUTPUTS[0]!);

    await page.keyboard.press("Escape");
    await expectNothingInspected(page);
    problems.expectNone("after inspecting with the keyboard");
  });
});

test.describe("highlighting", () => {
  test.use({ viewport: DESKTOP });

  test("inspected and ingredient cells differ by border style and width, not colour alone", async ({ page }) => {
    const ex = await openExample(page);
    const plain = await borderOf(ex.xCells.nth(0));
    expect(plain.style, "x entries before inspecting").not.toBe("dashed");

    await ex.output(1).focus();
    await expectInspected(page, OUTPUTS[1]!);

    for (const ingredient of [ex.xCells.nth(0), ex.xCells.nth(1), ex.wCell(0, 1), ex.wCell(1, 1)]) {
      expect((await borderOf(ingredient)).style, `${ingredient} is an ingredient`).toBe("dashed");
    }
    for (const other of [ex.wCell(0, 0), ex.wCell(1, 0)]) {
      expect((await borderOf(other)).style, `${other} is not an ingredient`).not.toBe("dashed");
    }
    const inspected = await borderOf(ex.output(1));
    expect(inspected.style, "the inspected output").toBe("solid");
    expect(inspected.width, "the inspected output's border width").toBeGreaterThanOrEqual(3);
    const uninspected = await borderOf(ex.output(0));
    expect(`${uninspected.style} ${uninspected.width}px`, "the other output looks different").not.toBe(
      `${inspected.style} ${inspected.width}px`,
    );
    expect(uninspected.style).not.toBe("dashed");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });

  test("the concept page shows its title, formula, diagram, example, plot and text alternative", async ({ page }) => {
    await page.goto(CONCEPT_URL);
    await expect(page.getByRole("heading", { level: 1, name: "Q, K, and V Projections" })).toBeVisible();

    const formula = page.locator("mjx-container").first();
    await expect(formula.locator("svg")).toBeVisible();
    await expect(formula.locator("math")).toHaveCount(1);

    // Two drawings of the flowchart (wide and top-to-bottom); the column's width shows one.
    const diagram = page.locator("figure.diagram svg").filter({ visible: true });
    await expect(diagram).toBeVisible();
    // Mermaid wraps labels into one <tspan class="row"> per line: join the lines with spaces.
    const labels = await diagram.locator(".node text").evaluateAll((texts) =>
      texts.map((text) =>
        [...text.querySelectorAll("tspan.row")]
          .map((row) => row.textContent?.trim() ?? "")
          .join(" ")
          .replace(/\s+/g, " "),
      ),
    );
    expect(labels).toEqual(
      expect.arrayContaining(["One embedding row x", "Multiply by the query weights", "Query row"]),
    );
    await expect(page.locator("figure.diagram figcaption")).toHaveText("One embedding row becomes Q, K, and V");

    const ex = projectionExample(page);
    await expect(ex.xCells).toHaveText([...X]);
    await expect(ex.w.locator("[data-cell]")).toHaveText(W.flat());
    await expect(ex.outputs).toHaveText(["2", "17"]);
    await expect(ex.readout).toHaveText(HINT);

    const plot = page.getByRole("img", { name: "Projection example shown as vectors on axes" });
    await expect(plot).toBeVisible();
    const desc = plot.locator("desc");
    await expect(desc).toContainText("(2, 3)");
    await expect(desc).toContainText("(2, 17)");

    const inWords = page.getByRole("region", { name: "Worked projection example in words" });
    for (const c of OUTPUTS) await expect(inWords).toContainText(c.expansion);
  });
});

test("the index links to the concept page, whose All concepts link leads back", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "All concepts" })).toBeVisible();
  await page.getByRole("link", { name: "Q, K, and V Projections", exact: true }).click();
  await expect(page).toHaveURL(/\/concepts\/qkv-projections\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "Q, K, and V Projections" })).toBeVisible();
  const back = page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link").first();
  await expect(back).toHaveAccessibleName("All concepts");
  await back.click();
  await expect(page).toHaveURL(/:\d+\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "All concepts" })).toBeVisible();
});
