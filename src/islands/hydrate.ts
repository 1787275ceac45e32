import { createElement, startTransition, type ComponentType } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { IslandBoundary, IslandFailure } from "./IslandBoundary.tsx";
import { loadIsland, type LoadedIsland } from "./load-island.ts";
import { routeHandlerErrors } from "./handler-errors.ts";

/** Marks an island as done: `data-hydrated` when its handlers answer, `data-island-failed` when it broke. */
function markHydrated(element: HTMLElement) {
  element.dataset.hydrated = "";
}

function markFailed(element: HTMLElement) {
  delete element.dataset.hydrated;
  element.dataset.islandFailed = "";
}

/** Shows the failure message in place of an island that could not be hydrated at all. */
function showFailure(element: HTMLElement, error: unknown) {
  console.error(`The example "${element.id}" could not be loaded and was replaced by a message:`, error);
  createRoot(element).render(createElement(IslandFailure));
  markFailed(element);
}

/** How an island is to be hydrated, and who is told when React takes it over. */
export interface HydrateOptions {
  /** A reader acts on it or a link targets it: it goes before islands that only came near. */
  readonly urgent?: boolean;
  /** Called just before React takes the island over (or its failure message replaces it). */
  readonly onStart?: () => void;
  /** Its code, if the caller has already started loading it (loadIsland); loaded here otherwise. */
  readonly loaded?: Promise<LoadedIsland>;
}

interface Job {
  readonly element: HTMLElement;
  readonly urgent: boolean;
  readonly onStart: () => void;
  /** The island's component and props, loading from the moment it was asked for. */
  readonly loaded: Promise<LoadedIsland>;
  readonly done: (hydrated: boolean) => void;
}

const queue: Job[] = [];
let pumping = false;

/** Resolves in a later task, so that input waiting to be handled runs first. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Hydrates the queued islands one per task, those a reader is waiting for first. */
async function pump(): Promise<void> {
  if (pumping) return;
  pumping = true;
  try {
    while (queue.length > 0) {
      const job = queue.splice(
        Math.max(
          0,
          queue.findIndex((waiting) => waiting.urgent),
        ),
        1,
      )[0]!;
      const loaded = await job.loaded;
      job.onStart();
      if ("error" in loaded) {
        showFailure(job.element, loaded.error);
        job.done(false);
      } else startRoot(job, loaded.Component, loaded.props);
      await nextTask();
    }
  } finally {
    pumping = false;
  }
}

/**
 * Hands one island to React, inside startTransition: its hydration may be interrupted by input and
 * spread over several tasks, so a page where several islands wake together stays responsive.
 */
function startRoot(job: Job, Component: ComponentType<object>, props: object): void {
  const { element } = job;
  let fail: ((error: unknown) => void) | undefined;
  routeHandlerErrors(element, () => fail);
  const id = element.id;
  startTransition(() => {
    hydrateRoot(
      element,
      createElement(IslandBoundary, {
        id,
        onReady: (f: (error: unknown) => void) => (fail = f),
        onMounted: () => {
          markHydrated(element);
          job.done(true);
        },
        onFailed: () => {
          markFailed(element);
          job.done(false);
        },
        children: createElement(Component, props),
      }),
      {
        identifierPrefix: element.dataset.islandPrefix ?? "",
        // IslandBoundary reports the error itself, naming the example.
        onCaughtError: () => {},
      },
    );
  });
}

/**
 * Hydrates one island as its own React root with the server's props; resolves true once it has
 * mounted (its handlers answer), false if it failed. Its code starts loading at once; the
 * hydration waits its turn: islands are handed to React one per task, urgent ones first. An island
 * that cannot load, throws while hydrating or rendering, or throws in an event handler, is
 * replaced by a short message; the other islands and the page's static content are untouched.
 */
export function hydrateIsland(
  element: HTMLElement,
  { urgent = false, onStart = () => {}, loaded = loadIsland(element) }: HydrateOptions = {},
) {
  return new Promise<boolean>((resolve) => {
    let settled = false;
    const done = (hydrated: boolean) => {
      if (settled) return;
      settled = true;
      resolve(hydrated);
    };
    queue.push({ element, urgent, onStart, loaded, done });
    void pump();
  });
}

/** Hydrates every island below `root` (see hydrateIsland); resolves once each has mounted or failed. */
export async function hydrateIslands(root: ParentNode): Promise<void> {
  const elements = [...root.querySelectorAll<HTMLElement>("[data-island]")];
  await Promise.all(elements.map((element) => hydrateIsland(element)));
}
