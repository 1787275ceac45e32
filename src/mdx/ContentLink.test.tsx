import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

describe("ContentLink", () => {
  it("puts the deploy base before site-absolute links and leaves other links alone", async () => {
    vi.stubEnv("BASE_URL", "/attention/");
    vi.resetModules();
    const { ContentLink } = await import("./ContentLink.tsx");
    const html = (target: string) => renderToStaticMarkup(<ContentLink href={target}>x</ContentLink>);
    expect(html("/concepts/softmax/")).toBe('<a href="/attention/concepts/softmax/">x</a>');
    expect(html("#why-it-matters")).toBe('<a href="#why-it-matters">x</a>');
    expect(html("https://example.org/a")).toBe('<a href="https://example.org/a">x</a>');
    expect(html("//example.org/a")).toBe('<a href="//example.org/a">x</a>');
    vi.unstubAllEnvs();
  });
});
