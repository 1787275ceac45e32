import { expect, test } from "@playwright/test";
import { checkA11y } from "./helpers/a11y.ts";
import { DARK_BG, LIGHT_BG, chooseTheme, pageBackground } from "./helpers/theme.ts";
import { waitForHydration } from "./helpers/site.ts";

/** Pages with math, plots, diagrams and heatmaps, plus the pages without islands. */
const PAGES = ["/", "/map/", "/404.html", "/concepts/qkv-projections/", "/concepts/self-attention-map/", "/concepts/causal-masking/"];

test.describe("theme switch", () => {
  test.use({ colorScheme: "light" });

  test("follows the system until a choice is made, and the choice persists across pages and reloads", async ({ page }) => {
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

  test("no flash: a stored dark choice is applied by a blocking script before the body is parsed", async ({ page, request }) => {
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

test.describe("both themes chosen with the switch, against the opposite system setting", () => {
  for (const [system, choice] of [["light", "Dark"], ["dark", "Light"]] as const) {
    for (const route of PAGES) {
      test(`${route}: ${choice} chosen over a ${system} system has no axe violations`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: system });
        await page.goto(route);
        await waitForHydration(page);
        await chooseTheme(page, choice);
        expect(await pageBackground(page)).toBe(choice === "Dark" ? DARK_BG : LIGHT_BG);
        await checkA11y(page, `${route} (${choice} chosen, system ${system})`);
      });
    }
  }
});
