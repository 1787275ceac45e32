import { describe, expect, it } from "vitest";
import { applyTemplate, routeToFile, type RenderedPage } from "./template.ts";

/** The shape of dist/index.html after the client build: slots, entry script, preload, stylesheet. */
const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <!--app-head-->
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <script type="module" crossorigin src="/assets/index-DCnxmWK-.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-B1x2y3z4.js">
    <link rel="stylesheet" crossorigin href="/assets/index-Dnvne2U7.css">
  </head>
  <body>
    <!--app-html-->
  </body>
</html>
`;

function page(overrides: Partial<RenderedPage> = {}): RenderedPage {
  return {
    status: 200,
    head: "<title>Q, K, and V Projections · Attention, by Hand</title>",
    body: '<main id="main"><h1>Q, K, and V Projections</h1></main>',
    hasIslands: false,
    ...overrides,
  };
}

describe("applyTemplate", () => {
  it("applyTemplate puts the page's head and body into their slots", () => {
    const html = applyTemplate(TEMPLATE, page());
    expect(html).toContain('<meta charset="utf-8">\n    <title>Q, K, and V Projections · Attention, by Hand</title>');
    expect(html).toContain('<body>\n    <main id="main"><h1>Q, K, and V Projections</h1></main>\n  </body>');
    expect(html).not.toContain("<!--app-head-->");
    expect(html).not.toContain("<!--app-html-->");
  });

  it("applyTemplate removes module scripts and modulepreload links from a page without islands, keeping the stylesheet", () => {
    const html = applyTemplate(TEMPLATE, page({ hasIslands: false }));
    expect(html).not.toContain("<script");
    expect(html).not.toContain("modulepreload");
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/index-Dnvne2U7.css">');
    expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
    // Removing the tags leaves no blank lines behind.
    expect(html).toContain('type="image/svg+xml">\n    <link rel="stylesheet"');
  });

  it("applyTemplate removes every module script, not only the first", () => {
    const template = TEMPLATE.replace(
      "</head>",
      '<script type="module" src="/assets/second.js"></script>\n  <link rel="modulepreload" href="/assets/second-dep.js">\n  </head>',
    );
    const html = applyTemplate(template, page());
    expect(html).not.toContain("second");
  });

  it.each([
    ["a page with islands", page({ hasIslands: true }), {}],
    ["keepScripts", page({ hasIslands: false }), { keepScripts: true }],
  ])("applyTemplate keeps scripts and preloads, at low fetch priority, for %s", (_what, rendered, options) => {
    const html = applyTemplate(TEMPLATE, rendered, options);
    expect(html).toContain(
      '<script type="module" fetchpriority="low" crossorigin src="/assets/index-DCnxmWK-.js"></script>',
    );
    expect(html).toContain(
      '<link rel="modulepreload" fetchpriority="low" crossorigin href="/assets/react-B1x2y3z4.js">',
    );
    expect(html).toContain("<title>Q, K, and V Projections · Attention, by Hand</title>");
  });

  it("applyTemplate leaves the site-chrome script at normal priority and never doubles the attribute", () => {
    const template = TEMPLATE.replace(
      "</head>",
      '<script type="module" data-chrome src="/assets/chrome.js"></script>\n  <script type="module" fetchpriority="high" src="/assets/x.js"></script>\n  </head>',
    );
    const html = applyTemplate(template, page({ hasIslands: true }));
    expect(html).toContain('<script type="module" data-chrome src="/assets/chrome.js"></script>');
    expect(html).toContain('<script type="module" fetchpriority="high" src="/assets/x.js"></script>');
    expect(html.match(/fetchpriority/g)).toHaveLength(3);
  });

  it.each([
    ["without <!--app-head-->", TEMPLATE.replace("<!--app-head-->", "")],
    ["without <!--app-html-->", TEMPLATE.replace("<!--app-html-->", "")],
    ["without either slot", "<!doctype html><html><head></head><body></body></html>"],
  ])("applyTemplate throws for a template %s, naming both slots", (_what, template) => {
    expect(() => applyTemplate(template, page())).toThrow(
      "index.html must contain <!--app-head--> and <!--app-html-->; they mark where each page's head and body go.",
    );
  });

  it("applyTemplate inserts $& and $1 in page content literally", () => {
    const html = applyTemplate(
      TEMPLATE,
      page({ head: "<title>Cost in $ and $$</title>", body: "<p>Regex: $& then $1 then $` and $'.</p>" }),
    );
    expect(html).toContain("<title>Cost in $ and $$</title>");
    expect(html).toContain("<p>Regex: $& then $1 then $` and $'.</p>");
    expect(html).not.toContain("<!--app-html-->");
  });

  it("applyTemplate marks an embed page's body with data-embed, and only an embed page's", () => {
    const embed = applyTemplate(TEMPLATE, page({ embed: true, hasIslands: true }));
    expect(embed).toContain('<body data-embed="">\n    <main id="main">');
    expect(embed.match(/data-embed/g)).toHaveLength(1);
    expect(applyTemplate(TEMPLATE, page())).toContain("<body>\n    <main");
  });
});

describe("routeToFile", () => {
  it.each([
    ["/", "index.html"],
    ["/concepts/a/", "concepts/a/index.html"],
    ["/concepts/qkv-projections/", "concepts/qkv-projections/index.html"],
    ["/404.html", "404.html"],
    ["/embed/qkv-projections/qkv-projection/", "embed/qkv-projections/qkv-projection/index.html"],
    ["/concepts/a", "concepts/a/index.html"],
  ])("routeToFile(%j) is %j", (route, file) => {
    expect(routeToFile(route)).toBe(file);
  });

  it("applyTemplate keeps the site-chrome script (data-chrome) on a page without islands", () => {
    const withChrome = TEMPLATE.replace(
      "</head>",
      '<script type="module" data-chrome src="/assets/chrome-x.js"></script>\n  </head>',
    );
    const html = applyTemplate(withChrome, page({ hasIslands: false }));
    expect(html).toContain('<script type="module" data-chrome src="/assets/chrome-x.js"></script>');
    expect(html).not.toContain("/assets/index-DCnxmWK-.js");
  });
});
