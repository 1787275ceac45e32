import { describe, expect, it } from "vitest";
import { renderHead } from "./head.ts";

const HEAD = { title: "Softmax", description: "Rows of scores become weights.", path: "/concepts/softmax/" };

describe("renderHead", () => {
  it("renderHead(head, { webApp: true }) links the web app manifest and the touch icon below the base", () => {
    const html = renderHead(HEAD, { webApp: true });
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest">');
    expect(html).toContain('<link rel="apple-touch-icon" href="/icons/apple-touch-icon.png">');
  });

  it("renderHead(head) without webApp (npm run dev) links no manifest, which dev does not have", () => {
    expect(renderHead(HEAD)).not.toMatch(/manifest|apple-touch-icon/);
  });

  it("renderHead(head, { siteUrl }) gives the canonical link the absolute URL below the base", () => {
    expect(renderHead(HEAD, { siteUrl: "https://example.org/" })).toContain(
      '<link rel="canonical" href="https://example.org/concepts/softmax/">',
    );
  });

  it("renderHead(head) without a site URL leaves the canonical link out (a relative one is invalid), like og:url", () => {
    expect(renderHead(HEAD)).not.toMatch(/rel="canonical"|og:url/);
  });
});
