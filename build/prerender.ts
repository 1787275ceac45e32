import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { applyTemplate, routeToFile, type ServerEntry } from "./template.ts";

export interface PrerenderedFile {
  readonly route: string;
  readonly file: string;
  readonly bytes: number;
  readonly hasIslands: boolean;
}

/**
 * Writes every route of the built server entry to its own HTML file in outDir, using the client
 * build's index.html as the template (read once, before the `/` route overwrites it), then
 * removes the server bundle so dist/ holds only what a static host serves.
 */
export async function prerenderSite(outDir: string, serverEntryFile: string): Promise<PrerenderedFile[]> {
  const template = await readFile(join(outDir, "index.html"), "utf8");
  const server = (await import(pathToFileURL(serverEntryFile).href)) as ServerEntry;
  const written: PrerenderedFile[] = [];
  for (const route of server.listRoutes()) {
    const page = await server.renderRoute(route);
    const html = `${applyTemplate(template, page).trimEnd()}\n`;
    const file = join(outDir, routeToFile(route));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, html);
    written.push({ route, file, bytes: Buffer.byteLength(html), hasIslands: page.hasIslands });
  }
  await rm(dirname(serverEntryFile), { recursive: true, force: true });
  return written;
}
