/**
 * The one error the build throws for a mistake in content: it names the file and line (and the
 * column, where it helps), then says what was received and what was expected, so the author can
 * click or search for it. Frontmatter, categories, MDX components, TeX and diagram captions all
 * fail this way, in `npm run build` and on the `npm run dev` error page.
 */
import { isAbsolute, relative } from "node:path";
import type { Node } from "unist";
import type { VFile } from "vfile";

/** A content problem that names the file and line, so the build message points at the fix. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly detail: string,
    readonly column?: number,
  ) {
    super(
      `${line === undefined ? file : column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`}: ${detail}`,
    );
    this.name = "ContentError";
  }

  /** The error for `node` of an MDX file (its start line, and column when asked). */
  static at(file: VFile, node: Node | undefined, detail: string, { column = false } = {}): ContentError {
    const start = node?.position?.start;
    return new ContentError(displayPath(file), start?.line, detail, column ? start?.column : undefined);
  }
}

/** The file's path relative to the project root, or "<mdx>" for in-memory sources. */
export function displayPath(file: VFile): string {
  if (!file.path) return "<mdx>";
  return isAbsolute(file.path) ? relative(file.cwd, file.path) : file.path;
}

/** `path:line` of a node's start, for messages that are not ContentErrors (the diagram renderer's). */
export function locationOf(file: VFile, node: Node): string {
  const start = node.position?.start;
  return start ? `${displayPath(file)}:${start.line}` : displayPath(file);
}
