import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { categoriesFileSchema, categorySchema, conceptFrontmatterSchema } from "./schema.ts";

const validFrontmatter = {
  title: "Q, K, and V Projections",
  summary: "Why the same embedding is remixed into query, key, and value vectors.",
  category: "foundations",
  order: 4,
};

const validCategory = {
  id: "foundations",
  title: "Foundations",
  summary: "Embeddings, dot products and projections: the linear algebra attention is made of.",
};

describe("conceptFrontmatterSchema", () => {
  it("conceptFrontmatterSchema fills aliases, required and requires with their defaults", () => {
    expect(conceptFrontmatterSchema.parse(validFrontmatter)).toEqual({
      ...validFrontmatter,
      aliases: [],
      required: false,
      requires: [],
    });
  });

  it("conceptFrontmatterSchema trims the title and summary", () => {
    const parsed = conceptFrontmatterSchema.parse({
      ...validFrontmatter,
      title: "  Softmax  ",
      summary: " Turns scores into weights. ",
    });
    expect(parsed.title).toBe("Softmax");
    expect(parsed.summary).toBe("Turns scores into weights.");
  });

  it.each<[string, Record<string, unknown>]>([
    ["the reference page", { aliases: ["projection", "QKV"], required: true, requires: [] }],
    ["a 1-character title", { title: "Q" }],
    ["an 80-character title", { title: "t".repeat(80) }],
    ["a 10-character summary", { summary: "s".repeat(10) }],
    ["a 200-character summary", { summary: "s".repeat(200) }],
    ["order 1", { order: 1 }],
    ["order 999", { order: 999 }],
    ["10 aliases", { aliases: Array.from({ length: 10 }, (_, i) => `alias ${i}`) }],
    ["requires with kebab-case slugs", { requires: ["dot-product", "softmax", "kv-cache-2"] }],
    ["a category with digits", { category: "step-2" }],
  ])("conceptFrontmatterSchema accepts %s", (_what, change) => {
    expect(conceptFrontmatterSchema.safeParse({ ...validFrontmatter, ...change }).success).toBe(true);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["a missing title", { title: undefined }, "title"],
    ["a blank title", { title: "   " }, "title"],
    ["an 81-character title", { title: "t".repeat(81) }, "title"],
    ["a numeric summary", { summary: 42 }, "summary"],
    ["a 9-character summary", { summary: "s".repeat(9) }, "summary"],
    ["a 201-character summary", { summary: "s".repeat(201) }, "summary"],
    ["aliases as one string", { aliases: "projection" }, "aliases"],
    ["11 aliases", { aliases: Array.from({ length: 11 }, (_, i) => `alias ${i}`) }, "aliases"],
    ["an empty alias", { aliases: [""] }, "aliases"],
    ["a 41-character alias", { aliases: ["a".repeat(41)] }, "aliases"],
    ['the category "Foundations"', { category: "Foundations" }, "category"],
    ['the category "foundations-"', { category: "foundations-" }, "category"],
    ["a missing category", { category: undefined }, "category"],
    ['required: "yes"', { required: "yes" }, "required"],
    ['requires "Not A Slug"', { requires: ["Not A Slug"] }, "requires"],
    ["requires as one string", { requires: "dot-product" }, "requires"],
    ["order 0", { order: 0 }, "order"],
    ["order 1000", { order: 1000 }, "order"],
    ["order 2.5", { order: 2.5 }, "order"],
    ['order "three"', { order: "three" }, "order"],
    ["a missing order", { order: undefined }, "order"],
    ['the unknown field "titel"', { titel: "Typo" }, ""],
  ])("conceptFrontmatterSchema rejects %s", (_what, change, field) => {
    const result = conceptFrontmatterSchema.safeParse({ ...validFrontmatter, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0] ?? "").toBe(field);
  });

  it("conceptFrontmatterSchema describes every field for authors (printed as 'Expected …')", () => {
    const shape = conceptFrontmatterSchema.shape as Record<string, z.ZodType>;
    expect(Object.keys(shape)).toEqual(["title", "summary", "aliases", "category", "required", "requires", "order"]);
    for (const [field, schema] of Object.entries(shape)) {
      expect(schema.description, `description of "${field}"`).toMatch(/^[a-z].{9,}/);
    }
  });
});

describe("categoriesFileSchema", () => {
  it("categoriesFileSchema accepts the shape of content/categories.json", () => {
    const file = { categories: [validCategory, { ...validCategory, id: "attention", title: "Attention" }] };
    expect(categoriesFileSchema.parse(file)).toEqual(file);
  });

  it.each<[string, unknown]>([
    ["an empty list", { categories: [] }],
    ["a missing list", {}],
    ["a bare list", [validCategory]],
    ["an extra top-level key", { categories: [validCategory], version: 1 }],
    ['the id "Foundations"', { categories: [{ ...validCategory, id: "Foundations" }] }],
    ["an id with an underscore", { categories: [{ ...validCategory, id: "the_basics" }] }],
    ["a blank title", { categories: [{ ...validCategory, title: " " }] }],
    ["a 41-character title", { categories: [{ ...validCategory, title: "t".repeat(41) }] }],
    ["a missing summary", { categories: [{ id: "foundations", title: "Foundations" }] }],
    ["an unknown category field", { categories: [{ ...validCategory, order: 1 }] }],
  ])("categoriesFileSchema rejects %s", (_what, file) => {
    expect(categoriesFileSchema.safeParse(file).success).toBe(false);
  });

  it("categoriesFileSchema rejects two categories with the same id", () => {
    const category = { id: "foundations", title: "Foundations", summary: "Linear algebra." };
    const result = categoriesFileSchema.safeParse({ categories: [category, { ...category, title: "Again" }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("every category id must be unique");
  });

  it("categorySchema describes every field", () => {
    for (const [field, schema] of Object.entries(categorySchema.shape as Record<string, z.ZodType>)) {
      expect(schema.description, `description of "${field}"`).toBeTruthy();
    }
  });
});
