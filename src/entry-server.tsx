import type { ComponentType, ReactElement } from "react";
import { prerender } from "react-dom/static";
import catalog from "virtual:concept-catalog";
import { IslandCollector, type IslandRecord } from "./islands/Island.tsx";
import { renderIslands } from "./islands/render-islands.ts";
import { shareMathGlyphs } from "./pages/math-glyphs.ts";
import { Layout } from "./pages/Layout.tsx";
import { IndexPage } from "./pages/IndexPage.tsx";
import { ConceptPage } from "./pages/ConceptPage.tsx";
import { ConceptMapPage } from "./pages/ConceptMapPage.tsx";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { NotationPage } from "./pages/NotationPage.tsx";
import { siteNotation } from "./notation/site-notation.ts";
import { EmbedPage } from "./pages/EmbedPage.tsx";
import { ExercisesEmbedPage } from "./pages/ExercisesEmbedPage.tsx";
import { WorksheetPage } from "./pages/WorksheetPage.tsx";
import { LessonPage } from "./pages/LessonPage.tsx";
import type { LessonConcept } from "./lesson/LessonLive.tsx";
import type { WorksheetProps } from "./exercises/worksheet/WorksheetLive.tsx";
import type { CheckYourselfProps } from "./exercises/CheckYourself.schema.ts";
import type { ExerciseSpec } from "./exercises/kinds.ts";
import { collectHeadings } from "./pages/headings.tsx";
import { neighboursOf } from "./pages/navigation.ts";
import { renderHead, type HeadOptions, type PageHead } from "./pages/head.ts";
import { SITE_NAME, conceptHref, href, worksheetPath } from "./site.ts";
import { embeddable } from "./mdx/registry.ts";
import type { Concept } from "./catalog/schema.ts";
import type { PreviewCard, RenderedPage } from "../build/template.ts";

type MdxModule = { default: ComponentType<{ components?: Record<string, ComponentType<never>> }> };

/** Lazy, so the server only compiles the page it renders (matters in dev). */
const contentModules = import.meta.glob<MdxModule>("/content/*.mdx");

export const NOT_FOUND_ROUTE = "/404.html";
export const MAP_ROUTE = "/map/";
export const NOTATION_ROUTE = "/notation/";
export const LESSON_ROUTE = "/lesson/";

/** The route of one example alone, for an iframe: `/embed/<concept slug>/<example id>/`. */
export function embedRoute(slug: string, exampleId: string): string {
  return `/embed/${slug}/${exampleId}/`;
}

/**
 * The id in an embed route that names a page's "Check yourself" exercises rather than an example:
 * `/embed/<concept slug>/exercises/`. No example may have this id (build/prerender.test.ts).
 */
export const EXERCISES_EMBED_ID = "exercises";

/** `/embed/<slug>/<id>/` → its slug and example id; anything else → undefined. */
export function parseEmbedRoute(path: string): { slug: string; exampleId: string } | undefined {
  const match = /^\/embed\/([a-z0-9-]+)\/([a-z0-9-]+)\/?$/.exec(path);
  return match ? { slug: match[1]!, exampleId: match[2]! } : undefined;
}

/** The page and preview-card shapes the build reads (build/template.ts declares them for both sides). */
export type { PreviewCard, RenderedPage } from "../build/template.ts";

/** Where a concept's preview image is served, below the site base. */
export function previewImagePath(slug: string): string {
  return `/og/${slug}.png`;
}

/**
 * Every route the build writes, as paths below the site base. The embed pages are not listed:
 * each concept page's render names its own (RenderedPage.embeds), so they need no second render.
 */
export function listRoutes(): string[] {
  return [
    "/",
    MAP_ROUTE,
    NOTATION_ROUTE,
    LESSON_ROUTE,
    ...catalog.concepts.map((concept) => `/concepts/${concept.slug}/`),
    NOT_FOUND_ROUTE,
  ];
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

interface Page {
  readonly status: number;
  readonly head: PageHead;
  readonly element: ReactElement;
  /** Whether the page goes in the site frame (Layout); an embed page has none. */
  readonly framed: boolean;
  /** Kept out of search engines although framed: an answer key. (Embed pages always are.) */
  readonly noIndex?: boolean;
}

const NOT_FOUND: Page = {
  status: 404,
  head: { title: "Page not found", description: "There is no page at this address." },
  element: <NotFoundPage concepts={catalog.concepts} />,
  framed: true,
};

/** Renders a page to HTML inside a collector, returning the HTML and the islands met on the way. */
async function renderCollecting(element: ReactElement): Promise<{ html: string; islands: IslandRecord[] }> {
  const islands: IslandRecord[] = [];
  const { prelude } = await prerender(<IslandCollector value={islands}>{element}</IslandCollector>);
  return { html: await new Response(prelude).text(), islands };
}

/** The concept page of `slug`, or undefined when there is no such concept. */
async function conceptPage(slug: string | undefined): Promise<(Page & { concept: Concept }) | undefined> {
  const concept = catalog.concepts.find((candidate) => candidate.slug === slug);
  const load = contentModules[`/content/${slug}.mdx`];
  const category = catalog.categories.find((candidate) => candidate.id === concept?.category);
  if (!concept || !load || !category) return undefined;
  const { default: Content } = await load();
  return {
    concept,
    status: 200,
    framed: true,
    head: {
      title: concept.title,
      description: concept.summary,
      path: `/concepts/${concept.slug}/`,
      image: previewImagePath(concept.slug),
      type: "article",
    },
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

/**
 * The embed page of one example: the concept page is rendered once to find the example's island
 * (its name, props and element), which is then rendered alone. An id that is not an example on
 * that page (or names an exercise) is the 404 page.
 */
async function embedPage(slug: string, exampleId: string): Promise<Page> {
  const page = await conceptPage(slug);
  if (!page) return NOT_FOUND;
  const { islands } = await renderCollecting(page.element);
  if (exampleId === EXERCISES_EMBED_ID) return exercisesEmbedPage(page.concept, islands);
  const example = islands.find((island) => island.id === exampleId && embeddable.has(island.name));
  if (!example) return NOT_FOUND;
  const { concept } = page;
  return {
    status: 200,
    framed: false,
    head: {
      title: `Example “${example.id}” from ${concept.title}`,
      description: concept.summary,
      path: `/concepts/${concept.slug}/`,
      image: previewImagePath(concept.slug),
    },
    element: <EmbedPage concept={concept} example={example} />,
  };
}

/**
 * The embed page of a concept page's "Check yourself" exercises, found among the islands of its
 * render; a page without exercises has none (404).
 */
function exercisesEmbedPage(concept: Concept, islands: readonly IslandRecord[]): Page {
  const check = islands.find((island) => island.name === "CheckYourself");
  if (!check) return NOT_FOUND;
  return {
    status: 200,
    framed: false,
    head: {
      title: `Check yourself: ${concept.title}`,
      description: concept.summary,
      path: `/concepts/${concept.slug}/`,
      image: previewImagePath(concept.slug),
    },
    element: <ExercisesEmbedPage concept={concept} exercises={check.props as CheckYourselfProps} />,
  };
}

/**
 * The worksheet or answer key of a concept page: its "Check yourself" islands are found by
 * rendering the page once, as for an embed page. A page without exercises has neither (404).
 */
async function worksheetPage(slug: string, mode: "questions" | "answers"): Promise<Page> {
  const page = await conceptPage(slug);
  if (!page) return NOT_FOUND;
  const { islands } = await renderCollecting(page.element);
  const sets = islands
    .filter((island) => island.name === "CheckYourself")
    .map((island) => island.props as CheckYourselfProps);
  if (sets.length === 0) return NOT_FOUND;
  const { concept } = page;
  const props: WorksheetProps = {
    title: concept.title,
    pagePath: conceptHref(concept.slug),
    sheetPath: href(worksheetPath(concept.slug, "questions")),
    keyPath: href(worksheetPath(concept.slug, "answers")),
    sets: sets.map(({ id, exercises }) => ({ id, exercises: exercises as readonly ExerciseSpec[] })),
    mode,
  };
  return {
    status: 200,
    framed: true,
    head: {
      title: `${concept.title}: ${mode === "questions" ? "worksheet" : "answer key"}`,
      description: `Printable exercises with different numbers for each learner, from ${concept.title}.`,
      path: worksheetPath(concept.slug, mode),
      image: previewImagePath(concept.slug),
    },
    element: <WorksheetPage concept={concept} props={props} />,
    noIndex: mode === "answers",
  };
}

/**
 * Every example a lesson may hold, by concept in reading order: the embeddable islands of each
 * concept page with their authored props, found by rendering the pages (once per server run). The
 * lesson page's island gets them as props; a page that presents a lesson can too.
 */
let lessonConcepts: Promise<LessonConcept[]> | undefined;
export function listLessonConcepts(): Promise<LessonConcept[]> {
  lessonConcepts ??= (async () => {
    const concepts: LessonConcept[] = [];
    for (const { slug } of catalog.concepts) {
      const page = await conceptPage(slug);
      if (!page) continue;
      const { islands } = await renderCollecting(page.element);
      const examples = islands
        .filter((island) => embeddable.has(island.name))
        .map((island) => ({ id: island.id, name: island.name, props: island.props }));
      if (examples.length > 0) concepts.push({ slug, title: page.concept.title, examples });
    }
    return concepts;
  })();
  return lessonConcepts;
}

async function pageFor(path: string): Promise<Page> {
  if (path === "/") {
    return {
      status: 200,
      head: {
        title: SITE_NAME,
        path,
        description:
          "An interactive explainer of transformer self-attention with small numbers you can inspect, from Q, K and V projections to the KV cache.",
      },
      element: <IndexPage categories={catalog.categories} concepts={catalog.concepts} />,
      framed: true,
    };
  }
  if (path === MAP_ROUTE) {
    return {
      status: 200,
      head: {
        title: "Concept map",
        path,
        description: "How the concepts of the site build on each other, from token embeddings to the KV cache.",
      },
      element: <ConceptMapPage categories={catalog.categories} concepts={catalog.concepts} />,
      framed: true,
    };
  }
  if (path === NOTATION_ROUTE) {
    return {
      status: 200,
      head: {
        title: "Notation",
        path,
        description: "Every symbol the site uses, what it means, its shape and the page that introduces it.",
      },
      element: <NotationPage entries={siteNotation} concepts={catalog.concepts} />,
      framed: true,
    };
  }
  if (path === LESSON_ROUTE) {
    return {
      status: 200,
      head: {
        title: "Lesson",
        path,
        description:
          "Worked examples from any page, in your order, with your numbers and notes, kept in one link to share with a class.",
      },
      element: <LessonPage concepts={await listLessonConcepts()} />,
      framed: true,
    };
  }
  const embed = parseEmbedRoute(path);
  if (embed) return embedPage(embed.slug, embed.exampleId);
  const sheet = /^\/concepts\/([a-z0-9-]+)\/(worksheet|answers)\/$/.exec(path);
  if (sheet) return worksheetPage(sheet[1]!, sheet[2] === "worksheet" ? "questions" : "answers");
  return (await conceptPage(/^\/concepts\/([a-z0-9-]+)\/?$/.exec(path)?.[1])) ?? NOT_FOUND;
}

/** Keeps search engines off embed pages: each is a copy of part of a concept page (its canonical). */
const NO_INDEX = '<meta name="robots" content="noindex">';

/** Renders one route to static HTML, islands included. `options` come from the build (SITE_URL, chrome script). */
export async function renderRoute(path: string, options: HeadOptions = {}): Promise<RenderedPage> {
  const { status, head, element, framed, noIndex } = await pageFor(path);
  const { html, islands } = await renderCollecting(framed ? <Layout path={path}>{element}</Layout> : element);
  const slug = /^\/concepts\/([a-z0-9-]+)\/$/.exec(path)?.[1];
  const embeds =
    slug && status === 200
      ? [
          ...islands.filter((island) => embeddable.has(island.name)).map((island) => embedRoute(slug, island.id)),
          ...(islands.some((island) => island.name === "CheckYourself")
            ? [embedRoute(slug, EXERCISES_EMBED_ID), worksheetPath(slug, "questions"), worksheetPath(slug, "answers")]
            : []),
        ]
      : [];
  return {
    status,
    head: framed && !noIndex ? renderHead(head, options) : `${renderHead(head, options)}\n    ${NO_INDEX}`,
    // Glyphs are shared on the page itself, before the islands go in: islands hydrate as rendered.
    body: renderIslands(shareMathGlyphs(html), islands),
    hasIslands: islands.length > 0,
    embed: !framed,
    embeds,
  };
}
