import { describe, expect, it } from "vitest";
import { applyTemplate, routeToFile, type RenderedPage } from "./template.ts";

/** The shape of dist/index.html after the client build: slots, icon, stylesheet (no script). */
const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <!--app-head-->
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
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

  it("applyTemplate refuses a template that loads a module script: every page would load it on first view", () => {
    const template = TEMPLATE.replace("</head>", '<script type="module" src="/assets/index-x.js"></script>\n  </head>');
    expect(() => applyTemplate(template, page({ hasIslands: true }))).toThrow(/module script.*first view/);
  });

  it("applyTemplate keeps the scripts of npm run dev (Vite's client) when told it is dev", () => {
    const template = TEMPLATE.replace("</head>", '<script type="module" src="/@vite/client"></script>\n  </head>');
    expect(applyTemplate(template, page(), { dev: true })).toContain('<script type="module" src="/@vite/client">');
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
});
