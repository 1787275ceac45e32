/**
 * What the full-text search indexes in place of a typeset formula. MathJax's SVG carries no text
 * and its hidden MathML reads `d_k` as "dk", so a reader typing `d_k`, `√d_k` or `W_Q` would not
 * find the sections that use them. The formula's TeX, turned into the plain text a reader would
 * type, is indexed instead: `\sqrt{d_k}` → `√d_k`, `\mathbf{W}_Q` → `W_Q`, `\exp(0) = 1` →
 * `exp(0) = 1`. The search dialog shows `_k` as a subscript again (src/chrome/search-results.ts).
 */

/** Commands replaced by a symbol or a word; unknown commands keep their name (`\cos` → `cos`). */
const SYMBOLS: Readonly<Record<string, string>> = {
  cdot: "·",
  times: "×",
  infty: "∞",
  approx: "≈",
  le: "≤",
  leq: "≤",
  ge: "≥",
  geq: "≥",
  ne: "≠",
  neq: "≠",
  top: "ᵀ",
  sum: "Σ",
  dots: "…",
  ldots: "…",
  cdots: "⋯",
  vdots: "⋮",
  leftarrow: "←",
  rightarrow: "→",
  to: "→",
  theta: "θ",
  ell: "ℓ",
  alpha: "α",
  beta: "β",
  sigma: "σ",
  lambda: "λ",
  pi: "π",
  qquad: " ",
  quad: " ",
};

/** Commands whose argument is shown as it is (fonts, text, decorations). */
const UNWRAP = new Set([
  "mathbf",
  "mathrm",
  "mathit",
  "boldsymbol",
  "text",
  "textrm",
  "operatorname",
  "underbrace",
  "overbrace",
  "hat",
  "bar",
  "vec",
  "tilde",
]);

/** Commands that draw nothing a reader would search for. */
const DROP = new Set(["left", "right", "big", "Big", "bigl", "bigr", "displaystyle", "limits", "nolimits"]);

/** Reads a `{…}` group (or one character) starting at `at`; returns its inner TeX and where it ends. */
function readArgument(tex: string, at: number): { inner: string; end: number } {
  let i = at;
  while (tex[i] === " ") i++;
  if (tex[i] !== "{") {
    if (tex[i] === "\\") {
      const name = /^\\([a-zA-Z]+|.)/.exec(tex.slice(i))?.[0] ?? "\\";
      return { inner: name, end: i + name.length };
    }
    return { inner: tex[i] ?? "", end: Math.min(i + 1, tex.length) };
  }
  let depth = 0;
  for (let j = i; j < tex.length; j++) {
    if (tex[j] === "{") depth++;
    else if (tex[j] === "}" && --depth === 0) return { inner: tex.slice(i + 1, j), end: j + 1 };
  }
  return { inner: tex.slice(i + 1), end: tex.length };
}

/**
 * texToSearchText("\\sqrt{d_k}") → "√d_k": a formula's TeX as the plain text a reader would type
 * into a search box. Subscripts keep their underscore (`q_{ic}` → `q_ic`), `^\top` becomes `ᵀ`,
 * fractions become `a/b`, matrix rows are separated by `;` and columns by `,`.
 */
export function texToSearchText(tex: string): string {
  let out = "";
  for (let i = 0; i < tex.length;) {
    const ch = tex[i]!;
    if (ch === "\\") {
      const match = /^\\([a-zA-Z]+|.)/.exec(tex.slice(i));
      const name = match?.[1] ?? "";
      i += match?.[0].length ?? 1;
      if (name === "sqrt") {
        const argument = readArgument(tex, i);
        out += `√${texToSearchText(argument.inner)}`;
        i = argument.end;
      } else if (name === "frac") {
        const numerator = readArgument(tex, i);
        const denominator = readArgument(tex, numerator.end);
        out += `${texToSearchText(numerator.inner)}/${texToSearchText(denominator.inner)}`;
        i = denominator.end;
      } else if (name === "begin" || name === "end") {
        i = readArgument(tex, i).end;
        out += " ";
      } else if (UNWRAP.has(name)) {
        const argument = readArgument(tex, i);
        out += texToSearchText(argument.inner);
        i = argument.end;
      } else if (name === "\\") out += "; ";
      else if (name === "," || name === ";" || name === ":" || name === " " || name === "!")
        out += name === "!" ? "" : " ";
      else if (
        name === "{" ||
        name === "}" ||
        name === "|" ||
        name === "%" ||
        name === "&" ||
        name === "#" ||
        name === "$" ||
        name === "_"
      )
        out += name === "|" ? "‖" : name;
      else if (DROP.has(name)) continue;
      else if (SYMBOLS[name] !== undefined) out += SYMBOLS[name];
      // A function name (\cos, \exp) is a word: keep it apart from a letter or command after it.
      else out += /^[a-zA-Z\\]/.test(tex[i] ?? "") ? `${name} ` : name;
    } else if (ch === "^") {
      const argument = readArgument(tex, i + 1);
      const inner = texToSearchText(argument.inner);
      out += inner === "ᵀ" ? "ᵀ" : `^${inner}`;
      i = argument.end;
    } else if (ch === "_") {
      const argument = readArgument(tex, i + 1);
      out += `_${texToSearchText(argument.inner)}`;
      i = argument.end;
    } else if (ch === "{" || ch === "}") i++;
    else if (ch === "&") {
      out += ", ";
      i++;
    } else if (ch === "~") {
      out += " ";
      i++;
    } else {
      out += ch;
      i++;
    }
  }
  return out
    .replace(/\s+/g, " ")
    .replace(/ ([,;])/g, "$1")
    .trim();
}
