import type { ComponentType, ReactElement } from "react";
import { prerender } from "react-dom/static";
import catalog from "virtual:concept-catalog";
import { IslandCollector, type IslandRecord } from "./islands/Island.tsx";
import { renderIslands } from "./islands/render-islands.ts";
import { Layout } from "./pages/Layout.tsx";
import { IndexPage } from "./pages/IndexPage.tsx";
import { ConceptPage } from "./pages/ConceptPage.tsx";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { renderHead, type PageHead } from "./pages/head.ts";
import { SITE_NAME } from "./site.ts";

type MdxModule = { default: ComponentType<{ components?: Record<string, ComponentType<never>> }> };

/** Lazy, so the server only compiles the page it renders (matters in dev). */
const contentModules = import.meta.glob<MdxModule>("/content/*.mdx");

export const NOT_FOUND_ROUTE = "/404.html";

/** A rendered page, ready to be placed into index.html. */
export interface RenderedPage {
  readonly status: number;
  readonly head: string;
  readonly body: string;
  /** False for pages without islands: they ship no JavaScript. */
  readonly hasIslands: boolean;
}

/** Every route the build writes, as paths below the site base. */
export function listRoutes(): string[] {
  return ["/", ...catalog.concepts.map((concept) => `/concepts/${concept.slug}/`), NOT_FOUND_ROUTE];
}

async function pageFor(path: string): Promise<{ status: number; head: PageHead; element: ReactElement }> {
  if (path === "/") {
    return {
      status: 200,
      head: { title: SITE_NAME, description: "An interactive explainer of transformer self-attention with small numbers you can inspect, from Q, K and V projections to the KV cache." },
      element: <IndexPage categories={catalog.categories} concepts={catalog.concepts} />,
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
      head: { title: concept.title, description: concept.summary },
      element: <ConceptPage concept={concept} category={category} Content={Content} />,
    };
  }
  return { status: 404, head: { title: "Page not found", description: "There is no page at this address." }, element: <NotFoundPage /> };
}

/** Renders one route to static HTML, islands included. */
export async function renderRoute(path: string): Promise<RenderedPage> {
  const { status, head, element } = await pageFor(path);
  const islands: IslandRecord[] = [];
  const { prelude } = await prerender(
    <IslandCollector value={islands}>
      <Layout>{element}</Layout>
    </IslandCollector>,
  );
  const pageHtml = await new Response(prelude).text();
  return { status, head: renderHead(head), body: renderIslands(pageHtml, islands), hasIslands: islands.length > 0 };
}
