import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./build/find-chromium.mjs";

/** PORT lets two test runs share a machine; SITE_OUT_DIR (read by vite preview) picks the built copy. */
const port = Number(process.env.PORT ?? 4173);

/** Browser tests run against the built site served by `vite preview`, as a static host would. */
export default defineConfig({
  testDir: "tests",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS.filter((arg) => arg !== "--headless") },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
