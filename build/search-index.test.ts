import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSearchIndex, searchableHtml } from "./search-index.ts";

const MATH = (tex: string) =>
  `<span class="math math-inline" data-tex="${tex}"><mjx-container class="MathJax" jax="SVG"><svg><path d="M0 0"/></svg><mjx-assistive-mml><math><msub><mi>d</mi><mi>k</mi></msub></math></mjx-assistive-mml></mjx-container></span>`;

describe("searchableHtml", () => {
  it("replaces a typeset formula by its TeX as plain text, keeping the element that carries it", () => {
    expect(searchableHtml(`<p>Divide by ${MATH("\\sqrt{d_k}")}.</p>`)).toBe(
      `<p>Divide by <span class="math math-inline" data-tex="\\sqrt{d_k}">√d_k</span>.</p>`,
    );
  });

  it("reads the TeX through its HTML escapes and escapes the text it writes", () => {
    expect(searchableHtml(MATH("a &lt; b &quot;c&quot;"))).toContain(">a &#60; b &#34;c&#34;</span>");
  });

  it("leaves HTML without formulas as it is", () => {
    const html = `<article data-pagefind-body=""><h2 id="x">Overflow</h2><p>65,504</p></article>`;
    expect(searchableHtml(html)).toBe(html);
  });
});

/** The JSON of one Pagefind fragment file (gzip, then a 12-byte signature). */
async function fragments(dir: string): Promise<{ url: string; content: string; meta: { title: string } }[]> {
  const names = await readdir(join(dir, "fragment"));
  return Promise.all(
    names.map(async (name) =>
      JSON.parse(
        gunzipSync(await readFile(join(dir, "fragment", name)))
          .subarray(12)
          .toString("utf8"),
      ),
    ),
  );
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><header>Site header</header><main><article data-pagefind-body=""><nav data-pagefind-ignore="">Breadcrumb words</nav><h1>${title}</h1>${body}</article></main><footer>Footer words</footer></body></html>`;

describe("buildSearchIndex", () => {
  let outDir: string;
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), "search-index-"));
    await mkdir(join(outDir, "concepts", "softmax"), { recursive: true });
    await mkdir(join(outDir, "embed", "softmax", "softmax"), { recursive: true });
    await writeFile(
      join(outDir, "concepts", "softmax", "index.html"),
      page(
        "Softmax",
        `<h2 id="overflow">Subtract the largest score<a class="heading-link" href="#overflow">Link icon words</a></h2><p>Nothing overflows past 65,504 with ${MATH("\\sqrt{d_k}")}.</p>` +
          `<div class="example-tools"><button>Edit numbers</button></div><details class="ex-details"><summary>Answer</summary>Secret answer</details>`,
      ),
    );
    await writeFile(join(outDir, "embed", "softmax", "softmax", "index.html"), page("Embed", "<p>Embedded words</p>"));
    await writeFile(join(outDir, "index.html"), page("All concepts", "<p>Index words</p>"));
  });
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it("indexes the concept pages only, below the site base, with their text and TeX but not their navigation, tools or answers", async () => {
    expect(await buildSearchIndex(outDir)).toMatchObject({ pages: 1 });
    const indexed = await fragments(join(outDir, "pagefind"));
    expect(indexed.map((fragment) => fragment.url)).toEqual(["/concepts/softmax/"]);
    const { content, meta } = indexed[0]!;
    expect(meta.title).toBe("Softmax");
    expect(content).toContain("Nothing overflows past 65,504 with √d_k.");
    for (const left of [
      "Breadcrumb",
      "Site header",
      "Footer",
      "Link icon",
      "Edit numbers",
      "Secret answer",
      "Embedded",
      "Index words",
    ]) {
      expect(content).not.toContain(left);
    }
  });

  it("writes Pagefind's search script, worker, WebAssembly and index, without its ready-made UIs", async () => {
    const files = await readdir(join(outDir, "pagefind"));
    expect(files).toEqual(
      expect.arrayContaining([
        "pagefind.js",
        "pagefind-worker.js",
        "wasm.en.pagefind",
        "pagefind-entry.json",
        "index",
        "fragment",
      ]),
    );
    expect(files.filter((name) => /ui|highlight|wasm\.unknown/.test(name))).toEqual([]);
  });
});
