import { defineConfig } from "vitest/config";

/** Unit tests only: math, build steps, components. Browser tests live in tests/ (Playwright). */
export default defineConfig({
  test: {
    include: ["src/**/*.test.{ts,tsx}", "build/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
  },
});
