import { expect, test, type Locator, type Page } from "@playwright/test";
import { checkA11y } from "./helpers/a11y.ts";
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

test.describe("inspecting an output component of projectRow(x, W)", () => {
  for (const method of METHODS) {
    test.describe(method.name, () => {
      test.use(method.use);
      for (const c of OUTPUTS) {
        test(`${method.name} on ${c.name} shows ${c.expansion} and marks x and column ${c.j} of W`, async ({ page }) => {
          await openExample(page);
          await expectNothingInspected(page);
          await method.inspect(page, c);
          await expectInspected(page, c);
        });
      }
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

  test("Tab reaches y₀; arrows, Home and End move between outputs; Escape clears", async ({ page }) => {
    const ex = await openExample(page);
    const [y0, y1] = [ex.output(0), ex.output(1)];

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

  test("the readout is a polite live region whose text changes on inspection", async ({ page }) => {
    const ex = await openExample(page);
    await expect(ex.readout).toHaveAttribute("aria-live", "polite");
    await expect(ex.readout).toHaveText(HINT);
    await ex.output(0).focus();
    await expect(ex.readout).toContainText(OUTPUTS[0]!.expansion);
    await ex.output(1).focus();
    await expect(ex.readout).toContainText(OUTPUTS[1]!.expansion);
    await expect(ex.readout).not.toContainText(OUTPUTS[0]!.expansion);
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

    const diagram = page.locator("figure.diagram");
    await expect(diagram.locator("svg")).toBeVisible();
    // Mermaid wraps labels into one <tspan class="row"> per line: join the lines with spaces.
    const labels = await diagram.locator("svg .node text").evaluateAll((texts) =>
      texts.map((text) =>
        [...text.querySelectorAll("tspan.row")]
          .map((row) => row.textContent?.trim() ?? "")
          .join(" ")
          .replace(/\s+/g, " "),
      ),
    );
    expect(labels).toEqual(expect.arrayContaining(["One embedding row x", "Multiply by Wq", "Query row"]));
    await expect(diagram.locator("figcaption")).toHaveText("One embedding row becomes Q, K, and V");

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

test.describe("axe while inspecting", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    test.describe(colorScheme, () => {
      test.use({ colorScheme, viewport: DESKTOP });
      test("the example has no axe violations while y₁ is highlighted, at 1280 and 360 px", async ({ page }) => {
        const ex = await openExample(page);
        await ex.output(1).focus();
        await expectInspected(page, OUTPUTS[1]!);
        await checkA11y(page, `${CONCEPT_URL} with y₁ inspected (${colorScheme}, ${DESKTOP.width} px)`);
        await page.setViewportSize(PHONE);
        await expectInspected(page, OUTPUTS[1]!);
        await checkA11y(page, `${CONCEPT_URL} with y₁ inspected (${colorScheme}, ${PHONE.width} px)`);
      });
    });
  }
});

test.describe("console", () => {
  test.use({ viewport: DESKTOP });

  test(`${CONCEPT_URL} logs no error or warning on load, hydration and inspection`, async ({ page }) => {
    const problems = watchConsole(page);
    await page.goto(CONCEPT_URL);
    problems.expectNone("on load");
    await openExample(page);
    problems.expectNone("after hydration");
    const ex = projectionExample(page);
    await ex.output(1).hover();
    await expectInspected(page, OUTPUTS[1]!);
    await page.mouse.move(0, 0);
    await expectNothingInspected(page);
    await ex.output(0).focus();
    await expectInspected(page, OUTPUTS[0]!);
    await page.keyboard.press("ArrowRight");
    await expectInspected(page, OUTPUTS[1]!);
    await page.keyboard.press("Escape");
    await expectNothingInspected(page);
    problems.expectNone("after inspecting");
  });
});

test.describe("360 px wide", () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test("the example fits while inspected and its outputs are at least 24×24 px touch targets", async ({ page }) => {
    const ex = await openExample(page);
    await ex.output(1).tap();
    await expectInspected(page, OUTPUTS[1]!);
    const { scrollWidth, clientWidth } = await horizontalOverflow(page);
    expect(scrollWidth, "scrollWidth with y₁ inspected").toBeLessThanOrEqual(clientWidth);
    for (const c of OUTPUTS) {
      const box = await ex.output(c.j).boundingBox();
      expect(box, `${c.name} is laid out`).not.toBeNull();
      expect(box!.width, `${c.name} width`).toBeGreaterThanOrEqual(24);
      expect(box!.height, `${c.name} height`).toBeGreaterThanOrEqual(24);
    }
  });
});

test.describe("navigation", () => {
  test("the index links to the concept page", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "All concepts" })).toBeVisible();
    await page.getByRole("link", { name: "Q, K, and V Projections", exact: true }).click();
    await expect(page).toHaveURL(/\/concepts\/qkv-projections\/$/);
    await expect(page.getByRole("heading", { level: 1, name: "Q, K, and V Projections" })).toBeVisible();
  });

  test("the concept page's All concepts link leads back to the index", async ({ page }) => {
    await page.goto(CONCEPT_URL);
    const back = page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link").first();
    await expect(back).toHaveAccessibleName("All concepts");
    await back.click();
    await expect(page).toHaveURL(/:\d+\/$/);
    await expect(page.getByRole("heading", { level: 1, name: "All concepts" })).toBeVisible();
  });
});
