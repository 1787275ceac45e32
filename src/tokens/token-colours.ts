/**
 * One colour per token, everywhere: the categorical palette that follows a token from the
 * embedding table through its rows of X, Q, K and V, its row and column of the scores, the
 * attention map, the weighted sum and the KV cache. Colour is a second cue only: every coloured
 * marker sits on the token's name or index, which is always shown.
 *
 * The colours live in src/styles/token-colours.css as custom properties (`--token-0` …
 * `--token-7`, light and dark values); this module holds the same values so tests can check
 * contrast and colour-vision-deficiency distinctness, and the rule that maps a token to a slot.
 */

/** One palette entry: the marker colour in each theme and the pale tint behind a label. */
export interface TokenColour {
  /** A name for people: what the colour roughly is. */
  readonly name: string;
  /** Marker (stripe, dot) on the light page: ≥ 3:1 against the page and example backgrounds. */
  readonly light: string;
  /** Marker on the dark page, same rule. */
  readonly dark: string;
  /** Label background on the light page: body and muted text on it keep ≥ 4.5:1. */
  readonly tintLight: string;
  /** Label background on the dark page. */
  readonly tintDark: string;
}

/** Number of distinct colours before the palette repeats. */
export const TOKEN_PALETTE_SIZE = 8;

/** The palette, slot 0 first (see tokenSlot for which token gets which slot). */
export const TOKEN_PALETTE: readonly TokenColour[] = [
  { name: "violet", light: "#7a4fc7", dark: "#ab7cf9", tintLight: "#ebe4f3", tintDark: "#322b48" },
  { name: "ochre", light: "#986600", dark: "#cc920a", tintLight: "#efe7d7", tintDark: "#393018" },
  { name: "green", light: "#006549", dark: "#338d6e", tintLight: "#dae7e1", tintDark: "#1a2f2c" },
  { name: "plum (lavender when dark)", light: "#503573", dark: "#dab7ff", tintLight: "#e5e0e7", tintDark: "#3c3749" },
  { name: "raspberry", light: "#e92b6b", dark: "#ff4c81", tintLight: "#fadfe6", tintDark: "#432230" },
  { name: "teal", light: "#00907d", dark: "#38c5b0", tintLight: "#daede9", tintDark: "#1b3a3a" },
  { name: "brown (gold when dark)", light: "#753600", dark: "#ffd361", tintLight: "#eae0d7", tintDark: "#433d2a" },
  { name: "lilac", light: "#997cb8", dark: "#8267a1", tintLight: "#efeaf1", tintDark: "#2a2737" },
];

/** Where a token's colour comes from: a palette slot, and how many times the palette has wrapped. */
export interface TokenSlot {
  /** Palette entry, 0 … TOKEN_PALETTE_SIZE − 1. */
  readonly slot: number;
  /** 0 for tokens 0–7, 1 for tokens 8–15, …: later cycles draw the stripe dashed, then dotted. */
  readonly cycle: number;
}

/**
 * The colour rule: token (position) i gets slot i mod 8, so neighbours never share a colour; from
 * token 8 on, the colours repeat with a dashed stripe (cycle 1), then dotted (cycle 2), then
 * solid again. Tokens are positions in the sentence: a word that occurs twice is two tokens, with
 * two rows of X and two colours. Throws on a negative or fractional index.
 */
export function tokenSlot(token: number): TokenSlot {
  if (!Number.isInteger(token) || token < 0) {
    throw new RangeError(`Received token index ${token}. Expected a whole number ≥ 0 (a position in the sentence).`);
  }
  return { slot: token % TOKEN_PALETTE_SIZE, cycle: Math.floor(token / TOKEN_PALETTE_SIZE) % 3 };
}

/** The data attributes that colour an element as token `token` (none when token is undefined). */
export function tokenColourAttributes(token: number | undefined): {
  readonly "data-token-colour"?: number;
  readonly "data-token-cycle"?: number;
} {
  if (token === undefined) return {};
  const { slot, cycle } = tokenSlot(token);
  return cycle === 0 ? { "data-token-colour": slot } : { "data-token-colour": slot, "data-token-cycle": cycle };
}

/** The tokens of an n-token sentence, in order (0 … n − 1): what rowTokens takes for X, Q, K, V. */
export function tokenPositions(count: number): readonly number[] {
  return Array.from({ length: count }, (_, i) => i);
}
