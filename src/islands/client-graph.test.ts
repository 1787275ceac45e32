import { readdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { FAMILY_KINDS } from "../exercises/families.ts";

/**
 * The props schemas (zod, about 24 KB gzip) are for the build: they check the MDX. No module the
 * browser loads may reach zod, or every page with an example pays for it once its islands wake.
 * This follows the value imports (static and dynamic; `import type` is erased) from each island's
 * loader and from the site chrome and boot, and names the chain that leads to zod if one does.
 */
const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const isZod = (target: string) => target === "zod" || target.startsWith("zod/");

/**
 * The modules a file imports for their values: `import … from`, `export … from`, and (unless
 * `dynamic` is false) `import()`.
 */
export function valueImports(source: string, { dynamic = true } = {}): string[] {
  const found: string[] = [];
  const statement = /^\s*(import|export)\s+(type\s+)?[^;]*?\bfrom\s+"([^"]+)"/gms;
  for (const match of source.matchAll(statement)) if (!match[2]) found.push(match[3]!);
  for (const match of source.matchAll(/^\s*import\s+"([^"]+)"/gm)) found.push(match[1]!);
  if (dynamic) for (const match of source.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g)) found.push(match[1]!);
  return found;
}

/**
 * The chain of files from `start` to a module `reached` accepts (a bare import such as "zod", or a
 * resolved path), or null when none leads there. With `dynamic: false` only static imports count:
 * what loads together with `start`.
 */
function chainTo(start: string, reached: (target: string) => boolean, { dynamic = true } = {}): string[] | null {
  const parent = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const source = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
    for (const target of valueImports(source, { dynamic })) {
      const resolved = target.startsWith(".") ? resolve(dirname(file), target) : target;
      if (reached(resolved)) {
        const chain = [file, resolved];
        for (let at = parent.get(file); at; at = parent.get(at)) chain.unshift(at);
        return chain.map((path) => (path.startsWith(SRC) ? path.slice(SRC.length + 1) : path));
      }
      if (!target.startsWith(".")) continue;
      if (!/\.(ts|tsx)$/.test(resolved) || parent.has(resolved)) continue;
      parent.set(resolved, file);
      queue.push(resolved);
    }
  }
  return null;
}

const manifests = readdirSync(resolve(SRC, "examples"), { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith("example.ts"))
  .map((file) => resolve(SRC, "examples", file))
  .concat([
    resolve(SRC, "exercises/example.ts"),
    resolve(SRC, "exercises/worksheet/example.ts"),
    resolve(SRC, "lesson/example.ts"),
  ]);

const islandEntries = manifests.flatMap((manifest) =>
  [...readFileSync(manifest, "utf8").matchAll(/island = \(\) => import\("([^"]+)"\)/g)].map((match) =>
    resolve(dirname(manifest), match[1]!),
  ),
);

describe("the browser's code never reaches zod", () => {
  it("reads the value imports of a module and skips type-only ones", () => {
    const source = [
      'import { z } from "zod";',
      'import type { A } from "./a.ts";',
      'export type { B } from "./b.ts";',
      'import {\n  c,\n  type D,\n} from "./c.ts";',
      'export { e } from "./e.ts";',
      'import "./side-effect.css";',
      'const f = () => import("./f.tsx");',
    ].join("\n");
    expect(valueImports(source)).toEqual(["zod", "./c.ts", "./e.ts", "./side-effect.css", "./f.tsx"]);
  });

  it("finds every island's entry module (each manifest has a loader, or `island = null`)", () => {
    const withoutIsland = manifests.filter((file) => /export const island = null;/.test(readFileSync(file, "utf8")));
    expect(islandEntries.length).toBe(manifests.length - withoutIsland.length);
  });

  it.each(
    [
      ...islandEntries,
      resolve(SRC, "islands/boot.ts"),
      resolve(SRC, "islands/hydrate.ts"),
      resolve(SRC, "chrome/main.ts"),
    ].map((file) => [file.slice(SRC.length + 1), file]),
  )("%s", (_name, file) => {
    expect(chainTo(file, isZod), "the imports that lead to zod").toBeNull();
  });
});

describe("a page's exercises load only the exercise families they use", () => {
  const families = resolve(SRC, "exercises/families");
  const isFamily = (path: string) => path.startsWith(`${families}/`);

  it("reads only static imports when asked", () => {
    expect(valueImports('import { a } from "./a.ts";\nconst b = () => import("./b.ts");', { dynamic: false })).toEqual([
      "./a.ts",
    ]);
  });

  it.each(["exercises/CheckYourselfLoader.tsx", "exercises/CheckYourselfLive.tsx"])(
    "%s imports no family's code with it (families.ts fetches them)",
    (file) => {
      expect(chainTo(resolve(SRC, file), isFamily, { dynamic: false }), "the imports that lead to a family").toBeNull();
    },
  );

  it("the build's entry (index.ts) registers every family", () => {
    expect(chainTo(resolve(SRC, "exercises/index.ts"), (path) => path === resolve(families, "all.ts"))).not.toBeNull();
  });

  /** A kind's solver or variant generator: the kinds-*.ts files (not their props schemas) and the generators beside them. */
  const isKindCode = (path: string) =>
    isFamily(path) ||
    /\/exercises\/(kinds-[a-z-]+|generate-positions|tiled-variants|variant-numbers|dot-slips)\.ts$/.test(path);

  it.each(["exercises/CheckYourselfLoader.tsx", "exercises/CheckYourselfLive.tsx", "exercises/core.ts"])(
    "%s brings no kind's solver or generator with it: every kind but multiple choice is in a family",
    (file) => {
      expect(
        chainTo(resolve(SRC, file), isKindCode, { dynamic: false }),
        "the imports that lead to a kind's code",
      ).toBeNull();
    },
  );

  it.each(["exercises/embed/report.ts", "exercises/embed/ExercisesShareCode.tsx"])(
    "the exercises fetch %s when it is used (an embed page's messages, the Share menu's entries), not with them",
    (late) => {
      for (const file of ["exercises/CheckYourselfLoader.tsx", "exercises/CheckYourselfLive.tsx"]) {
        const chain = chainTo(resolve(SRC, file), (path) => path === resolve(SRC, late), { dynamic: false });
        expect(chain, file).toBeNull();
        expect(
          chainTo(resolve(SRC, file), (path) => path === resolve(SRC, late)),
          file,
        ).not.toBeNull();
      }
    },
  );

  it("fetches each family as its own chunk; the build registers them all, a worksheet only its own", () => {
    const table = readFileSync(resolve(SRC, "exercises/families.ts"), "utf8");
    const loaded = [...table.matchAll(/import\("\.\/families\/([a-z-]+)\.ts"\)/g)].map((m) => m[1]!);
    expect(loaded.length).toBe(Object.keys(FAMILY_KINDS).length);
    const registered = valueImports(readFileSync(resolve(families, "all.ts"), "utf8"))
      .filter((target) => target.startsWith("./"))
      .map((target) => target.slice(2, -3));
    expect(registered.sort()).toEqual([...loaded].sort());
    const worksheet = resolve(SRC, "exercises/worksheet/WorksheetLive.tsx");
    expect(chainTo(worksheet, (path) => path === resolve(families, "all.ts"))).toBeNull();
    expect(
      chainTo(worksheet, (path) => path === resolve(SRC, "exercises/families.ts"), { dynamic: false }),
    ).not.toBeNull();
  });
});
