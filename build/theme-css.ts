/**
 * The theme switch in CSS: stylesheets keep the plain `@media (prefers-color-scheme: dark) { … }`
 * blocks authors already write, and postcss-dark-theme-class makes them answer the switch too
 * (`<html data-theme="dark|light">`, set by public/theme-init.js and src/chrome/theme.ts). For
 * every rule inside such a block it adds
 *   - `:root[data-theme="dark"] X` outside the media query (dark chosen with the switch), and
 *   - inside the query, turns the rule into `:root:not([data-theme="light"]) X` (light chosen wins).
 * `:root` itself becomes `:root[data-theme="dark"]` / `:root:not([data-theme="light"])`.
 * `useWhere: false` keeps the selectors' specificity as written, so the cascade is unchanged.
 */
import darkThemeClass from "postcss-dark-theme-class";
import type { Plugin } from "postcss";

/** The PostCSS plugin (postcss comes with Vite; see vite.config.ts `css.postcss`). */
export function themeSwitchCss(): Plugin {
  return darkThemeClass({
    darkSelector: '[data-theme="dark"]',
    lightSelector: '[data-theme="light"]',
    rootSelector: [":root"],
    useWhere: false,
  }) as Plugin;
}
