/**
 * Stable heading ids: lower-case words joined by hyphens, with `-1`, `-2` … added when a page
 * repeats a heading, so `#a-worked-example` keeps pointing at the same section.
 */
export interface Slugger {
  /** The id for the next heading with this text. */
  slug(text: string): string;
}

/** Turns heading text into an id fragment: "Why Kᵀ?" → "why-kᵀ". Letters of any script are kept. */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .trim()
    .replace(/[\s-]+/g, "-");
  return slug === "" ? "section" : slug;
}

/** A fresh slugger for one page: ids are unique within it and avoid `reserved` (e.g. example ids). */
export function createSlugger(reserved: Iterable<string> = []): Slugger {
  const used = new Set<string>(reserved);
  const counts = new Map<string, number>();
  return {
    slug(text) {
      const base = slugify(text);
      let count = counts.get(base) ?? 0;
      let candidate = count === 0 ? base : `${base}-${count}`;
      while (used.has(candidate)) candidate = `${base}-${++count}`;
      counts.set(base, count + 1);
      used.add(candidate);
      return candidate;
    },
  };
}
