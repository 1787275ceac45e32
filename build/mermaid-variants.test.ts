import { describe, expect, it } from "vitest";
import { MIN_LABEL_PX, narrowVariantSource, naturalWidth, switchWidthRem } from "./mermaid-variants.ts";

describe("narrowVariantSource", () => {
  it.each([
    ["flowchart LR\n  A --> B", "flowchart TB\n  A --> B"],
    ["graph RL\n  A --> B", "graph TB\n  A --> B"],
    ["  flowchart LR\n  A[LR] --> B", "  flowchart TB\n  A[LR] --> B"],
  ])("narrowVariantSource(%j) draws it top to bottom, nodes closer together", (source, body) => {
    const narrow = narrowVariantSource(source)!;
    expect(narrow.endsWith(body)).toBe(true);
    expect(narrow.split("\n")[0]).toMatch(/^%%\{init: .*"nodeSpacing"/);
  });

  it.each(["flowchart TB\n  A --> B", "flowchart TD\n  A --> B", "sequenceDiagram\n  A->>B: hi"])(
    "narrowVariantSource(%j) is null: nothing narrower to draw",
    (source) => expect(narrowVariantSource(source)).toBeNull(),
  );
});

describe("switchWidthRem", () => {
  it("reads the viewBox width", () => {
    expect(naturalWidth('<svg id="a" viewBox="0 0 1116 83.5" role="img">')).toBe(1116);
    expect(naturalWidth("<svg>")).toBeNull();
  });

  // 16 px labels at 11 px: the drawing may shrink to 11/16 of its width. 1116 px × 11/16 =
  // 767.25 px = 47.95 rem → 50 rem; 400 × 11/16 = 275 px = 17.2 rem → 30 rem; 2000 → 85.9 rem: never.
  it.each([
    [1116, 50],
    [400, 30],
    [698, 30],
    [699, 40],
    [2000, null],
  ])("a %d px wide drawing switches to wide at %s rem", (width, rem) => {
    expect(switchWidthRem(`<svg viewBox="0 0 ${width} 100">`)).toBe(rem);
    if (rem !== null) expect(((rem * 16) / width) * 16).toBeGreaterThanOrEqual(MIN_LABEL_PX);
  });
});
