/**
 * Reading the built HTML files without a browser: the file behind each route, the links and ids
 * in it, and running the Nu Html Checker (vnu-jar) over them.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, sep } from "node:path";
import { DIST, prerenderedPages } from "./site.ts";

/** The site's base path (SITE_BASE at build time), with a trailing slash. */
export const BASE = process.env.SITE_BASE ?? "/";

/** The file in dist/ that serves `route`. */
export function fileOfRoute(route: string, dist = DIST): string {
  return join(dist, route.endsWith("/") ? `${route}index.html` : route);
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes the character references React and the build write into attribute values. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === "#")
      return String.fromCodePoint(ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** One URL-valued attribute in a page: which element and attribute, and its decoded value. */
export interface PageReference {
  readonly tag: string;
  readonly attribute: string;
  readonly value: string;
  /** 1-based line in the HTML file, for messages. */
  readonly line: number;
}

/**
 * Every href / src / xlink:href on a, link, script, img, source, use and image elements. The
 * prerendered HTML is written by React and the build, which always quote attributes with `"`.
 */
export function pageReferences(html: string): PageReference[] {
  const references: PageReference[] = [];
  const tags = /<(a|link|script|img|source|use|image|area)\b[^>]*>/gi;
  for (const match of html.matchAll(tags)) {
    const line = html.slice(0, match.index).split("\n").length;
    for (const attr of match[0].matchAll(/\s(href|src|xlink:href)="([^"]*)"/g)) {
      references.push({ tag: match[1]!.toLowerCase(), attribute: attr[1]!, value: decodeEntities(attr[2]!), line });
    }
  }
  return references;
}

/** Every id in a page. */
export function pageIds(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((match) => decodeEntities(match[1]!)));
}

/**
 * Where an internal URL written on the page at `route` points: the built file (or undefined
 * when nothing in dist/ serves it) and the fragment. External URLs (another origin, mailto:)
 * give null.
 */
export function resolveInternal(
  route: string,
  value: string,
  dist = DIST,
): { route: string; file: string | undefined; fragment: string } | null {
  const origin = "http://site.invalid";
  const url = new URL(value, `${origin}${route}`);
  if (url.origin !== origin) return null;
  const fragment = decodeURIComponent(url.hash.slice(1));
  const path = decodeURIComponent(url.pathname);
  if (!path.startsWith(BASE)) return { route: path, file: undefined, fragment };
  const inside = path.slice(BASE.length);
  const candidates =
    inside === "" || inside.endsWith("/")
      ? [join(dist, inside, "index.html")]
      : [join(dist, inside), join(dist, inside, "index.html")];
  const file = candidates.find((candidate) => existsSync(candidate) && !relative(dist, candidate).startsWith(".."));
  return { route: `/${inside}`, file, fragment };
}

/** One error from the Nu Html Checker, located in a file. */
export interface HtmlError {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly message: string;
  readonly extract: string | undefined;
}

export const MISSING_JAVA_HELP =
  "The HTML check runs the Nu Html Checker (vnu-jar), which needs Java 11 or newer, and `java` was not found.\n" +
  "Install a Java runtime and run the tests again: on Debian or Ubuntu `apt-get install -y openjdk-17-jre-headless`,\n" +
  "on macOS `brew install openjdk@17`; or set JAVA_HOME / put `java` on PATH.";

/** A path relative to the working directory when it is inside it, else absolute. */
function shortPath(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside.startsWith("..") ? path : inside.split(sep).join("/");
}

/** Runs vnu.jar once over `files` (errors only) and returns every error; throws if it cannot run. */
export function validateHtml(files: readonly string[]): HtmlError[] {
  const require = createRequire(import.meta.url);
  const jar = (require("vnu-jar") as string | { default: string }).toString();
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, "bin", "java") : "java";
  const result = spawnSync(java, ["-jar", jar, "--errors-only", "--format", "json", ...files], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT") throw new Error(MISSING_JAVA_HELP);
  if (result.error) throw result.error;
  let report: {
    messages: {
      type: string;
      url?: string;
      lastLine?: number;
      firstColumn?: number;
      message: string;
      extract?: string;
    }[];
  };
  try {
    report = JSON.parse(result.stderr || result.stdout) as typeof report;
  } catch {
    throw new Error(
      `The Nu Html Checker did not answer with JSON (exit ${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  return report.messages
    .filter((message) => message.type === "error" || message.type === "non-document-error")
    .map((message) => ({
      file: message.url ? shortPath(decodeURIComponent(new URL(message.url).pathname)) : "(no file)",
      line: message.lastLine,
      column: message.firstColumn,
      message: message.message,
      extract: message.extract,
    }));
}

/** The HTML file of every prerendered page. */
export function builtHtmlFiles(): string[] {
  return prerenderedPages().map(({ route }) => fileOfRoute(route));
}

export function readPage(route: string): string {
  return readFileSync(fileOfRoute(route), "utf8");
}
