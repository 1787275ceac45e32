/**
 * A PostCSS step that lets the theme switch override the system setting while stylesheets keep
 * the plain `@media (prefers-color-scheme: dark) { … }` blocks authors already write. For every
 * rule inside such a block it adds two copies:
 *   - `:root[data-theme="dark"] X` outside the media query (dark chosen with the switch), and
 *   - inside the query, the rule becomes `:root:not([data-theme="light"]) X` (light chosen wins).
 * `:root` itself becomes `:root[data-theme="dark"]` / `:root:not([data-theme="light"])`.
 */

import type { Plugin, Rule } from "postcss";

const DARK_QUERY = /^\(\s*prefers-color-scheme\s*:\s*dark\s*\)$/;

/** `:root` → `:root<suffix>`; any other selector is scoped below `:root<suffix>`. */
export function scopeSelector(selector: string, suffix: string): string {
  const trimmed = selector.trim();
  if (trimmed === ":root" || trimmed === "html") return `:root${suffix}`;
  if (trimmed.startsWith(":root ") || trimmed.startsWith("html ")) return `:root${suffix}${trimmed.slice(trimmed.indexOf(" "))}`;
  return `:root${suffix} ${trimmed}`;
}

const CHOSEN_DARK = '[data-theme="dark"]';
const NOT_CHOSEN_LIGHT = ':not([data-theme="light"])';

/** The PostCSS plugin (postcss comes with Vite; see vite.config.ts `css.postcss`). */
export function themeSwitchCss(): Plugin {
  return {
    postcssPlugin: "attention-theme-switch",
    OnceExit(root) {
      root.walkAtRules("media", (media) => {
        if (!DARK_QUERY.test(media.params.trim())) return;
        const rules = (media.nodes ?? []).filter((node): node is Rule => node.type === "rule");
        if (rules.length === 0) return;
        // Outside the query: the reader picked dark with the switch.
        const copies = rules.map((rule) => rule.clone({ selectors: rule.selectors.map((s) => scopeSelector(s, CHOSEN_DARK)) }));
        for (const rule of rules) rule.selectors = rule.selectors.map((s) => scopeSelector(s, NOT_CHOSEN_LIGHT));
        let anchor: Rule | typeof media = media;
        for (const copy of copies) {
          anchor.after(copy);
          anchor = copy;
        }
      });
    },
  };
}
