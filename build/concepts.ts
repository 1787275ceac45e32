import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { categoriesFileSchema, type Category, type Concept, type ConceptFrontmatter } from "../src/catalog/schema.ts";
import { ContentError } from "./content-error.ts";
import { parseConceptFrontmatter } from "./frontmatter.ts";

export interface ConceptCatalog {
  readonly categories: readonly Category[];
  /** In reading order: category order from categories.json, then `order`, then title. */
  readonly concepts: readonly Concept[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function loadCategories(contentDir: string, root: string): Category[] {
  const file = relative(root, join(contentDir, "categories.json"));
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(contentDir, "categories.json"), "utf8"));
  } catch (error) {
    throw new ContentError(
      file,
      undefined,
      `could not be read as JSON (${(error as Error).message}). Expected {"categories": [{"id", "title", "summary"}, …]}.`,
    );
  }
  const parsed = categoriesFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ContentError(
      file,
      undefined,
      `at ${issue.path.join(".") || "the top level"}: ${issue.message}. Expected {"categories": [{"id", "title", "summary"}, …]}.`,
    );
  }
  return parsed.data.categories;
}

/** Finds one `requires` cycle, returned as a list of slugs that starts and ends with the same one. */
function findCycle(requires: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const visit = (slug: string): string[] | undefined => {
    if (state.get(slug) === "done") return undefined;
    if (state.get(slug) === "visiting") return [...stack.slice(stack.indexOf(slug)), slug];
    state.set(slug, "visiting");
    stack.push(slug);
    for (const next of requires.get(slug) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(slug, "done");
    return undefined;
  };
  for (const slug of requires.keys()) {
    const cycle = visit(slug);
    if (cycle) return cycle;
  }
  return undefined;
}

/**
 * Reads every `content/*.mdx` frontmatter and checks the catalogue as a whole: known categories,
 * `requires` pointing at existing concepts, and no cycles. Throws a ContentError naming the file.
 */
export function loadConceptCatalog(contentDir: string, root = process.cwd()): ConceptCatalog {
  const categories = loadCategories(contentDir, root);
  const categoryIds = categories.map((category) => category.id);
  const entries: { slug: string; file: string; source: string; meta: ConceptFrontmatter }[] = [];

  for (const name of readdirSync(contentDir)
    .filter((n) => n.endsWith(".mdx"))
    .sort()) {
    const slug = name.slice(0, -".mdx".length);
    const file = relative(root, join(contentDir, name));
    if (!SLUG.test(slug)) {
      throw new ContentError(
        file,
        undefined,
        `Received the file name "${name}". Expected a kebab-case name such as qkv-projections.mdx: it becomes the URL.`,
      );
    }
    const source = readFileSync(join(contentDir, name), "utf8");
    entries.push({ slug, file, source, meta: parseConceptFrontmatter(source, file) });
  }

  const slugs = new Set(entries.map((entry) => entry.slug));
  const lineOfField = (source: string, field: string) => {
    const index = source.split("\n").findIndex((line) => line.startsWith(`${field}:`));
    return index < 0 ? undefined : index + 1;
  };
  for (const { slug, file, source, meta } of entries) {
    if (!categoryIds.includes(meta.category)) {
      throw new ContentError(
        file,
        lineOfField(source, "category"),
        `Received category "${meta.category}". Expected one of the ids in content/categories.json: ${categoryIds.join(", ")}.`,
      );
    }
    for (const required of meta.requires) {
      if (required === slug) {
        throw new ContentError(
          file,
          lineOfField(source, "requires"),
          `the concept lists itself in requires. Expected only other concepts' slugs.`,
        );
      }
      if (!slugs.has(required)) {
        throw new ContentError(
          file,
          lineOfField(source, "requires"),
          `Received requires entry "${required}", but there is no content/${required}.mdx. Expected one of: ${[...slugs].join(", ")}.`,
        );
      }
    }
  }

  const cycle = findCycle(new Map(entries.map((entry) => [entry.slug, entry.meta.requires])));
  if (cycle) {
    const files = cycle.slice(0, -1).map((slug) => relative(root, join(contentDir, `${slug}.mdx`)));
    throw new ContentError(
      files[0]!,
      undefined,
      `the requires links form a cycle: ${cycle.join(" → ")} (files: ${files.join(", ")}). Expected each concept to require only concepts that come before it; remove one of these links.`,
    );
  }

  const concepts: Concept[] = entries.map(({ slug, meta }) => ({
    ...meta,
    slug,
    usedBy: entries.filter((other) => other.meta.requires.includes(slug)).map((other) => other.slug),
  }));
  concepts.sort(
    (a, b) =>
      categoryIds.indexOf(a.category) - categoryIds.indexOf(b.category) ||
      a.order - b.order ||
      a.title.localeCompare(b.title),
  );
  return { categories, concepts };
}
