import { expect, test } from "@playwright/test";
import { DESKTOP } from "./helpers/example-inspection.ts";

const SLUG = "prefill-and-decode";

test.describe("reading the page", () => {
  test.use({ viewport: DESKTOP });

  test("the flowchart has a caption, a title and a description for screen readers", async ({ page }) => {
    await page.goto(`/concepts/${SLUG}/`);
    await expect(page.getByRole("heading", { level: 1, name: "Prefill and Decode" })).toBeVisible();
    const diagram = page.getByRole("img", { name: "Prefill and decode around the KV cache" });
    await expect(diagram).toBeVisible();
    await expect(diagram).toHaveAccessibleDescription(
      /computes an n by n masked score matrix .* reads all t cached keys and values/,
    );
    await expect(page.locator("figure.diagram figcaption")).toHaveText(
      "Prefill fills the KV cache once; each decode step adds one key and one value per layer and reads them all",
    );
  });

  test("the table counts prefill of 4 tokens and 3 decode steps as worked by hand", async ({ page }) => {
    await page.goto(`/concepts/${SLUG}/`);
    const table = page.getByRole("region", { name: "Prefill and decode in numbers" }).getByRole("table");
    await expect(table.locator("tbody th")).toHaveText([
      "Prefill of 4 tokens",
      "Decode step 1 (t = 5)",
      "Decode step 2 (t = 6)",
      "Decode step 3 (t = 7)",
    ]);
    // Prefill: 4×4 = 16 scores, 3 + 2 + 1 = 6 masked, 4 k/v rows written, 16·2·2 = 64 multiply–adds.
    await expect(table.locator("tbody tr").first().locator("td")).toHaveText(["4", "4×4 = 16", "6", "4", "0", "64"]);
    // Step 3: one query against all 7 keys, nothing masked, 1 k/v row written, 7 read, 7·2·2 = 28.
    await expect(table.locator("tbody tr").last().locator("td")).toHaveText(["1", "1×7 = 7", "0", "1", "7", "28"]);
  });

  test("cites Pope et al. 2022 and Kwon et al. 2023 and links to the pages it builds on", async ({ page }) => {
    await page.goto(`/concepts/${SLUG}/`);
    const body = page.locator("main");
    await expect(body).toContainText("Pope et al. (2022, Efficiently Scaling Transformer Inference)");
    await expect(body).toContainText(
      "Kwon et al. (2023, Efficient Memory Management for Large Language Model Serving with PagedAttention)",
    );
    for (const slug of ["causal-masking", "kv-cache", "kv-cache-cost"]) {
      await expect(body.locator(`a[href="/concepts/${slug}/"]`).first()).toBeVisible();
    }
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: DESKTOP });
  test("the diagram and the table are in the HTML; the only island is the exercises", async ({ page }) => {
    await page.goto(`/concepts/${SLUG}/`);
    await expect(page.getByRole("img", { name: "Prefill and decode around the KV cache" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Prefill and decode in numbers" })).toBeVisible();
    await expect(page.locator("[data-island]")).toHaveCount(1);
    await expect(page.locator("[data-island]")).toHaveAttribute("data-island", "CheckYourself");
  });
});

// axe (light and dark, 1280 and 360 px) and a clean console on load: tests/site.spec.ts, for every page.
