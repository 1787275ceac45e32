import { compile } from "@mdx-js/mdx";
import remarkFrontmatter from "remark-frontmatter";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { ContentError } from "./content-error.ts";
import { remarkCheckComponents } from "./remark-check-components.ts";
import * as componentRegistry from "../src/mdx/registry.ts";

const FILE = "content/x.mdx";

// The frontmatter (lines 1–7) and a blank line (8): the first body line is line 9.
const FRONTMATTER = [
  "---",
  "title: Q, K, and V Projections",
  "summary: Why the same embedding is remixed into query, key, and value vectors.",
  "category: foundations",
  "requires: []",
  "order: 4",
  "---",
  "",
  "",
].join("\n");

/** A concept file: frontmatter, a paragraph on line 9, a blank line, then `body` from line 11. */
function conceptFile(body: string): string {
  return `${FRONTMATTER}Some text before the example.\n\n${body}\n`;
}

function compileMdx(value: string) {
  return compile(new VFile({ path: FILE, value }), {
    remarkPlugins: [remarkFrontmatter, [remarkCheckComponents, { registry: async () => componentRegistry }]],
  });
}

/** Compiles and returns the ContentError the check throws (fails the test if there is none). */
async function checkErrorOf(value: string): Promise<ContentError> {
  try {
    await compileMdx(value);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  return expect.fail("the MDX compiled; expected a ContentError from remarkCheckComponents");
}

const REFERENCE = '<ProjectionExample id="a" x={[2, 3]} W={[[1, 10], [0, -1]]} />';

describe("remarkCheckComponents", () => {
  it("remarkCheckComponents lets the reference <ProjectionExample> compile", async () => {
    const out = String(await compileMdx(conceptFile(REFERENCE)));
    expect(out).toContain("ProjectionExample");
  });

  it.each([
    ["lowercase HTML elements", '<div className="note">A note with <span>inline</span> HTML.</div>'],
    ["a component with no props schema", '<MermaidDiagram svg="<svg/>" caption="Built elsewhere" />'],
    ["object literals and strings", '<ProjectionExample id="a-b-2" x={[+2, 3.5]} W={[[1, 10], [0, -1]]} />'],
    ["the example nested in HTML", `<div>\n  ${REFERENCE}\n</div>`],
  ])("remarkCheckComponents allows %s", async (_what, body) => {
    await expect(compileMdx(conceptFile(body))).resolves.toBeDefined();
  });

  it.each([
    {
      name: "an unknown component <Projection />",
      body: "<Projection />",
      parts: [
        "Received <Projection>, which is not a site component",
        "Expected one of: AboutAuthored, AttentionMapExample, ",
        " ProjectionExample, ",
        "(each named by an example.ts in src/examples/)",
      ],
    },
    {
      name: "an unknown component inline in text",
      body: "The result <Projection /> shows y.",
      parts: ["Received <Projection>, which is not a site component", "Expected one of:"],
    },
    {
      name: "a ragged W [[1, 2], [3]]",
      body: '<ProjectionExample id="a" x={[2, 3]} W={[[1, 2], [3]]} />',
      parts: [
        'prop "W"',
        "Row 1 has 1 entry but row 0 has 2",
        "Received [[1, 2], [3]]",
        "Expected a matrix as a list of rows",
      ],
    },
    {
      name: "shapes that do not multiply (1×3 by 2×2)",
      body: '<ProjectionExample id="a" x={[1, 2, 3]} W={[[1, 10], [0, -1]]} />',
      parts: [
        'prop "W"',
        "1×3",
        "2×2",
        "Received [[1, 10], [0, -1]]",
        "Expected a matrix as a list of rows, one row per entry of x",
      ],
    },
    {
      name: "a missing id",
      body: "<ProjectionExample x={[2, 3]} W={[[1, 10], [0, -1]]} />",
      parts: ['prop "id"', "Received nothing", "Expected a stable kebab-case id"],
    },
    {
      name: 'the id "Bad Id"',
      body: '<ProjectionExample id="Bad Id" x={[2, 3]} W={[[1, 10], [0, -1]]} />',
      parts: ['prop "id"', 'Received "Bad Id"', "Expected a stable kebab-case id"],
    },
    {
      name: "a huge number (1e6)",
      body: '<ProjectionExample id="a" x={[1e6, 3]} W={[[1, 10], [0, -1]]} />',
      parts: [
        'prop "x.0"',
        "a number between −9999 and 9999",
        "Received [1000000, 3]",
        "Expected a row of 1–6 numbers",
      ],
    },
    {
      name: "a huge negative number (-1e6)",
      body: '<ProjectionExample id="a" x={[2, 3]} W={[[1, -1e6], [0, -1]]} />',
      parts: [
        'prop "W.0.1"',
        "a number between −9999 and 9999",
        "Received [[1, -1000000], [0, -1]]",
        "Expected a matrix",
      ],
    },
    {
      name: "too many entries (7)",
      body: '<ProjectionExample id="a" x={[1, 2, 3, 4, 5, 6, 7]} W={[[1], [1], [1], [1], [1], [1], [1]]} />',
      parts: ['prop "x"', "Received [1, 2, 3, 4, 5, 6, 7]", "Expected a row of 1–6 numbers"],
    },
    {
      name: "an unknown prop",
      body: '<ProjectionExample id="a" x={[2, 3]} W={[[1, 10], [0, -1]]} color="red" />',
      parts: ['received an unknown prop "color"', "Expected only: id, x, W"],
    },
    {
      name: "a prop given as text instead of numbers",
      body: '<ProjectionExample id="a" x="2, 3" W={[[1, 10], [0, -1]]} />',
      parts: ['prop "x"', 'Received "2, 3"', "Expected a row of 1–6 numbers"],
    },
  ])("remarkCheckComponents rejects $name at its line", async ({ body, parts }) => {
    const error = await checkErrorOf(conceptFile(body));
    expect(error.file).toBe(FILE);
    expect(error.line).toBe(11);
    expect(error.message.startsWith(`${FILE}:11: `)).toBe(true);
    expect(error.message).toMatch(/received[\s\S]*Expected/i);
    for (const part of parts) expect(error.message).toContain(part);
  });

  it.each([
    ["a variable", "x={foo}", '"x"'],
    ["a call", "x={makeRow()}", '"x"'],
    ["NaN", "x={[NaN, 3]}", '"x"'],
    ["a spread inside the list", "x={[...row]}", '"x"'],
    ["a sum", "x={[1 + 1, 3]}", '"x"'],
  ])("remarkCheckComponents rejects a non-literal prop (%s) at its line", async (_what, prop, name) => {
    const error = await checkErrorOf(conceptFile(`<ProjectionExample id="a" ${prop} W={[[1, 10], [0, -1]]} />`));
    expect(error.line).toBe(11);
    expect(error.message).toContain(`${FILE}:11: <ProjectionExample> prop ${name} is not a literal value`);
    expect(error.message).toContain("Expected plain numbers, strings and [lists], e.g. W={[[1, 10], [0, -1]]}");
  });

  it("remarkCheckComponents rejects a spread attribute {...props}", async () => {
    const error = await checkErrorOf(conceptFile('<ProjectionExample {...props} id="a" />'));
    expect(error.message).toContain(
      `${FILE}:11: <ProjectionExample> uses a spread attribute. Expected every prop written out`,
    );
  });

  it("remarkCheckComponents counts the lines of a multi-line element from its opening tag", async () => {
    const body = ["<ProjectionExample", '  id="a"', "  x={[2, 3]}", "  W={[[1, 2], [3]]}", "/>"].join("\n");
    const error = await checkErrorOf(conceptFile(`Another paragraph.\n\n${body}`));
    expect(error.line).toBe(13);
  });

  it("remarkCheckComponents shows an infinite number (1e400) as Infinity, not null", async () => {
    const error = await checkErrorOf(conceptFile('<ProjectionExample id="a" x={[1e400, 3]} W={[[1, 10], [0, -1]]} />'));
    expect(error.message).toContain('prop "x.0"');
    expect(error.message).not.toContain("null");
    expect(error.message).toContain("Infinity");
  });
});
