/**
 * `file:line` prefixes for build errors in MDX content, with the path relative
 * to the project (vfile's cwd), so the author can click or search for it.
 */
import { isAbsolute, relative } from 'node:path';
import type { Node } from 'unist';
import type { VFile } from 'vfile';

/** The file's path relative to the project root, or "<mdx>" for in-memory sources. */
export function displayPath(file: VFile): string {
  if (!file.path) return '<mdx>';
  return isAbsolute(file.path) ? relative(file.cwd, file.path) : file.path;
}

/** `path:line` (or `path:line:column`) of a node's start. */
export function locationOf(file: VFile, node: Node, withColumn = false): string {
  const start = node.position?.start;
  if (!start) return displayPath(file);
  return withColumn ? `${displayPath(file)}:${start.line}:${start.column}` : `${displayPath(file)}:${start.line}`;
}
