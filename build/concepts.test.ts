import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConceptCatalog } from "./concepts.ts";
import { ContentError } from "./content-error.ts";

/** The project root: file names in messages are relative to it. */
const root = resolve(import.meta.dirname, "..");
const fixtures = "tests/fixtures/catalog";

/** Loads a fixture folder and returns the ContentError it throws (fails the test if none). */
function catalogErrorOf(folder: string): ContentError {
  try {
    loadConceptCatalog(resolve(root, fixtures, folder), root);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  return expect.fail(`loadConceptCatalog accepted ${fixtures}/${folder}; expected a ContentError`);
}

describe("loadConceptCatalog", () => {
  it("loadConceptCatalog orders concepts by category (categories.json), then order, then title", () => {
    const catalog = loadConceptCatalog(resolve(root, fixtures, "valid"), root);
    expect(catalog.categories.map((category) => category.id)).toEqual(["basics", "advanced"]);
    // File names sort differently (alpha-advanced first), so this order can only come from the data.
    expect(catalog.concepts.map((concept) => concept.slug)).toEqual([
      "zeta-basics", // basics, order 1
      "gamma-basics", // basics, order 2, "Alpha tie" < "Beta"
      "beta-basics", // basics, order 2, "Beta"
      "alpha-advanced", // advanced, order 1
      "delta-advanced", // advanced, order 3
    ]);
  });

  it("loadConceptCatalog derives usedBy from the other concepts' requires", () => {
    const { concepts } = loadConceptCatalog(resolve(root, fixtures, "valid"), root);
    const usedBy = Object.fromEntries(concepts.map((concept) => [concept.slug, concept.usedBy]));
    expect(usedBy).toEqual({
      "zeta-basics": ["beta-basics", "delta-advanced"],
      "gamma-basics": [],
      "beta-basics": ["delta-advanced"],
      "alpha-advanced": [],
      "delta-advanced": [],
    });
  });

  it("loadConceptCatalog keeps each concept's frontmatter with its defaults", () => {
    const { concepts } = loadConceptCatalog(resolve(root, fixtures, "valid"), root);
    expect(concepts.find((concept) => concept.slug === "gamma-basics")).toEqual({
      slug: "gamma-basics",
      title: "Alpha tie",
      summary: "A fixture concept used by build/concepts.test.ts.",
      category: "basics",
      order: 2,
      aliases: ["gamma"],
      required: true,
      requires: [],
      usedBy: [],
    });
    expect(concepts.find((concept) => concept.slug === "alpha-advanced")).toMatchObject({
      aliases: [],
      required: false,
      requires: [],
    });
  });

  it("loadConceptCatalog loads the real content folder, with qkv-projections in foundations", () => {
    const catalog = loadConceptCatalog(resolve(root, "content"), root);
    expect(catalog.categories.length).toBeGreaterThan(0);
    expect(catalog.concepts.find((concept) => concept.slug === "qkv-projections")).toMatchObject({
      category: "foundations",
      title: "Q, K, and V Projections",
    });
  });

  it.each([
    {
      folder: "unknown-category",
      file: `${fixtures}/unknown-category/b.mdx`,
      line: 4,
      parts: [
        'Received category "intermediate"',
        "Expected one of the ids in content/categories.json: basics, advanced.",
      ],
    },
    {
      folder: "unknown-requires",
      file: `${fixtures}/unknown-requires/b.mdx`,
      line: 5,
      parts: ['Received requires entry "dot-product"', "there is no content/dot-product.mdx", "Expected one of: a, b."],
    },
    {
      folder: "self-requires",
      file: `${fixtures}/self-requires/a.mdx`,
      line: 5,
      parts: ["the concept lists itself in requires", "Expected only other concepts' slugs"],
    },
    {
      folder: "bad-frontmatter",
      file: `${fixtures}/bad-frontmatter/b.mdx`,
      line: 5,
      parts: ['frontmatter field "order": Received 2.5 (a number)', "Expected a whole number from 1 to 999"],
    },
  ])("loadConceptCatalog rejects $folder at file and line", ({ folder, file, line, parts }) => {
    const error = catalogErrorOf(folder);
    expect(error.file).toBe(file);
    expect(error.line).toBe(line);
    expect(error.message.startsWith(`${file}:${line}: `)).toBe(true);
    for (const part of parts) expect(error.message).toContain(part);
  });

  it("loadConceptCatalog rejects a requires cycle a → b → c → a, naming its files and path", () => {
    const error = catalogErrorOf("cycle");
    const files = ["a", "b", "c"].map((slug) => `${fixtures}/cycle/${slug}.mdx`);
    expect(error.message).toContain("the requires links form a cycle: a → b → c → a");
    for (const file of files) expect(error.message).toContain(file);
    // d requires a but is not part of the cycle.
    expect(error.message).not.toContain(`${fixtures}/cycle/d.mdx`);
    expect(error.message).toContain("Expected each concept to require only concepts that come before it");
  });

  it("loadConceptCatalog rejects the file name Bad_Name.mdx, asking for kebab-case", () => {
    const error = catalogErrorOf("bad-file-name");
    expect(error.file).toBe(`${fixtures}/bad-file-name/Bad_Name.mdx`);
    expect(error.message).toContain(
      'Received the file name "Bad_Name.mdx". Expected a kebab-case name such as qkv-projections.mdx',
    );
  });

  it("loadConceptCatalog rejects a categories.json that is not JSON, naming the file", () => {
    const error = catalogErrorOf("broken-categories");
    expect(error.file).toBe(`${fixtures}/broken-categories/categories.json`);
    expect(error.message).toMatch(
      /^tests\/fixtures\/catalog\/broken-categories\/categories\.json: could not be read as JSON \(/,
    );
    expect(error.message).toContain('Expected {"categories": [{"id", "title", "summary"}, …]}');
  });

  it("loadConceptCatalog rejects a categories.json with a non-kebab id, naming the field", () => {
    const error = catalogErrorOf("invalid-categories");
    expect(error.file).toBe(`${fixtures}/invalid-categories/categories.json`);
    expect(error.message).toContain("at categories.0.id: a kebab-case slug such as qkv-projections");
    expect(error.message).toContain('Expected {"categories": [{"id", "title", "summary"}, …]}');
  });
});
