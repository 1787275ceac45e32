/**
 * Gathers the site's notation from every topic file of src/data/notation/ (each exports
 * `notation: readonly NotationEntry[]`) into one list for the Notation page, and enforces the rule
 * that a symbol means one thing across the site: the same symbol (with the same subscript) defined
 * twice with different meanings, or introduced on a page that does not exist, fails the build with
 * both files named. An entry marked `pageOnly` holds on its own page only and is checked against
 * that page's other entries.
 */
import type { NotationEntry } from "../data/notation/types.ts";

/** A topic file as `import.meta.glob` gives it: its exports, by path. */
export type NotationModules = Readonly<Record<string, { readonly notation?: readonly NotationEntry[] }>>;

/** One entry of the page, with the file that defined it. */
export interface CollectedEntry extends NotationEntry {
  readonly file: string;
}

/** The symbol as plain text with its subscript after an underscore-free separator, for keys and messages: "W Q". */
export function symbolKey(entry: Pick<NotationEntry, "symbol" | "sub">): string {
  return entry.sub ? `${entry.symbol} sub ${entry.sub}` : entry.symbol;
}

/**
 * Every entry of every file, sorted by symbol then subscript; a symbol defined in two files with
 * the same meaning is listed once. Throws on a symbol with two meanings, on a file with no
 * `notation` export, and on an `introducedIn` that is not in `slugs`.
 */
export function collectNotation(modules: NotationModules, slugs: ReadonlySet<string>): CollectedEntry[] {
  const byKey = new Map<string, CollectedEntry>();
  for (const [file, module] of Object.entries(modules).sort(([a], [b]) => a.localeCompare(b))) {
    if (!Array.isArray(module.notation)) {
      throw new Error(
        `${file}: expected an export \`notation: readonly NotationEntry[]\` (src/data/notation/types.ts).`,
      );
    }
    for (const entry of module.notation) {
      if (!slugs.has(entry.introducedIn)) {
        throw new Error(
          `${file}: the symbol ${symbolKey(entry)} is introduced in "${entry.introducedIn}", which is not a concept page. Expected one of: ${[...slugs].join(", ")}.`,
        );
      }
      // A page-only meaning is keyed by its page too, so it stands beside the site-wide one.
      const key = entry.pageOnly ? `${symbolKey(entry)} on ${entry.introducedIn}` : symbolKey(entry);
      const before = byKey.get(key);
      if (before && before.meaning !== entry.meaning) {
        throw new Error(
          `The symbol ${key} has two meanings: "${before.meaning}" (${before.file}) and "${entry.meaning}" (${file}). A symbol means one thing across the site; give one of them another letter.`,
        );
      }
      if (!before) byKey.set(key, { ...entry, file });
    }
  }
  return [...byKey.values()].sort(
    (a, b) => a.symbol.localeCompare(b.symbol, "en") || (a.sub ?? "").localeCompare(b.sub ?? "", "en"),
  );
}
