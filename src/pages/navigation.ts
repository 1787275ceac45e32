import type { Category, Concept } from "../catalog/schema.ts";

/** Where a concept sits among the others: what to read before, what builds on it, and its neighbours. */
export interface ConceptNeighbours {
  /** Its `requires`, as concepts, in the order the frontmatter lists them. */
  readonly before: readonly Concept[];
  /** The concepts that list it in `requires`, in reading order. */
  readonly usedBy: readonly Concept[];
  /** The concept before it in reading order (category order, then `order`), if any. */
  readonly previous: Concept | undefined;
  /** The concept after it in reading order, if any. */
  readonly next: Concept | undefined;
}

/**
 * Derives a concept's neighbours from the catalogue. `concepts` must be in reading order, as the
 * catalogue provides them; nothing is listed by hand.
 */
export function neighboursOf(concept: Concept, concepts: readonly Concept[]): ConceptNeighbours {
  const bySlug = new Map(concepts.map((candidate) => [candidate.slug, candidate]));
  const index = concepts.findIndex((candidate) => candidate.slug === concept.slug);
  return {
    before: concept.requires.flatMap((slug) => bySlug.get(slug) ?? []),
    usedBy: concepts.filter((candidate) => candidate.requires.includes(concept.slug)),
    previous: index > 0 ? concepts[index - 1] : undefined,
    next: index >= 0 && index < concepts.length - 1 ? concepts[index + 1] : undefined,
  };
}

/** The categories that have at least one concept, each with its concepts in reading order. */
export function groupByCategory(
  categories: readonly Category[],
  concepts: readonly Concept[],
): { category: Category; concepts: Concept[] }[] {
  return categories
    .map((category) => ({ category, concepts: concepts.filter((concept) => concept.category === category.id) }))
    .filter((group) => group.concepts.length > 0);
}

/** What the search matches for one concept: title, aliases and summary, lower-cased. */
export function searchTextOf(concept: Concept): string {
  return [concept.title, ...concept.aliases, concept.summary].join(" \u2022 ").toLowerCase();
}
