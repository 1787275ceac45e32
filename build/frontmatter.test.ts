import { describe, expect, it } from "vitest";
import { ContentError } from "./content-error.ts";
import { parseConceptFrontmatter } from "./frontmatter.ts";

const FILE = "content/x.mdx";

// Valid frontmatter lines. Line 1 of the file is the opening `---`, so the first field is line 2.
const TITLE = "title: Q, K, and V Projections";
const SUMMARY = "summary: Why the same embedding is remixed into query, key, and value vectors.";
const CATEGORY = "category: foundations";
const ORDER = "order: 4";

/** A concept file whose frontmatter is these lines (the first on line 2), then a short body. */
function conceptFile(lines: readonly string[], newline = "\n"): string {
  return ["---", ...lines, "---", "", "Body text with a colon: here.", ""].join(newline);
}

/** Runs the parser and returns the ContentError it throws (fails the test if it does not throw one). */
function contentErrorOf(source: string, file = FILE): ContentError {
  try {
    parseConceptFrontmatter(source, file);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  return expect.fail("parseConceptFrontmatter accepted the file; expected a ContentError");
}

describe("parseConceptFrontmatter", () => {
  it("parseConceptFrontmatter reads a valid file and fills the defaults (aliases [], required false, requires [])", () => {
    expect(parseConceptFrontmatter(conceptFile([TITLE, SUMMARY, CATEGORY, ORDER]), FILE)).toEqual({
      title: "Q, K, and V Projections",
      summary: "Why the same embedding is remixed into query, key, and value vectors.",
      category: "foundations",
      order: 4,
      aliases: [],
      required: false,
      requires: [],
    });
  });

  it("parseConceptFrontmatter keeps aliases, required and requires when they are given", () => {
    const source = conceptFile([
      TITLE,
      SUMMARY,
      "aliases: [projection, QKV]",
      CATEGORY,
      "required: true",
      "requires:",
      "  - dot-product",
      ORDER,
    ]);
    expect(parseConceptFrontmatter(source, FILE)).toMatchObject({
      aliases: ["projection", "QKV"],
      required: true,
      requires: ["dot-product"],
    });
  });

  it("parseConceptFrontmatter reads a file with Windows line endings", () => {
    expect(parseConceptFrontmatter(conceptFile([TITLE, SUMMARY, CATEGORY, ORDER], "\r\n"), FILE)).toMatchObject({
      title: "Q, K, and V Projections",
      order: 4,
    });
  });

  it.each([
    {
      name: "numeric summary",
      lines: [TITLE, "summary: 42", CATEGORY, ORDER],
      line: 3,
      parts: ['"summary"', "Received 42 (a number)", "Expected one sentence of 10–200 characters"],
    },
    {
      name: "missing title",
      lines: [SUMMARY, CATEGORY, ORDER],
      line: 2,
      parts: ['"title"', "Received nothing", "Expected a title of 1–80 characters"],
    },
    {
      name: "order 2.5",
      lines: [TITLE, SUMMARY, CATEGORY, "order: 2.5"],
      line: 5,
      parts: ['"order"', "Received 2.5 (a number)", "Expected a whole number from 1 to 999"],
    },
    {
      name: "order 0",
      lines: [TITLE, SUMMARY, CATEGORY, "order: 0"],
      line: 5,
      parts: ['"order"', "Received 0 (a number)", "Expected a whole number from 1 to 999"],
    },
    {
      name: 'order "three"',
      lines: [TITLE, SUMMARY, CATEGORY, "order: three"],
      line: 5,
      parts: ['"order"', 'Received "three" (text)', "Expected a whole number from 1 to 999"],
    },
    {
      name: 'category "Foundations"',
      lines: [TITLE, SUMMARY, "category: Foundations", ORDER],
      line: 4,
      parts: [
        '"category"',
        'Received "Foundations" (text)',
        "Expected the id of a category listed in content/categories.json",
      ],
    },
    {
      name: "aliases as one string",
      lines: [TITLE, SUMMARY, "aliases: projection", CATEGORY, ORDER],
      line: 4,
      parts: ['"aliases"', 'Received "projection" (text)', "Expected a list of other names"],
    },
    {
      name: 'requires entry "Not A Slug"',
      lines: [TITLE, SUMMARY, CATEGORY, "requires:", "  - dot-product", "  - Not A Slug", ORDER],
      line: 7,
      parts: ['"requires.1"', 'Received "Not A Slug" (text)', "Expected a list of concept slugs"],
    },
    {
      name: 'required "yes"',
      lines: [TITLE, SUMMARY, CATEGORY, 'required: "yes"', ORDER],
      line: 5,
      parts: ['"required"', 'Received "yes" (text)', "Expected true or false"],
    },
  ])("parseConceptFrontmatter rejects a $name, naming file, line, Received and Expected", ({ lines, line, parts }) => {
    const error = contentErrorOf(conceptFile(lines));
    expect(error.file).toBe(FILE);
    expect(error.line).toBe(line);
    expect(error.message.startsWith(`${FILE}:${line}: `)).toBe(true);
    for (const part of parts) expect(error.message).toContain(part);
  });

  it('parseConceptFrontmatter rejects an unknown field "titel", naming it and listing the known fields', () => {
    const error = contentErrorOf(conceptFile([TITLE, SUMMARY, CATEGORY, ORDER, "titel: Typo"]));
    expect(error.line).toBe(6);
    expect(error.message).toMatch(
      /^content\/x\.mdx:6: Received an unknown frontmatter field "titel"\. Expected only these fields: /,
    );
    for (const field of ["title", "summary", "aliases", "category", "required", "requires", "order"]) {
      expect(error.message).toContain(field);
    }
  });

  it("parseConceptFrontmatter rejects invalid YAML (title: [unclosed) on the last line, naming that line", () => {
    const error = contentErrorOf(conceptFile([SUMMARY, CATEGORY, ORDER, "title: [unclosed"]));
    expect(error.file).toBe(FILE);
    expect(error.line).toBe(5);
    expect(error.message).toMatch(/^content\/x\.mdx:5: the frontmatter is not valid YAML \(.*end with a \]\)/);
    expect(error.message).toContain("Expected `field: value` lines");
  });

  it("parseConceptFrontmatter points at the line of an unclosed [ list, not the next field", () => {
    const error = contentErrorOf(conceptFile(["title: [unclosed", SUMMARY, CATEGORY, ORDER]));
    expect(error.line).toBe(2);
  });

  it("parseConceptFrontmatter says what it received for invalid YAML", () => {
    const error = contentErrorOf(conceptFile([SUMMARY, CATEGORY, ORDER, "title: [unclosed"]));
    expect(error.message).toMatch(/Received[\s\S]*Expected/);
  });

  it('parseConceptFrontmatter names a misspelled "titel" even when "title" is then missing', () => {
    const error = contentErrorOf(conceptFile(["titel: Q, K, and V Projections", SUMMARY, CATEGORY, ORDER]));
    expect(error.message).toContain('unknown frontmatter field "titel"');
  });

  it("parseConceptFrontmatter reads an empty block as frontmatter and asks for its first field", () => {
    const error = contentErrorOf("---\n---\n\nBody.\n");
    expect(error.message).toContain('frontmatter field "title": Received nothing');
  });

  it("parseConceptFrontmatter rejects a file without frontmatter at line 1", () => {
    const error = contentErrorOf("# Q, K, and V Projections\n\nNo frontmatter here.\n");
    expect(error.line).toBe(1);
    expect(error.message).toMatch(
      /^content\/x\.mdx:1: Received a file without frontmatter\. Expected the file to start with a YAML block between two `---` lines/,
    );
  });

  it("parseConceptFrontmatter names the file it was given, not a fixed path", () => {
    const error = contentErrorOf(conceptFile([TITLE, "summary: 42", CATEGORY, ORDER]), "content/dot-product.mdx");
    expect(error.message.startsWith("content/dot-product.mdx:3: ")).toBe(true);
  });
});
