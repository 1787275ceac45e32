/**
 * The symbols a TeX formula of a concept page uses, as the Notation page lists them: a letter (bold
 * or not), a Greek letter, Õ, or a named symbol set upright or in italics (PE, pos), each with its
 * subscript, and the symbols inside exponents and under operators. Words in \text{…}, functions
 * (\exp, \operatorname{softmax}), numbers, operators, ᵀ and the big-O of a cost (O(N), Θ(…)) are
 * not symbols. Used by
 * formula-symbols.test.ts to check that every symbol a page writes is on the Notation page.
 */

/** One symbol as a formula writes it: "W" with sub "Q", "θ" with sub "i", "m" with sub "new". */
export interface FormulaSymbol {
  readonly symbol: string;
  readonly sub?: string;
}

const GREEK: Readonly<Record<string, string>> = {
  alpha: "α",
  beta: "β",
  gamma: "γ",
  varepsilon: "ε",
  epsilon: "ε",
  theta: "θ",
  mu: "μ",
  sigma: "σ",
  ell: "ℓ",
  Pi: "Π",
  Delta: "Δ",
};

/** Commands whose one argument is the symbol itself, set in another face or with an accent. */
const FACES = new Set(["mathbf", "boldsymbol", "mathit", "mathrm", "tilde", "hat", "bar"]);
/** Commands whose argument is words or a function's name, never a symbol. */
const WORDS = new Set(["text", "operatorname", "begin", "end", "textrm"]);
/** The accents, as the Notation page writes the accented letter. */
const ACCENT: Readonly<Record<string, (base: string) => string>> = {
  tilde: (base) => (base === "O" ? "Õ" : `${base}\u0303`),
  hat: (base) => `${base}\u0302`,
  bar: (base) => `${base}\u0304`,
};

/** The brace group that opens at `start` (which must be "{"), without its braces, and the index after it. */
function group(tex: string, start: number): [string, number] {
  let depth = 0;
  for (let i = start; i < tex.length; i++) {
    if (tex[i] === "{") depth++;
    else if (tex[i] === "}" && --depth === 0) return [tex.slice(start + 1, i), i + 1];
  }
  return [tex.slice(start + 1), tex.length];
}

/** One argument at `start` after spaces: a brace group, a command, or one character. */
function argument(tex: string, start: number): [string, number] {
  let i = start;
  while (tex[i] === " ") i++;
  if (tex[i] === "{") return group(tex, i);
  if (tex[i] === "\\") {
    const name = /^\\[A-Za-z]+/.exec(tex.slice(i))?.[0] ?? tex.slice(i, i + 2);
    // A command with its own argument (\text{kv}) is read whole.
    if (WORDS.has(name.slice(1)) || FACES.has(name.slice(1))) {
      const [inner, next] = argument(tex, i + name.length);
      return [`${name}{${inner}}`, next];
    }
    return [name, i + name.length];
  }
  return [tex[i] ?? "", i + 1];
}

/**
 * A subscript as readers see it: "\text{model}" → "model", "{ij}" → "ij", "\text{kv}" → "kv";
 * spaces and thin spaces dropped.
 */
function plainSub(tex: string): string {
  return tex
    .replace(/\\(?:text|mathrm|mathit|operatorname)\s*\{([^}]*)\}/g, "$1")
    .replace(/\\[,;!]|\s+/g, "")
    .replace(/\\([A-Za-z]+)/g, (_, name: string) => GREEK[name] ?? name)
    .replace(/[{}]/g, "");
}

/**
 * The symbol just read, with the subscript that follows it and a prime kept; the symbols of a
 * superscript after it (an exponent's) go to `inner`.
 */
function withSub(tex: string, at: number, symbol: string, inner: FormulaSymbol[]): [FormulaSymbol, number] {
  let i = at;
  let sub: string | undefined;
  let prime = "";
  for (;;) {
    if (tex[i] === "'") {
      prime = "′";
      i++;
    } else if (tex[i] === "_" && sub === undefined) {
      const [arg, next] = argument(tex, i + 1);
      sub = plainSub(arg);
      i = next;
    } else if (tex[i] === "^") {
      const [arg, next] = argument(tex, i + 1);
      inner.push(...formulaSymbols(arg));
      i = next;
    } else break;
  }
  return [sub ? { symbol: symbol + prime, sub } : { symbol: symbol + prime }, i];
}

/** Pushes the symbol read at `at` and then the symbols of its exponent; returns the index after them. */
function read(tex: string, at: number, symbol: string, found: FormulaSymbol[]): number {
  const inner: FormulaSymbol[] = [];
  const [read, after] = withSub(tex, at, symbol, inner);
  found.push(read, ...inner);
  return after;
}

/** Every symbol `tex` uses, in order, repeats included. */
export function formulaSymbols(tex: string): FormulaSymbol[] {
  const found: FormulaSymbol[] = [];
  let i = 0;
  while (i < tex.length) {
    const ch = tex[i]!;
    if (ch === "\\") {
      const name = /^\\([A-Za-z]+)/.exec(tex.slice(i))?.[1];
      if (!name) {
        i += 2;
        continue;
      }
      i += name.length + 1;
      if (WORDS.has(name)) {
        const [arg, next] = argument(tex, i);
        i = next;
        // \text{head}_i is a named symbol with a subscript; any other \text{…} is words.
        if (name === "text" && tex[i] === "_") i = read(tex, i, arg.trim(), found);
        continue;
      }
      if (FACES.has(name)) {
        const [arg, next] = argument(tex, i);
        const inner = formulaSymbols(arg);
        const base = inner.length === 1 && !inner[0]!.sub ? inner[0]!.symbol : arg.trim();
        i = read(tex, next, ACCENT[name]?.(base) ?? base, found);
        continue;
      }
      const greek = GREEK[name];
      if (greek) i = read(tex, i, greek, found);
      // Every other command is a function, an operator, a space or a delimiter.
      continue;
    }
    if (ch === "^" || ch === "_") {
      // An exponent or the limits of an operator (\sum_j, \max_{j ∈ block}, e^{s − m}): read inside.
      const [arg, next] = argument(tex, i + 1);
      found.push(...formulaSymbols(arg));
      i = next;
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      // O(…) and Θ(…) are the order of a cost, not the output.
      if (ch === "O" && tex[i + 1] === "(") {
        i++;
        continue;
      }
      i = read(tex, i + 1, ch, found);
      continue;
    }
    i++;
  }
  return found;
}
