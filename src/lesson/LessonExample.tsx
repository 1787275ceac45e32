/**
 * One lesson item's live example, for the lesson page and anything else that shows a lesson's
 * items (a presenter): the same island component as on its concept page, with its authored
 * props, whose state (numbers, inspected number) is the item's own (src/frame/host.ts).
 */
import {
  createElement,
  lazy,
  memo,
  Suspense,
  useLayoutEffect,
  useMemo,
  useRef,
  type ComponentType,
  type LazyExoticComponent,
} from "react";
import { ExampleHostContext, type ExampleHost } from "../frame/host.ts";
import { readableQuery } from "../frame/url-state.ts";
import { IslandBoundary } from "../islands/IslandBoundary.tsx";
import { islandLoaders } from "../islands/registry.ts";
import { conceptHref } from "../site.ts";
import type { LessonCatalog, LessonItem } from "./lesson.ts";

/** One example a lesson may hold: its id on its page, its island's name and its authored props. */
export interface LessonExample {
  readonly id: string;
  readonly name: string;
  readonly props: object;
}

/** A concept page and the examples on it a lesson may hold (the server lists them: entry-server.tsx). */
export interface LessonConcept {
  readonly slug: string;
  readonly title: string;
  readonly examples: readonly LessonExample[];
}

/** The catalog decodeLesson checks names against. */
export function catalogOf(concepts: readonly LessonConcept[]): LessonCatalog {
  return new Map(concepts.map((concept) => [concept.slug, new Set(concept.examples.map((example) => example.id))]));
}

/** Where item `params` is on its concept page: "/concepts/<slug>/?<state>#<example id>". */
export function itemPageHref(slug: string, example: string, params: LessonItem["params"]): string {
  return `${conceptHref(slug)}${readableQuery(new URLSearchParams(params as [string, string][]))}#${example}`;
}

interface HostOptions {
  /** The concept page the example is on. */
  readonly slug: string;
  /** Unique among the items shown: the example's edits are kept apart under it. */
  readonly scope: string;
  /** The item's state now. */
  readonly params: LessonItem["params"];
  /** The example changed its state (an edit, an inspection). */
  readonly onParams: (params: [string, string][]) => void;
  /** What the item's state asked for that the example could not use. */
  readonly onProblems: (problems: readonly string[]) => void;
}

/**
 * The host of one item's example. It is the same object for the item's whole life, so the example
 * reads its state once, as an island on a page reads its address once; what it writes goes to
 * `onParams`.
 */
export function useItemHost({ slug, scope, params, onParams, onProblems }: HostOptions): ExampleHost {
  const state = useRef(params);
  const calls = useRef({ onParams, onProblems });
  useLayoutEffect(() => {
    state.current = params;
    calls.current = { onParams, onProblems };
  });
  return useMemo<ExampleHost>(
    () => ({
      query: () => new URLSearchParams(state.current as [string, string][]),
      replaceQuery: (next) => {
        const list = [...next];
        state.current = list;
        calls.current.onParams(list);
      },
      exampleLink: (id) => `${window.location.origin}${itemPageHref(slug, id, state.current)}`,
      embedLink: () => null,
      scope,
      inLesson: true,
      reportProblems: (problems) => calls.current.onProblems(problems),
    }),
    [slug, scope],
  );
}

/** Each island component once, loaded when an item first shows it (its own chunk, as on its page). */
const components = new Map<string, LazyExoticComponent<ComponentType<object>>>();
function componentOf(name: string): LazyExoticComponent<ComponentType<object>> {
  let component = components.get(name);
  if (!component) {
    const loader = Object.hasOwn(islandLoaders, name) ? islandLoaders[name] : undefined;
    component = lazy(async () => {
      if (!loader) throw new Error(`Unknown island "${name}": no example.ts names it.`);
      return { default: (await loader()) as ComponentType<object> };
    });
    components.set(name, component);
  }
  return component;
}

interface LessonExampleViewProps {
  readonly example: LessonExample;
  /** The item's host (useItemHost). */
  readonly host: ExampleHost;
}

/**
 * The item's example, in its host. If it cannot load or breaks, it alone is replaced by the
 * message a broken example shows on a page. Memoised: an island component reads its props once,
 * as an island root that nothing above re-renders, so a new props object (each render of a lesson
 * makes one) would make it read its state again and undo what the learner did since.
 */
export const LessonExampleView = memo(function LessonExampleView({ example, host }: LessonExampleViewProps) {
  return (
    <ExampleHostContext.Provider value={host}>
      <div className="lesson-example" data-lesson-example={example.id}>
        <IslandBoundary id={example.id}>
          <Suspense fallback={<p className="lesson-loading">Loading the example …</p>}>
            {/* One lazy component per island name for the page's life (componentOf), never a new one per render. */}
            {createElement(componentOf(example.name), example.props)}
          </Suspense>
        </IslandBoundary>
      </div>
    </ExampleHostContext.Provider>
  );
});
