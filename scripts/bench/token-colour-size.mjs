// What the token colours and the "Where am I" strip cost, per page (issue 17's budget: at most
// 6 KB gzip of island code on the pages that use them, nothing on the others).
// Usage: node scripts/bench/token-colour-size.mjs   (reads the built site in SITE_OUT_DIR or dist/;
// build it first). Prints the minified, gzipped size of the token-colour module as the islands
// ship it, which pages draw token colours or the strip, and the stylesheet bytes both add.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { gzipSize } from "./page-js.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DIST = process.env.SITE_OUT_DIR ? resolve(process.env.SITE_OUT_DIR) : join(ROOT, "dist");
const BUDGET = 6000;

/** The token-colour module alone, minified as in the site build: what it adds to island code. */
async function moduleGzip() {
  const output = await build({
    configFile: false,
    logLevel: "silent",
    build: {
      write: false,
      minify: true,
      lib: { entry: join(ROOT, "src/tokens/token-colours.ts"), formats: ["es"], fileName: "token-colours" },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  return chunks.reduce((sum, chunk) => sum + (chunk.type === "chunk" ? gzipSize(Buffer.from(chunk.code)) : 0), 0);
}

function* pages(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* pages(path);
    else if (name === "index.html") yield path;
  }
}

if (!existsSync(DIST)) {
  console.error(`No built site in ${DIST}: run a build first (vite build, or SITE_OUT_DIR=… vite build).`);
  process.exit(1);
}
const code = await moduleGzip();
const css = ["token-colours.css", "pipeline-strip.css"].map((file) => [
  file,
  gzipSize(readFileSync(join(ROOT, "src/styles", file))),
]);
console.log(`Token-colour module, minified + gzip: ${code} B (budget ${BUDGET} B: ${code <= BUDGET ? "ok" : "OVER"})`);
console.log(`The strip is server HTML: 0 B of JavaScript. Site stylesheet additions (gzip, every page):`);
for (const [file, bytes] of css) console.log(`  ${file}: ${bytes} B`);
console.log("\nPage                                         colours  strip  island code added (gzip)");
for (const path of [...pages(DIST)].sort()) {
  const route = `/${relative(DIST, path).replace(/index\.html$/, "")}`;
  const html = readFileSync(path, "utf8");
  const coloured = html.includes("data-token-colour=");
  const strip = html.includes('class="pipeline-strip"');
  if (!coloured && !strip && /^\/embed\/|\/(worksheet|answers)\/$/.test(route)) continue;
  const added = coloured ? `${(code / 1000).toFixed(2)} KB` : "0";
  console.log(`${route.padEnd(45)}${(coloured ? "yes" : "no").padEnd(9)}${(strip ? "yes" : "no").padEnd(7)}${added}`);
}
console.log(
  "\nThe module is an upper bound (the islands import only the slot rule, not the palette table). It is\n" +
    "bundled into the shared inspection chunk beside MatrixGrid, so pages whose islands use MatrixGrid\n" +
    "without colours load the same few hundred bytes too; pages without islands load none.",
);
