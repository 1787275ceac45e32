import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from "./csp.ts";

const README = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("Content-Security-Policy", () => {
  it("is strict about scripts: own origin only, no inline script, no eval, no plugins", () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("script-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    for (const name of ["base-uri", "form-action", "frame-ancestors"]) expect(directives.get(name)).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*/);
  });

  it("is the header the README gives to hosts, in the header line, the _headers file and nginx", () => {
    expect(README).toContain(`\nContent-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
    expect(README).toContain(`\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
    expect(README).toContain(`add_header Content-Security-Policy "${CONTENT_SECURITY_POLICY}" always;`);
  });

  it("in dev differs only by allowing inline scripts and WebSocket connections", () => {
    const built = CONTENT_SECURITY_POLICY.split("; ");
    const dev = DEV_CONTENT_SECURITY_POLICY.split("; ");
    const changed = dev.filter((d, i) => d !== built[i]);
    expect(changed).toEqual(["script-src 'self' 'unsafe-inline'", "connect-src 'self' ws: wss:"]);
  });
});
