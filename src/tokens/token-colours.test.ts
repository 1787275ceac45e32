import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ciede2000, contrastRatio, parseHex, simulateDeficiency, toLab, type Deficiency } from "./colour-science.ts";
import { TOKEN_PALETTE, TOKEN_PALETTE_SIZE, tokenColourAttributes, tokenSlot } from "./token-colours.ts";

const styles = resolve(import.meta.dirname, "../styles");
const siteCss = readFileSync(resolve(styles, "site.css"), "utf8");
const tokenCss = readFileSync(resolve(styles, "token-colours.css"), "utf8");

/** A theme colour from site.css: the first declaration is the light theme's, the second the dark's. */
function themeColour(name: string, theme: "light" | "dark"): string {
  const values = [...siteCss.matchAll(new RegExp(`--${name}: (#[0-9a-f]{6});`, "gi"))].map((m) => m[1] ?? "");
  expect(values.length, `--${name} in site.css`).toBeGreaterThanOrEqual(2);
  return values[theme === "light" ? 0 : 1] ?? "";
}

const themes = ["light", "dark"] as const;
const marker = (i: number, theme: "light" | "dark") => TOKEN_PALETTE[i]?.[theme] ?? "";
const tint = (i: number, theme: "light" | "dark") =>
  (theme === "light" ? TOKEN_PALETTE[i]?.tintLight : TOKEN_PALETTE[i]?.tintDark) ?? "";
const slots = TOKEN_PALETTE.map((_, i) => i);

/** The smallest CIEDE2000 difference between any two markers of a theme, as seen with `deficiency`. */
function closestPair(theme: "light" | "dark", deficiency: Deficiency | null): number {
  const labs = slots.map((i) => {
    const rgb = parseHex(marker(i, theme));
    return toLab(deficiency ? simulateDeficiency(rgb, deficiency) : rgb);
  });
  let min = Infinity;
  labs.forEach((a, i) => labs.slice(i + 1).forEach((b) => (min = Math.min(min, ciede2000(a, b)))));
  return min;
}

/**
 * Stated threshold: ΔE₀₀ ≥ 12 between every two markers, for typical vision and for each
 * dichromacy at full severity. Side by side, ΔE₀₀ ≈ 1 is just noticeable and ≈ 10 reads as a
 * different colour; 12 leaves a margin for thin stripes.
 */
const DISTINCT = 12;

describe("token palette", () => {
  it("has eight entries", () => {
    expect(TOKEN_PALETTE).toHaveLength(TOKEN_PALETTE_SIZE);
  });

  it.each(themes)("%s markers reach 3:1 against the page and the example background", (theme) => {
    for (const i of slots) {
      for (const background of ["bg", "surface"]) {
        const ratio = contrastRatio(parseHex(marker(i, theme)), parseHex(themeColour(background, theme)));
        expect(ratio, `${TOKEN_PALETTE[i]?.name} on --${background}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it.each(themes)("%s tints keep body and muted text at 4.5:1 or more", (theme) => {
    for (const i of slots) {
      for (const ink of ["fg", "muted"]) {
        const ratio = contrastRatio(parseHex(themeColour(ink, theme)), parseHex(tint(i, theme)));
        expect(ratio, `--${ink} on ${TOKEN_PALETTE[i]?.name} tint`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it.each(
    themes.flatMap((theme) =>
      ([null, "protanopia", "deuteranopia", "tritanopia"] as const).map((d) => [theme, d] as const),
    ),
  )("%s markers stay ΔE₀₀ ≥ 12 apart for %s vision (null: typical)", (theme, deficiency) => {
    expect(closestPair(theme, deficiency)).toBeGreaterThanOrEqual(DISTINCT);
  });

  it("the stylesheet declares the same colours as the module, light then dark", () => {
    for (const i of slots) {
      const declared = [...tokenCss.matchAll(new RegExp(`--token-${i}: (#[0-9a-f]{6});`, "g"))].map((m) => m[1]);
      const tints = [...tokenCss.matchAll(new RegExp(`--token-tint-${i}: (#[0-9a-f]{6});`, "g"))].map((m) => m[1]);
      expect(declared).toEqual([marker(i, "light"), marker(i, "dark")]);
      expect(tints).toEqual([tint(i, "light"), tint(i, "dark")]);
      expect(tokenCss).toContain(`[data-token-colour="${i}"]`);
    }
  });
});

describe("tokenSlot", () => {
  it.each([
    [0, 0, 0],
    [7, 7, 0],
    [8, 0, 1],
    [13, 5, 1],
    [16, 0, 2],
    [24, 0, 0],
  ])("token %d gets slot %d, cycle %d", (token, slot, cycle) => {
    expect(tokenSlot(token)).toEqual({ slot, cycle });
  });

  it("neighbouring tokens never share a colour", () => {
    for (let i = 0; i < 40; i++) expect(tokenSlot(i).slot).not.toBe(tokenSlot(i + 1).slot);
  });

  it("refuses an index that is not a position, saying what it expected", () => {
    expect(() => tokenSlot(-1)).toThrow(/Received token index -1\. Expected a whole number ≥ 0/);
    expect(() => tokenSlot(1.5)).toThrow(RangeError);
  });

  it("tokenColourAttributes gives data attributes, the cycle only after the first eight", () => {
    expect(tokenColourAttributes(undefined)).toEqual({});
    expect(tokenColourAttributes(3)).toEqual({ "data-token-colour": 3 });
    expect(tokenColourAttributes(9)).toEqual({ "data-token-colour": 1, "data-token-cycle": 1 });
  });
});
