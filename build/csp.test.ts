import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CONTENT_SECURITY_POLICY,
  DEV_CONTENT_SECURITY_POLICY,
  EMBED_CONTENT_SECURITY_POLICY,
  contentSecurityPolicyFor,
  isEmbedPath,
} from "./csp.ts";

/** A policy as directive name → its sources. */
const parse = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

const README = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("Content-Security-Policy", () => {
  it("is strict about scripts: own origin only, no inline script, no eval, no plugins", () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]),
    );
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    for (const name of ["base-uri", "form-action", "frame-ancestors"]) expect(directives.get(name)).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'|\*/);
  });

  it("lets scripts compile WebAssembly (the search's Pagefind) and nothing more: no eval, no inline script", () => {
    expect(parse(CONTENT_SECURITY_POLICY).get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  it("has no worker-src: the service worker and the search worker fall back to script-src, the site's own files", () => {
    for (const name of ["worker-src", "child-src"]) expect(parse(CONTENT_SECURITY_POLICY).has(name)).toBe(false);
  });

  it("lets images come from blob: URLs (the PNG download draws the SVG through one)", () => {
    expect(parse(CONTENT_SECURITY_POLICY).get("img-src")).toEqual(["'self'", "blob:"]);
  });

  it("lets any site frame the embed pages, and changes nothing else for them", () => {
    const built = CONTENT_SECURITY_POLICY.split("; ");
    const embed = EMBED_CONTENT_SECURITY_POLICY.split("; ");
    expect(embed.filter((d, i) => d !== built[i])).toEqual(["frame-ancestors *"]);
  });

  it.each([
    ["/embed/qkv-projections/qkv-projection/", "/", "*"],
    ["/embed/softmax/exercises/", "/", "*"],
    ["/embed/", "/", "*"],
    ["/concepts/qkv-projections/", "/", "'self'"],
    ["/", "/", "'self'"],
    ["/assets/index-abc.js", "/", "'self'"],
    ["/concepts/embed/", "/", "'self'"],
    ["/embedded/", "/", "'self'"],
    ["/attention/embed/softmax/softmax/", "/attention/", "*"],
    ["/attention/embed/softmax/softmax/", "/attention", "*"],
    ["/embed/softmax/softmax/", "/attention/", "'self'"],
  ])("contentSecurityPolicyFor(%j, base %j) has frame-ancestors %s", (path, base, ancestors) => {
    expect(parse(contentSecurityPolicyFor(path, base)).get("frame-ancestors")).toEqual([ancestors]);
    expect(parse(contentSecurityPolicyFor(path, base, { dev: true })).get("frame-ancestors")).toEqual([ancestors]);
    expect(isEmbedPath(path, base)).toBe(ancestors === "*");
  });

  it("per path is otherwise the built or the dev policy", () => {
    expect(contentSecurityPolicyFor("/concepts/softmax/")).toBe(CONTENT_SECURITY_POLICY);
    expect(contentSecurityPolicyFor("/embed/softmax/softmax/")).toBe(EMBED_CONTENT_SECURITY_POLICY);
    expect(contentSecurityPolicyFor("/concepts/softmax/", "/", { dev: true })).toBe(DEV_CONTENT_SECURITY_POLICY);
    expect(parse(contentSecurityPolicyFor("/embed/a/b/", "/", { dev: true })).get("script-src")).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
      "'unsafe-inline'",
    ]);
  });

  it("is the header the README gives to hosts, in the header line, the _headers file and nginx", () => {
    expect(README).toContain(`\nContent-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
    expect(README).toContain(`\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
    expect(README).toContain(`add_header Content-Security-Policy "${CONTENT_SECURITY_POLICY}" always;`);
  });

  it("for embed pages is in the README too, in the header line, the _headers file and nginx", () => {
    expect(README).toContain(`\nContent-Security-Policy: ${EMBED_CONTENT_SECURITY_POLICY}\n`);
    expect(README).toContain(
      `/embed/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${EMBED_CONTENT_SECURITY_POLICY}\n`,
    );
    expect(README).toContain(`add_header Content-Security-Policy "${EMBED_CONTENT_SECURITY_POLICY}" always;`);
  });

  it("in dev differs only by allowing inline scripts and WebSocket connections", () => {
    const built = CONTENT_SECURITY_POLICY.split("; ");
    const dev = DEV_CONTENT_SECURITY_POLICY.split("; ");
    const changed = dev.filter((d, i) => d !== built[i]);
    expect(changed).toEqual(["script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline'", "connect-src 'self' ws: wss:"]);
  });
});
