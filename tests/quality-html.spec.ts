import { expect, test } from "@playwright/test";
import { builtHtmlFiles, validateHtml } from "./helpers/html.ts";

// One run of the Nu Html Checker over every built page (it starts a JVM: ~3 s, whatever the count).
test("every built page is valid HTML (Nu Html Checker, errors only)", () => {
  const files = builtHtmlFiles();
  expect(files.length, "built pages").toBeGreaterThan(2);
  const errors = validateHtml(files).map(
    (e) =>
      `${e.file}:${e.line ?? "?"}:${e.column ?? "?"}: ${e.message}${e.extract ? `\n    near: ${e.extract.replace(/\s+/g, " ")}` : ""}`,
  );
  expect(errors, "HTML validation errors (file:line:column: message)").toEqual([]);
});
