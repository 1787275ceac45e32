import type { ComponentType, ReactElement } from "react";
import { prerender } from "react-dom/static";
import catalog from "virtual:concept-catalog";
import { IslandCollector, type IslandRecord } from "./islands/Island.tsx";
import { renderIslands } from "./islands/render-islands.ts";
import { Layout } from "./pages/Layout.tsx";
import { IndexPage } from "./pages/IndexPage.tsx";
import { ConceptPage } from "./pages/ConceptPage.tsx";
import { ConceptMapPage } from "./pages/ConceptMapPage.tsx";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { collectHeadings } from "./pages/headings.tsx";
import { neighboursOf } from "./pages/navigation.ts";
import { renderHead, type HeadOptions, type PageHead } from "./pages/head.ts";
import { SITE_NAME } from "./site.ts";
import type { PreviewCard, RenderedPage } from "../build/template.ts";

type MdxModule = { default: ComponentType<{ components?: Record<string, ComponentType<never>> }> };

/** Lazy, so the server only compiles the page it renders (matters in dev). */
const contentModules = import.meta.glob<MdxModule>("/content/*.mdx");

export const NOT_FOUND_ROUTE = "/404.html";
export const MAP_ROUTE = "/map/";

/** The page and preview-card shapes the build reads (build/template.ts declares them for both sides). */
export type { PreviewCard, RenderedPage } from "../build/template.ts";

/** Where a concept's preview image is served, below the site base. */
export function previewImagePath(slug: string): string {
  return `/og/${slug}.png`;
}

/** Every route the build writes, as paths below the site base. */
export function listRoutes(): string[] {
  return ["/", MAP_ROUTE, ...catalog.concepts.map((concept) => `/concepts/${concept.slug}/`), NOT_FOUND_ROUTE];
}

/** One preview card per concept, for the build to render to PNG. */
export function listPreviewCards(): PreviewCard[] {
  return catalog.concepts.map((concept) => ({
    slug: concept.slug,
    title: concept.title,
    summary: concept.summary,
    category: catalog.categories.find((category) => category.id === concept.category)?.title ?? concept.category,
    required: concept.required,
  }));
}

async function pageFor(path: string): Promise<{ status: number; head: PageHead; element: ReactElement }> {
  if (path === "/") {
    return {
      status: 200,
      head: { title: SITE_NAME, path, description: "An interactive explainer of transformer self-attention with small numbers you can inspect, from Q, K and V projections to the KV cache." },
      element: <IndexPage categories={catalog.categories} concepts={catalog.concepts} />,
    };
  }
  if (path === MAP_ROUTE) {
    return {
      status: 200,
      head: { title: "Concept map", path, description: "How the concepts of the site build on each other, from token embeddings to the KV cache." },
      element: <ConceptMapPage categories={catalog.categories} concepts={catalog.concepts} />,
    };
  }
  const slug = /^\/concepts\/([a-z0-9-]+)\/?$/.exec(path)?.[1];
  const concept = catalog.concepts.find((candidate) => candidate.slug === slug);
  const load = contentModules[`/content/${slug}.mdx`];
  const category = catalog.categories.find((candidate) => candidate.id === concept?.category);
  if (concept && load && category) {
    const { default: Content } = await load();
    return {
      status: 200,
      head: { title: concept.title, description: concept.summary, path: `/concepts/${concept.slug}/`, image: previewImagePath(concept.slug), type: "article" },
      element: (
        <ConceptPage
          concept={concept}
          category={category}
          neighbours={neighboursOf(concept, catalog.concepts)}
          toc={collectHeadings(Content)}
          Content={Content}
        />
      ),
    };
  }
  return {
    status: 404,
    head: { title: "Page not found", description: "There is no page at this address." },
    element: <NotFoundPage concepts={catalog.concepts} />,
  };
}

/** Renders one route to static HTML, islands included. `options` come from the build (SITE_URL, chrome script). */
export async function renderRoute(path: string, options: HeadOptions = {}): Promise<RenderedPage> {
  const { status, head, element } = await pageFor(path);
  const islands: IslandRecord[] = [];
  const { prelude } = await prerender(
    <IslandCollector value={islands}>
      <Layout path={path}>{element}</Layout>
    </IslandCollector>,
  );
  const pageHtml = await new Response(prelude).text();
  return { status, head: renderHead(head, options), body: renderIslands(pageHtml, islands), hasIslands: islands.length > 0 };
}
