import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type ViteDevServer } from "vite";
import { prerenderSite, withFontPreloads } from "./prerender.ts";
import type { ServerEntry } from "./template.ts";

const TEMPLATE = `<head>
    <!--app-head-->
    <link rel="stylesheet" href="/assets/index-abc.css">
  </head>`;

describe("withFontPreloads", () => {
  it("puts one preload per font file before the stylesheet, under the site base", () => {
    const html = withFontPreloads(TEMPLATE, ["a-400.woff2", "a-600.woff2"], "/attention/");
    const preload400 = html.indexOf(
      '<link rel="preload" href="/attention/assets/a-400.woff2" as="font" type="font/woff2" crossorigin>',
    );
    const preload600 = html.indexOf('href="/attention/assets/a-600.woff2"');
    const stylesheet = html.indexOf('<link rel="stylesheet"');
    expect(preload400).toBeGreaterThan(-1);
    expect(preload600).toBeGreaterThan(preload400);
    expect(stylesheet).toBeGreaterThan(preload600);
  });

  it("leaves the template alone when the build emitted no font", () => {
    expect(withFontPreloads(TEMPLATE, [], "/")).toBe(TEMPLATE);
  });

  it("falls back to the end of <head> when the template has no stylesheet link", () => {
    const html = withFontPreloads("<head><title>x</title></head>", ["f.woff2"], "/");
    expect(html).toMatch(/<link rel="preload" href="\/assets\/f\.woff2"[^>]*>\s*<\/head>/);
  });
});

describe("prerenderSite", () => {
  /** A stand-in server entry: one concept page with two examples, whose embed pages it names. */
  const SERVER = `
    export function listRoutes() { return ["/", "/concepts/a/", "/404.html"]; }
    export async function renderRoute(route) {
      const embeds = route === "/concepts/a/" ? ["/embed/a/one/", "/embed/a/two/", "/embed/a/one/"] : [];
      return { status: 200, head: "<title>" + route + "</title>", body: "<main>" + route + "</main>", hasIslands: false, embed: route.startsWith("/embed/"), embeds };
    }
  `;

  it("writes the embed pages each concept page names, once each, and leaves them out of the sitemap", async () => {
    const outDir = await mkdtemp(join(tmpdir(), "prerender-"));
    const serverDir = await mkdtemp(join(tmpdir(), "prerender-server-"));
    try {
      await writeFile(
        join(outDir, "index.html"),
        "<!doctype html><html><head><!--app-head--></head><body><!--app-html--></body></html>",
      );
      await writeFile(join(serverDir, "entry.mjs"), SERVER);
      const written = await prerenderSite(outDir, join(serverDir, "entry.mjs"), {
        siteUrl: "http://127.0.0.1:4173",
        base: "/",
      });
      expect(written.map((file) => file.route)).toEqual([
        "/",
        "/concepts/a/",
        "/404.html",
        "/embed/a/one/",
        "/embed/a/two/",
      ]);
      const embed = await readFile(join(outDir, "embed/a/two/index.html"), "utf8");
      expect(embed).toContain('<body data-embed=""><main>/embed/a/two/</main>');
      const sitemap = await readFile(join(outDir, "sitemap.xml"), "utf8");
      expect(sitemap).toContain("<loc>http://127.0.0.1:4173/concepts/a/</loc>");
      expect(sitemap).not.toContain("/embed/");
    } finally {
      await rm(outDir, { recursive: true, force: true });
      await rm(serverDir, { recursive: true, force: true });
    }
  });
});

/**
 * The server entry's routes as `npm run dev` renders them (the build prerenders the same ones):
 * embed pages for the examples of a concept page and one for its exercises, 404 for unknown ids.
 */
describe("embed routes (src/entry-server.tsx)", () => {
  let server: ViteDevServer;
  let entry: ServerEntry & { parseEmbedRoute(path: string): { slug: string; exampleId: string } | undefined };

  beforeAll(async () => {
    server = await createServer({
      root: new URL("..", import.meta.url).pathname,
      configFile: new URL("../vite.config.ts", import.meta.url).pathname,
      server: { middlewareMode: true, hmr: false, watch: null },
      logLevel: "silent",
    });
    entry = (await server.ssrLoadModule("/src/entry-server.tsx")) as typeof entry;
  }, 120_000); // starting Vite and compiling the server entry takes a while on a shared machine
  afterAll(() => server?.close());

  it.each([
    ["/embed/qkv-projections/qkv-projection/", { slug: "qkv-projections", exampleId: "qkv-projection" }],
    ["/embed/softmax/large-scores", { slug: "softmax", exampleId: "large-scores" }],
    ["/embed/softmax/", undefined],
    ["/embed/Softmax/x/", undefined],
    ["/concepts/softmax/", undefined],
    ["/embed/a/b/c/", undefined],
  ])("parseEmbedRoute(%j) is %j", (path, expected) => {
    expect(entry.parseEmbedRoute(path)).toEqual(expected);
  });

  it("a concept page names the embed route of each example, of its Check yourself, its worksheet and answer key", async () => {
    const page = await entry.renderRoute("/concepts/qkv-projections/");
    expect(page.embeds).toEqual([
      "/embed/qkv-projections/qkv-projection/",
      "/embed/qkv-projections/qkv-triple/",
      "/embed/qkv-projections/exercises/",
      "/concepts/qkv-projections/worksheet/",
      "/concepts/qkv-projections/answers/",
    ]);
    expect((await entry.renderRoute("/concepts/dot-product/")).embeds).toEqual([
      "/embed/dot-product/similar-directions/",
      "/embed/dot-product/right-angle/",
      "/embed/dot-product/opposite-directions/",
      "/embed/dot-product/exercises/",
      "/concepts/dot-product/worksheet/",
      "/concepts/dot-product/answers/",
    ]);
    expect((await entry.renderRoute("/")).embeds).toEqual([]);
  });

  it("the lesson page is listed, and its one island holds every embeddable example with its props, and no exercises", async () => {
    expect(entry.listRoutes()).toContain("/lesson/");
    const page = await entry.renderRoute("/lesson/");
    expect(page.status).toBe(200);
    expect(page.head).not.toContain("noindex");
    expect(page.body.match(/data-island="/g)).toHaveLength(1);
    const props = /id="lesson" data-island="Lesson"[^>]*data-props="([^"]*)"/.exec(page.body)?.[1];
    const { concepts } = JSON.parse(props!.replace(/&quot;/g, '"').replace(/&amp;/g, "&")) as {
      concepts: { slug: string; examples: { id: string; name: string; props: { id: string } }[] }[];
    };
    const qkv = concepts.find((concept) => concept.slug === "qkv-projections")!;
    expect(qkv.examples.map((example) => [example.id, example.name, example.props.id])).toEqual([
      ["qkv-projection", "ProjectionExample", "qkv-projection"],
      ["qkv-triple", "QkvTripleExample", "qkv-triple"],
    ]);
    const ids = concepts.flatMap((concept) => concept.examples.map((example) => `${concept.slug}/${example.id}`));
    // Exactly the examples that have embed pages: the same list, so a lesson can hold what an embed can show.
    const conceptRoutes = entry.listRoutes().filter((route) => /^\/concepts\/[a-z0-9-]+\/$/.test(route));
    const embeds = (await Promise.all(conceptRoutes.map((route) => entry.renderRoute(route))))
      .flatMap((rendered) => rendered.embeds ?? [])
      .filter((route) => route.startsWith("/embed/") && !route.endsWith("/exercises/"))
      .map((route) => route.slice("/embed/".length, -1));
    expect(ids).toEqual(embeds);
    expect(page.body).toContain("Showing a lesson needs JavaScript");
  }, 60_000);

  it("a worksheet holds the page's exercises as one island; its answer key is kept out of search engines", async () => {
    const sheet = await entry.renderRoute("/concepts/dot-product/worksheet/");
    expect(sheet.status).toBe(200);
    expect(sheet.body.match(/data-island="/g)).toHaveLength(1);
    expect(sheet.body).toContain('id="worksheet-questions" data-island="Worksheet"');
    expect(sheet.body).toContain("dot-check");
    expect(sheet.head).not.toContain("noindex");
    const key = await entry.renderRoute("/concepts/dot-product/answers/");
    expect(key.body).toContain('id="worksheet-answers" data-island="Worksheet"');
    expect(key.head).toContain('<meta name="robots" content="noindex">');
    expect((await entry.renderRoute("/concepts/no-such-page/worksheet/")).status).toBe(404);
  });

  it("an embed page holds that one example without the site frame, noindex, canonical to the concept", async () => {
    const page = await entry.renderRoute("/embed/qkv-projections/qkv-projection/", { siteUrl: "https://example.org" });
    expect(page.status).toBe(200);
    expect(page.embed).toBe(true);
    expect(page.hasIslands).toBe(true);
    expect(page.body.match(/data-island="/g)).toHaveLength(1);
    expect(page.body).toContain('id="qkv-projection" data-island="ProjectionExample"');
    expect(page.body).not.toMatch(/<header|<nav|<footer|skip-link|data-check=/);
    expect(page.body).toContain('href="/concepts/qkv-projections/#qkv-projection" target="_blank" rel="noopener"');
    expect(page.head).toContain('<meta name="robots" content="noindex">');
    expect(page.head).toContain('<link rel="canonical" href="https://example.org/concepts/qkv-projections/">');
  });

  it("the exercises embed page holds the page's Check yourself alone: no frame, no worksheet links, noindex", async () => {
    const page = await entry.renderRoute("/embed/qkv-projections/exercises/", { siteUrl: "https://example.org" });
    expect(page.status).toBe(200);
    expect(page.embed).toBe(true);
    expect(page.body.match(/data-island="/g)).toHaveLength(1);
    expect(page.body).toContain('id="qkv-check" data-island="CheckYourself"');
    // The questions with their answers in closed details, for a reader without JavaScript.
    expect(page.body).toContain('data-check-static=""');
    expect(page.body).toContain("<summary>Answer and working</summary>");
    expect(page.body).not.toMatch(/<header|<nav|<footer|skip-link|worksheet/);
    expect(page.body).toContain('href="/concepts/qkv-projections/#qkv-check" target="_blank" rel="noopener"');
    expect(page.head).toContain('<meta name="robots" content="noindex">');
    expect(page.head).toContain('<link rel="canonical" href="https://example.org/concepts/qkv-projections/">');
  });

  it("no example in the content has the id that names a page's exercises in an embed route", async () => {
    const dir = new URL("../content/", import.meta.url);
    for (const name of (await readdir(dir)).filter((file) => file.endsWith(".mdx"))) {
      expect(await readFile(new URL(name, dir), "utf8"), name).not.toMatch(/\bid=["']exercises["']/);
    }
  });

  it.each(["/embed/qkv-projections/nope/", "/embed/qkv-projections/qkv-check/", "/embed/nope/qkv-projection/"])(
    "%s is the 404 page",
    async (path) => {
      const page = await entry.renderRoute(path);
      expect(page.status).toBe(404);
      expect(page.embed).toBe(false);
      expect(page.body).toContain("Page not found");
    },
  );
});
