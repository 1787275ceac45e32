/**
 * String post-processing of Mermaid's SVG, so diagrams can be themed by the
 * site's CSS (light and dark) and have an accessible name.
 *
 * Theming. Mermaid embeds a `<style>` whose rules all start with the diagram's
 * id (`#mmd-1a2b3c4d .node rect{fill:#eee}`), which out-ranks any class-based
 * site rule. We wrap that id in `:where(…)`, which keeps the rules scoped to
 * their diagram but gives the id zero specificity, so a site rule such as
 * `.diagram .node rect` wins without `!important`. Selectors the site CSS should
 * target (inside its own wrapper, e.g. `.mermaid-diagram`):
 *   - whole diagram, default text colour:     `svg` (fill), `text`
 *   - node shapes:   `.node rect, .node circle, .node ellipse, .node polygon, .node path` (fill, stroke)
 *   - node labels:   `.node .label text`, `.label text` (fill)
 *   - edge paths:    `.flowchart-link`, `.edgePaths .path` (stroke)
 *   - arrowheads:    `.marker` (fill, stroke — the marker's paths inherit them), `.arrowheadPath` (fill)
 *   - edge labels:   `.edgeLabel text` (fill), `.edgeLabel rect`, `.labelBkg` (fill / background)
 *   - subgraphs:     `.cluster rect` (fill, stroke), `.cluster text`, `.cluster-label text` (fill)
 * Colours set inside a diagram with `style`/`classDef` become inline styles and
 * cannot be themed: don't use them for colour.
 */

/** Makes the diagram's own stylesheet lose to any class-based site rule. */
function lowerStyleSpecificity(svg: string, id: string): string {
  // `(?![\w-])` leaves references such as `url(#<id>-gradient)` alone.
  const idSelector = new RegExp(`#${escapeRegExp(id)}(?![\\w-])`, "g");
  return svg.replace(/<style>([\s\S]*?)<\/style>/g, (_all, css: string) => {
    return `<style>${css.replace(idSelector, `:where(#${id})`)}</style>`;
  });
}

/**
 * Gives the root `<svg>` role="img" (Mermaid writes "graphics-document document",
 * which axe does not accept as an image with a name) and a readable role
 * description ("flowchart", not "flowchart-v2").
 */
function fixRootRole(svg: string): string {
  return svg.replace(/^<svg\b[^>]*>/, (tag) =>
    tag.replace(/\srole="[^"]*"/, ' role="img"').replace(/(\saria-roledescription="[^"]*?)-v\d+"/, '$1"'),
  );
}

/** Post-processing applied once, before the SVG is cached. */
export function finishMermaidSvg(svg: string, id: string): string {
  let out = fixRootRole(svg.trim());
  if (!/^<svg\b[^>]*\srole="img"/.test(out)) out = out.replace(/^<svg\b/, '<svg role="img"');
  return lowerStyleSpecificity(out, id);
}

/**
 * Names a diagram for assistive technology. Mermaid already points
 * `aria-labelledby` at a `<title>` when the source has `accTitle:`; otherwise
 * this adds `aria-label` (normally the figure's caption). Not cached, because
 * the caption lives in the MDX, not in the diagram source.
 */
export function labelMermaidSvg(svg: string, label: string): string {
  return svg.replace(/^<svg\b[^>]*>/, (tag) => {
    if (/\saria-label(ledby)?="/.test(tag)) return tag;
    return tag.replace(/^<svg\b/, `<svg aria-label="${escapeAttribute(label)}"`);
  });
}

/**
 * Renames the diagram id (and every id derived from it) in a copy of an SVG, so
 * the same diagram can appear twice on one page without duplicate ids.
 */
export function renameMermaidId(svg: string, id: string, newId: string): string {
  return svg.replace(new RegExp(`${escapeRegExp(id)}(?![0-9a-f])`, "g"), newId);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
