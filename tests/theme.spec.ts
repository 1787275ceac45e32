import { expect, test, type Page } from "@playwright/test";
import { DARK_BG, LIGHT_BG, chooseTheme, pageBackground } from "./helpers/theme.ts";
import { revealWholePage } from "./helpers/site.ts";

/** Pages with math, plots, diagrams and heatmaps, plus the pages without islands. */
const PAGES = [
  "/",
  "/map/",
  "/404.html",
  "/concepts/qkv-projections/",
  "/concepts/self-attention-map/",
  "/concepts/causal-masking/",
];

test.describe("theme switch", () => {
  test.use({ colorScheme: "light" });

  test("follows the system until a choice is made, and the choice persists across pages and reloads", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("system");
    expect(await pageBackground(page)).toBe(LIGHT_BG);

    await chooseTheme(page, "Dark");
    expect(await pageBackground(page)).toBe(DARK_BG);
    expect(await page.evaluate(() => localStorage.getItem("theme"))).toBe("dark");

    await page.getByRole("link", { name: "Concept map" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Concept map" })).toBeVisible();
    expect(await pageBackground(page)).toBe(DARK_BG);
    await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("dark");

    await page.reload();
    expect(await pageBackground(page)).toBe(DARK_BG);

    await chooseTheme(page, "System");
    expect(await pageBackground(page)).toBe(LIGHT_BG);
    expect(await page.evaluate(() => localStorage.getItem("theme"))).toBeNull();
  });

  test("a light choice wins over a dark system setting", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/concepts/softmax/");
    expect(await pageBackground(page)).toBe(DARK_BG);
    await chooseTheme(page, "Light");
    expect(await pageBackground(page)).toBe(LIGHT_BG);
  });

  test("is operable by keyboard", async ({ page }) => {
    await page.goto("/");
    const select = page.getByRole("combobox", { name: "Theme" });
    await select.focus();
    await page.keyboard.press("ArrowDown"); // System → Light
    await page.keyboard.press("ArrowDown"); // Light → Dark
    await expect(select).toHaveValue("dark");
    expect(await pageBackground(page)).toBe(DARK_BG);
  });

  test("no flash: a stored dark choice is applied by a blocking script before the body is parsed", async ({
    page,
    request,
  }) => {
    const html = await (await request.get("/concepts/qkv-projections/")).text();
    const head = html.slice(0, html.indexOf("</head>"));
    const themeScript = /<script src="[^"]*theme-init\.js"><\/script>/.exec(head);
    expect(themeScript, "a classic script (no async, defer or type=module) in <head>").not.toBeNull();
    expect(head.indexOf(themeScript![0]), "before the stylesheet").toBeLessThan(head.indexOf('rel="stylesheet"'));

    await page.goto("/");
    await chooseTheme(page, "Dark");
    await page.addInitScript(() => {
      // Records the theme when <body> first exists, and the background in the first animation
      // frame, which runs just before the first paint (after the render-blocking stylesheet).
      const w = window as unknown as { themeAtBody: string; bgAtBody: string };
      requestAnimationFrame(() => (w.bgAtBody = getComputedStyle(document.documentElement).backgroundColor));
      const observer = new MutationObserver(() => {
        if (!document.body) return;
        observer.disconnect();
        w.themeAtBody = document.documentElement.dataset.theme ?? "unset";
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto("/concepts/qkv-projections/");
    const seen = await page.evaluate(() => {
      const w = window as unknown as { themeAtBody: string; bgAtBody: string };
      return { themeAtBody: w.themeAtBody, bgAtBody: w.bgAtBody };
    });
    expect(seen.themeAtBody).toBe("dark");
    expect(seen.bgAtBody).toBe(DARK_BG);
  });
});

const PAINT = [
  "color",
  "background-color",
  "background-image",
  "border-top-color",
  "border-right-color",
  "border-bottom-color",
  "border-left-color",
  "outline-color",
  "box-shadow",
  "text-decoration-color",
  "fill",
  "stroke",
  "stop-color",
  "opacity",
];

/**
 * What every element paints with, in document order: its colours, borders, outline, shadows,
 * SVG paint and opacity, as the browser computes them once transitions have finished.
 */
async function paint(page: Page): Promise<{ element: string; values: string[] }[]> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
  return page.evaluate((properties) => {
    return [document.documentElement, ...document.documentElement.querySelectorAll("*")].map((element) => {
      const style = getComputedStyle(element);
      const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : element.classList.length ? `.${[...element.classList].join(".")}` : ""}`;
      return { element: name, values: properties.map((p) => style.getPropertyValue(p)) };
    });
  }, PAINT);
}

/** Where two paintings of the same page differ: element, property, then the two values. */
function differences(a: Awaited<ReturnType<typeof paint>>, b: Awaited<ReturnType<typeof paint>>): string[] {
  return a.flatMap((left, i) =>
    left.values.flatMap((value, k) =>
      value === b[i]!.values[k] ? [] : [`${left.element} ${PAINT[k]}: ${value} / ${b[i]!.values[k]}`],
    ),
  );
}

// A theme picked with the switch must look exactly like the same theme picked by the system:
// build/theme-css.ts copies every `prefers-color-scheme: dark` rule for the switch. Comparing
// what every element paints proves that for every colour rule at once (what axe's colour checks
// read), so the axe scans in both themes (tests/site.spec.ts) need not be repeated here.
test.describe("a theme chosen with the switch paints every element as the same system theme does", () => {
  for (const [system, choice] of [
    ["light", "Dark"],
    ["dark", "Light"],
  ] as const) {
    for (const route of PAGES) {
      test(`${route}: ${choice} chosen over a ${system} system`, async ({ page }) => {
        const scheme = choice === "Dark" ? "dark" : "light";
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(route);
        await revealWholePage(page);
        const bySystem = await paint(page);

        await page.emulateMedia({ colorScheme: system });
        await page.reload();
        await revealWholePage(page);
        await chooseTheme(page, choice);
        expect(await pageBackground(page)).toBe(choice === "Dark" ? DARK_BG : LIGHT_BG);
        const bySwitch = await paint(page);
        expect(
          bySwitch.map((e) => e.element),
          "elements on the page",
        ).toEqual(bySystem.map((e) => e.element));
        expect(
          differences(bySystem, bySwitch).slice(0, 20),
          `paint that differs (system ${scheme} / ${choice} chosen)`,
        ).toEqual([]);
        // The system setting leaves `color-scheme: light dark` to the browser; the switch names one,
        // so form controls and scroll bars follow the choice too.
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(scheme);
      });
    }
  }
});
