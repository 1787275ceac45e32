import { LineCounter, parseDocument, isNode } from "yaml";
import type { z } from "zod";
import { conceptFrontmatterSchema, type ConceptFrontmatter } from "../src/catalog/schema.ts";
import { showValue } from "../src/mdx/show-value.ts";
import { ContentError } from "./content-error.ts";

/** The raw YAML between the opening `---` lines and the line (1-based) where it starts. */
export function extractFrontmatter(source: string, file: string): { yaml: string; firstLine: number } {
  const match = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) {
    throw new ContentError(
      file,
      1,
      "Received a file without frontmatter. Expected the file to start with a YAML block between two `---` lines (title, summary, category, order …); see CONTRIBUTING.md.",
    );
  }
  return { yaml: match[1] ?? "", firstLine: 2 };
}

function describeValue(value: unknown): string {
  if (value === undefined || value === null) return showValue(value);
  const kind = Array.isArray(value) ? "a list" : typeof value === "string" ? "text" : `a ${typeof value}`;
  return `${showValue(value)} (${kind})`;
}

/**
 * The line of the first top-level field whose own text is not valid YAML. yaml reports an
 * unclosed `[` at the start of the next field, one line too late; parsing the fields one at a
 * time finds the field that is actually broken.
 */
function brokenFieldLine(yaml: string): number | undefined {
  const lines = yaml.split(/\r?\n/);
  const starts = lines.flatMap((line, index) => (/^[^\s#-][^:]*:/.test(line) ? [index] : []));
  for (const [k, start] of starts.entries()) {
    const field = lines.slice(start, starts[k + 1] ?? lines.length).join("\n");
    if (parseDocument(field).errors.length > 0) return start;
  }
  return undefined;
}

function fieldDescription(field: string | number | undefined): string {
  const shape = conceptFrontmatterSchema.shape as Record<string, z.ZodType>;
  const schema = typeof field === "string" ? shape[field] : undefined;
  return schema?.description ?? "a valid value";
}

/**
 * Parses and validates a concept's frontmatter. Every problem becomes a ContentError with the
 * line of the offending field and a "Received … Expected …" sentence.
 */
export function parseConceptFrontmatter(source: string, file: string): ConceptFrontmatter {
  const { yaml, firstLine } = extractFrontmatter(source, file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? firstLine : firstLine + lineCounter.linePos(offset).line - 1;

  const yamlError = doc.errors[0];
  if (yamlError) {
    const index = brokenFieldLine(yaml) ?? lineCounter.linePos(yamlError.pos[0]).line - 1;
    const text = yaml.split(/\r?\n/)[index]?.trim() ?? "";
    throw new ContentError(
      file,
      firstLine + index,
      `the frontmatter is not valid YAML (${yamlError.message.split("\n")[0]}). Received \`${text}\`. Expected \`field: value\` lines; close every [ list ] and quote text that contains a colon.`,
    );
  }
  const data: unknown = doc.toJS() ?? {};
  const result = conceptFrontmatterSchema.safeParse(data);
  if (result.success) return result.data;

  // A misspelled field also leaves its real field missing: name the misspelling first.
  const issues = result.error.issues;
  const issue = issues.find((candidate) => candidate.code === "unrecognized_keys") ?? issues[0]!;
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0]!;
    const node = doc.get(key, true);
    const known = Object.keys(conceptFrontmatterSchema.shape).join(", ");
    throw new ContentError(
      file,
      lineOf(isNode(node) ? node.range?.[0] : undefined),
      `Received an unknown frontmatter field "${key}". Expected only these fields: ${known}. Check the spelling.`,
    );
  }
  const path = issue.path as (string | number)[];
  const node = path.length ? doc.getIn(path, true) : undefined;
  const field = path.map(String).join(".") || "frontmatter";
  const received = path.reduce<unknown>(
    (value, key) => (value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined),
    data,
  );
  throw new ContentError(
    file,
    lineOf(isNode(node) ? node.range?.[0] : undefined),
    `frontmatter field "${field}": Received ${describeValue(received)}. Expected ${fieldDescription(path[0])}.`,
  );
}
