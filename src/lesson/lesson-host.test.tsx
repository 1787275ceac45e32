// @vitest-environment happy-dom
/**
 * An example in a lesson reads and writes its state through the lesson's host, not the page's
 * address (src/frame/host.ts), and "Add to lesson" in the Share menu collects an example with the
 * state its Copy link carries into the lesson in progress (src/lesson/store.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { ProjectionExample } from "../examples/projection/ProjectionExample.tsx";
import { ExampleHostContext, type ExampleHost } from "../frame/host.ts";
import { LESSON_KEY, readLessonInProgress } from "./store.ts";

const projection = (
  <ProjectionExample
    id="qkv-projection"
    x={[2, 3]}
    W={[
      [1, 10],
      [0, -1],
    ]}
  />
);

const shown = () =>
  [
    ...screen.getByRole("group", { name: "Projected vector y: inspect a component" }).querySelectorAll("[data-cell]"),
  ].map((cell) => cell.textContent?.trim());

/** A host like a lesson item's: its own parameters, and what the example told it. */
function lessonHost(start: string) {
  const state = { params: new URLSearchParams(start), problems: [] as string[] };
  const host: ExampleHost = {
    query: () => new URLSearchParams(state.params),
    replaceQuery: (next) => {
      state.params = new URLSearchParams(next);
    },
    exampleLink: (id) => `https://site.test/concepts/qkv-projections/?${state.params.toString()}#${id}`,
    embedLink: () => null,
    scope: "lesson-1:",
    inLesson: true,
    reportProblems: (problems) => state.problems.push(...problems),
  };
  return { host, state };
}

const menuItems = () => {
  fireEvent.click(screen.getByRole("button", { name: "Share" }));
  return screen.getAllByRole("menuitem", { hidden: true }).map((item) => item.textContent);
};

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

describe("an example in a lesson", () => {
  it("shows the item's numbers and inspected number, and keeps the page's address as it was", async () => {
    window.history.replaceState(null, "", "/lesson/?v=1&1=qkv-projections/qkv-projection");
    const { host, state } = lessonHost("qkv-projection.x=1,-2&qkv-projection.inspect=0,1");
    render(<ExampleHostContext.Provider value={host}>{projection}</ExampleHostContext.Provider>);
    // y₁ = 1·10 + (−2)·(−1) = 12.
    await waitFor(() => expect(shown()).toEqual(["1", "12"]));
    expect(screen.getByRole("button", { name: /^y₁ = 12/ }).getAttribute("aria-pressed")).toBe("true");
    // An inspection is written to the item, not to the address.
    fireEvent.click(screen.getByRole("button", { name: /^y₀ = 1/ }));
    expect(state.params.get("qkv-projection.inspect")).toBe("0,0");
    expect(state.params.get("qkv-projection.x")).toBe("1,-2");
    expect(window.location.search).toBe("?v=1&1=qkv-projections/qkv-projection");
  });

  it("tells the lesson what it could not use, and shows the page's numbers for it", async () => {
    const { host, state } = lessonHost("qkv-projection.x=abc");
    render(<ExampleHostContext.Provider value={host}>{projection}</ExampleHostContext.Provider>);
    await waitFor(() => expect(state.problems).toHaveLength(1));
    expect(state.problems[0]).toMatch(/^The link’s x was not used: /);
    expect(shown()).toEqual(["2", "17"]);
    // What could not be used is dropped from the item, as from a page's address.
    expect(state.params.has("qkv-projection.x")).toBe(false);
  });

  it("offers neither Embed nor Add to lesson in its Share menu", () => {
    const { host } = lessonHost("");
    render(<ExampleHostContext.Provider value={host}>{projection}</ExampleHostContext.Provider>);
    expect(menuItems()).toEqual(["Copy link", "Download SVG", "Download PNG"]);
  });
});

describe("Add to lesson", () => {
  it("collects the example with the state Copy link carries, once, and says so", async () => {
    window.history.replaceState(
      null,
      "",
      "/concepts/qkv-projections/?qkv-projection.x=1,-2&other.x=5&qkv-projection.inspect=0,1#qkv-projection",
    );
    render(projection);
    await waitFor(() => expect(shown()).toEqual(["1", "12"]));
    expect(menuItems()).toEqual(["Copy link", "Embed", "Add to lesson", "Download SVG", "Download PNG"]);
    fireEvent.click(screen.getByRole("menuitem", { name: "Add to lesson" }));
    const status = await screen.findByText(/^Added to your lesson: 1 example/);
    expect(status.textContent).toBe("Added to your lesson: 1 example — open lesson");
    expect(screen.getByRole("link", { name: "open lesson" }).getAttribute("href")).toBe("/lesson/");
    expect(localStorage.getItem(LESSON_KEY)).toBe("v=1&1=qkv-projections/qkv-projection&1.x=1,-2&1.inspect=0,1");
    // Again, after a new inspection: the same item gets the new state.
    fireEvent.click(screen.getByRole("button", { name: /^y₀ = 1/ }));
    fireEvent.click(screen.getByRole("button", { name: "Share" }));
    fireEvent.click(screen.getByRole("menuitem", { name: "Add to lesson" }));
    await screen.findByText(/^Already in your lesson as item 1 of 1/);
    expect(readLessonInProgress().items).toEqual([
      {
        slug: "qkv-projections",
        example: "qkv-projection",
        params: [
          ["qkv-projection.x", "1,-2"],
          ["qkv-projection.inspect", "0,0"],
        ],
        note: "",
      },
    ]);
  });

  it("is not offered outside a concept page", () => {
    window.history.replaceState(null, "", "/embed/qkv-projections/qkv-projection/");
    render(projection);
    expect(menuItems()).not.toContain("Add to lesson");
  });
});
