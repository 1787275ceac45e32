import { expect, test } from "@playwright/test";
import { wakeAllIslands } from "./helpers/site.ts";

test.describe("printing a concept page", () => {
  test("prints as a handout: no navigation or controls, figures and text versions kept, link addresses shown", async ({
    page,
  }) => {
    await page.goto("/concepts/qkv-projections/");
    // Every island awake, with its tools: printing must hide all of them.
    await wakeAllIslands(page);
    await page.emulateMedia({ media: "print" });
    for (const hidden of [".site-header", ".site-footer", ".breadcrumb", ".toc", ".pager", ".heading-link"]) {
      await expect(page.locator(hidden).first(), hidden).toBeHidden();
    }
    await expect(page.getByRole("combobox", { name: "Theme" })).toBeHidden();
    // The numbers of the worked example print (its cells are buttons, which must stay).
    await expect(page.locator(".island").first()).toContainText("17");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator(".diagram svg").first()).toBeVisible();
    await expect(page.locator("mjx-container").first()).toBeVisible();
    await expect(page.locator(".in-words").first()).toBeVisible();
    const after = await page
      .locator(".related a")
      .first()
      .evaluate((a) => getComputedStyle(a, "::after").content);
    expect(after).toContain("/concepts/");
  });

  test("examples that have not woken and drawings far down print in full (on screen they are skipped)", async ({
    page,
  }) => {
    await page.goto("/concepts/self-attention-map/");
    const frame = page.locator("#cat-sat-queries .example-frame");
    const drawing = page.locator(".diagram-svg").last();
    const rendered = (locator: typeof frame) =>
      locator.evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true }));
    expect(await rendered(frame)).toBe(false);
    await page.emulateMedia({ media: "print" });
    expect(await rendered(frame)).toBe(true);
    expect(await rendered(drawing)).toBe(true);
    await expect(page.locator("#cat-sat-queries")).not.toHaveAttribute("data-hydrated");
  });

  test("printing uses the light theme, opens closed <details> and prints absolute link addresses, then restores", async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/concepts/qkv-projections/");
    await page.evaluate(() => {
      const details = document.createElement("details");
      details.innerHTML = "<summary>More</summary><p>Hidden text</p>";
      document.querySelector(".prose")!.append(details);
      window.dispatchEvent(new Event("beforeprint"));
    });
    const added = page.locator(".prose details").filter({ hasText: "Hidden text" });
    expect(await added.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("light");
    const printed = await page.locator(".related a").first().getAttribute("data-print-href");
    expect(printed).toMatch(/^http:\/\/.+\/concepts\/.+\/$/);
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    expect(await added.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  });
});
