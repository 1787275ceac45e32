// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { act, cleanup, render, screen } from "@testing-library/react";
import { useId } from "react";
import { renderToString } from "react-dom/server";
import { IslandBoundary } from "./IslandBoundary.tsx";
import { hydrateIslands } from "./hydrate.ts";

afterEach(cleanup);

function Broken(): never {
  throw new Error("broken on purpose");
}

function Labelled() {
  return <span id={useId()}>fine</span>;
}

describe("IslandBoundary", () => {
  it("renders no DOM of its own: same markup and useId values as the bare island", () => {
    const bare = renderToString(<Labelled />, { identifierPrefix: "ex-" });
    const wrapped = renderToString(
      <IslandBoundary id="ex">
        <Labelled />
      </IslandBoundary>,
      { identifierPrefix: "ex-" },
    );
    expect(wrapped).toBe(bare);
  });

  it("replaces an island that throws while rendering with a message saying to reload", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const onFailed = vi.fn();
    render(
      <IslandBoundary id="ex" onFailed={onFailed}>
        <Broken />
      </IslandBoundary>,
    );
    expect(screen.getByRole("alert").textContent).toMatch(/stopped working.*still correct.*Reload the page/s);
    expect(onFailed).toHaveBeenCalledOnce();
    expect(error.mock.calls.some((call) => String(call[0]).includes('"ex" failed'))).toBe(true);
    error.mockRestore();
  });

  it("switches to the message when told from outside React (an event handler threw)", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    let fail: ((e: unknown) => void) | undefined;
    const onMounted = vi.fn();
    render(
      <IslandBoundary id="ex" onReady={(f) => (fail = f)} onMounted={onMounted}>
        <Labelled />
      </IslandBoundary>,
    );
    expect(onMounted).toHaveBeenCalledOnce();
    expect(screen.queryByRole("alert")).toBeNull();
    act(() => fail?.(new Error("handler threw")));
    expect(screen.getByRole("alert")).toBeTruthy();
    expect(screen.queryByText("fine")).toBeNull();
    error.mockRestore();
  });
});

describe("hydrateIslands", () => {
  it("marks an island it cannot load as failed and shows the message in its place, leaving the page", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    document.body.innerHTML = `<main><h1>Static heading</h1><div id="gone" data-island="NoSuchIsland" data-props="{}"><p>server html</p></div></main>`;
    await act(() => hydrateIslands(document));
    const island = document.getElementById("gone")!;
    expect(island.hasAttribute("data-island-failed")).toBe(true);
    expect(island.hasAttribute("data-hydrated")).toBe(false);
    expect(island.textContent).toMatch(/Reload the page/);
    expect(document.querySelector("h1")?.textContent).toBe("Static heading");
    expect(error.mock.calls.some((call) => String(call[1]).includes('Unknown island "NoSuchIsland"'))).toBe(true);
    error.mockRestore();
  });
});

describe("disableZodEval", () => {
  it("is what zod reads as z.config(): jitless, so it never probes for eval", async () => {
    const { globalConfig } = await import("zod/v4/core");
    expect(globalConfig.jitless).toBe(true); // load-island.ts, imported by hydrate.ts above, ran disableZodEval()
  });
});
