import { z } from "zod";

/** Kebab-case, as used in file names and URLs: `qkv-projections`. */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a kebab-case slug such as qkv-projections");

/**
 * The YAML frontmatter every `content/<slug>.mdx` file starts with. Each field's description is
 * also what a build error prints as "Expected …", so it is written for authors.
 */
export const conceptFrontmatterSchema = z
  .object({
    /** Page title and link text, e.g. "Q, K, and V Projections". */
    title: z.string().trim().min(1).max(80).describe('a title of 1–80 characters, e.g. "Q, K, and V Projections"'),
    /** One sentence shown under the title and in the concept list. */
    summary: z
      .string()
      .trim()
      .min(10)
      .max(200)
      .describe("one sentence of 10–200 characters saying what the page teaches"),
    /** Other names learners search for ("Also called: projection, QKV"). */
    aliases: z
      .array(z.string().trim().min(1).max(40))
      .max(10)
      .default([])
      .describe("a list of other names, e.g. [projection, QKV] (or leave it out)"),
    /** The id of a category in content/categories.json. */
    category: slug.describe("the id of a category listed in content/categories.json, e.g. foundations"),
    /** Marks a concept every learner needs ("Required concept" badge). */
    required: z.boolean().default(false).describe("true or false (or leave it out for false)"),
    /** Slugs of the concepts to read first; they must exist and must not form a cycle. */
    requires: z
      .array(slug)
      .default([])
      .describe("a list of concept slugs (file names without .mdx), e.g. [dot-product]"),
    /** Position within the category, smallest first; ties are broken by title. */
    order: z
      .number()
      .int()
      .min(1)
      .max(999)
      .describe("a whole number from 1 to 999 giving the position in its category"),
  })
  .strict();

export type ConceptFrontmatter = z.infer<typeof conceptFrontmatterSchema>;

/** One category in content/categories.json; the file's order is the reading order. */
export const categorySchema = z
  .object({
    /** Referenced by a concept's `category` field. */
    id: slug.describe("a kebab-case id such as foundations"),
    /** Heading on the index, e.g. "Foundations". */
    title: z.string().trim().min(1).max(40).describe("a heading of 1–40 characters"),
    /** One sentence shown under the heading on the index. */
    summary: z.string().trim().min(1).max(200).describe("one sentence of 1–200 characters"),
  })
  .strict();

export const categoriesFileSchema = z
  .object({
    categories: z
      .array(categorySchema)
      .min(1)
      .refine(
        (list) => new Set(list.map((category) => category.id)).size === list.length,
        "every category id must be unique",
      )
      .describe("a non-empty list of categories with unique ids"),
  })
  .strict();

export type Category = z.infer<typeof categorySchema>;

/** A validated concept as the pages see it: frontmatter plus where it came from. */
export interface Concept extends ConceptFrontmatter {
  /** File name without `.mdx`; the URL is `/concepts/<slug>/`. */
  readonly slug: string;
  /** Slugs of the concepts that list this one in `requires`. */
  readonly usedBy: readonly string[];
}
