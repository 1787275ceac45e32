import { expect, type Page } from "@playwright/test";

/** Picks a theme with the header's switch (System, Light or Dark) and waits until it applies. */
export async function chooseTheme(page: Page, choice: "System" | "Light" | "Dark"): Promise<void> {
  await page.getByRole("combobox", { name: "Theme" }).selectOption({ label: choice });
  const expected = choice === "System" ? null : choice.toLowerCase();
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme ?? null)).toBe(expected);
}

/** The computed background colour of the page, as the browser paints it. */
export function pageBackground(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
}

/** The site's light and dark page backgrounds (--bg in src/styles/site.css). */
export const LIGHT_BG = "rgb(253, 252, 250)";
export const DARK_BG = "rgb(20, 23, 28)";
