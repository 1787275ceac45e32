import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./build/find-chromium.mjs";

/** PORT lets two test runs share a machine; SITE_OUT_DIR (read by vite preview) picks the built copy. */
const port = Number(process.env.PORT ?? 4173);

/** Browser tests run against the built site served by `vite preview`, as a static host would. */
export default defineConfig({
  testDir: "tests",
  fullyParallel: true,
  workers: 2,
  // On CI a failed test runs once more; the list reporter names any that passed only then as
  // "flaky", so a flake is reported without sinking the run. Locally a failure is final.
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    // The built site registers a service worker that precaches it all; in most tests it would
    // download the site again for every test and answer requests that tests mean to intercept
    // (page.route). tests/offline.spec.ts turns it back on.
    serviceWorkers: "block",
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS.filter((arg) => arg !== "--headless") },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
