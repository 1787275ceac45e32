import { createElement, type ComponentType } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { IslandBoundary, IslandFailure } from "./IslandBoundary.tsx";
import { islandLoaders } from "./registry.ts";

/**
 * Islands that validate with zod must not make it probe for eval (`Function("")`): the site's
 * Content-Security-Policy forbids eval, and the probe is reported as a violation even though zod
 * catches it. zod 4 keeps `z.config()` in this global and adopts an existing one, so setting it
 * here, before any island module (and so any schema) is evaluated, equals `z.config({ jitless:
 * true })` without importing zod into every page (+11 KB raw). src/islands/IslandBoundary.test.tsx
 * checks zod still reads it.
 */
export function disableZodEval(): void {
  const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };
  scope.__zod_globalConfig = Object.assign(scope.__zod_globalConfig ?? {}, { jitless: true });
}
disableZodEval();

/**
 * Events during which an island's own handlers run. An error thrown in a handler does not reach
 * React's error boundaries; it is reported to `window` while the event is being dispatched, so
 * the island the event passed through last is the one that failed.
 */
const ISLAND_EVENTS = [
  "click",
  "pointerdown",
  "pointerup",
  "pointerover",
  "pointerout",
  "pointermove",
  "mouseover",
  "mouseout",
  "mousedown",
  "mouseup",
  "keydown",
  "keyup",
  "focusin",
  "focusout",
  "input",
  "change",
  "touchstart",
  "touchend",
] as const;

/** The island an event is passing through right now, and how to make it show its failure message. */
let dispatching: { readonly element: HTMLElement; readonly fail: (error: unknown) => void } | undefined;

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

let listening = false;

/** One window listener routes errors thrown in island event handlers to that island. */
function listenForHandlerErrors() {
  if (listening) return;
  listening = true;
  window.addEventListener("error", (event) => {
    if (dispatching) dispatching.fail(event.error ?? event.message);
  });
}

async function hydrateIsland(element: HTMLElement): Promise<void> {
  const name = element.dataset.island ?? "";
  const load = Object.hasOwn(islandLoaders, name) ? islandLoaders[name] : undefined;
  if (!load) {
    showFailure(
      element,
      new Error(`Unknown island "${name}": no example.ts names it with an island (src/examples/manifest.ts).`),
    );
    return;
  }
  let Component: ComponentType<object>;
  let props: object;
  try {
    Component = (await load()) as ComponentType<object>;
    props = JSON.parse(element.dataset.props ?? "{}") as object;
  } catch (error) {
    showFailure(element, error);
    return;
  }
  let fail: ((error: unknown) => void) | undefined;
  const track = () => {
    if (fail) dispatching = { element, fail };
    // Cleared after the event's task, so a later error outside any island is not blamed on this one.
    setTimeout(() => {
      if (dispatching?.element === element) dispatching = undefined;
    });
  };
  // Capturing listeners on the island root, added before React's, run first for every event
  // that reaches the island's handlers.
  for (const type of ISLAND_EVENTS) element.addEventListener(type, track, { capture: true });
  const id = element.id;
  hydrateRoot(
    element,
    createElement(IslandBoundary, {
      id,
      onReady: (f: (error: unknown) => void) => (fail = f),
      onMounted: () => markHydrated(element),
      onFailed: () => markFailed(element),
      children: createElement(Component, props),
    }),
    {
      identifierPrefix: element.dataset.islandPrefix ?? "",
      // IslandBoundary reports the error itself, naming the example.
      onCaughtError: () => {},
    },
  );
}

/**
 * Hydrates every island on the page, each as its own React root with the server's props. An
 * island that cannot load, throws while hydrating or rendering, or throws in an event handler,
 * is replaced by a short message; the other islands and the page's static content are untouched.
 */
export async function hydrateIslands(root: ParentNode): Promise<void> {
  listenForHandlerErrors();
  const elements = [...root.querySelectorAll<HTMLElement>("[data-island]")];
  await Promise.all(elements.map((element) => hydrateIsland(element)));
}
