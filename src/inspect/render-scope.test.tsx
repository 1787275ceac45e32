// @vitest-environment happy-dom
/**
 * What an inspection or a moved tip re-renders, counted from React's own commits: a hover must
 * re-render only the matrix cells whose role changes, and neither the plot's axes, its tip handles
 * nor the tools row; a moved tip re-renders the handles, not the tools row once Reset is shown.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { MatrixProductExample } from "../examples/matrix-product/MatrixProductExample.tsx";
import { DotProductExample } from "../examples/dot-product/DotProductExample.tsx";
import { ProjectionExample } from "../examples/projection/ProjectionExample.tsx";

interface Fiber {
  readonly type: unknown;
  readonly flags: number;
  readonly child: Fiber | null;
  readonly sibling: Fiber | null;
  readonly alternate: Fiber | null;
}

/**
 * React reports every commit to a developer-tools hook, installed before react-dom loads. A
 * component rendered in a commit has React's PerformedWork flag (1); a subtree React did not
 * enter keeps its old child fibers, so the walk stops there (as the developer tools do).
 */
const renders = vi.hoisted(() => {
  const counts = new Map<string, number>();
  const visit = (fiber: Fiber | null) => {
    for (let node = fiber; node; node = node.sibling) {
      const type = typeof node.type === "function" ? (node.type as { name: string; displayName?: string }) : null;
      const name = type?.displayName ?? type?.name;
      if (name && (node.flags & 1) === 1) counts.set(name, (counts.get(name) ?? 0) + 1);
      if (node.alternate === null || node.child !== node.alternate.child) visit(node.child);
    }
  };
  (globalThis as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onScheduleFiberRoot() {},
    onCommitFiberRoot(_id: number, root: { current: Fiber }) {
      visit(root.current);
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
  };
  return {
    /** Renders of each component since the last reset. */
    of: (name: string) => counts.get(name) ?? 0,
    reset: () => counts.clear(),
  };
});

beforeEach(() => renders.reset());
afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

/** Each cell's role and tab stop: what a cell shows that an inspection can change. */
function cellStates(): string[] {
  return [...document.querySelectorAll("[data-example] .cell")].map(
    (cell) => `${cell.getAttribute("data-role")}|${cell.getAttribute("tabindex")}`,
  );
}

function hover(element: Element) {
  act(() => void fireEvent.pointerOver(element, { pointerType: "mouse" }));
}

describe("a hover re-renders only what it changes", () => {
  it("in a matrix product: exactly the cells whose role or tab stop changed", () => {
    render(
      <MatrixProductExample
        id="product"
        A={[
          [1, 2, 3],
          [4, 5, 6],
        ]}
        B={[
          [1, 0],
          [0, 1],
          [2, 2],
        ]}
        left={{ name: "A", title: "A" }}
        right={{ name: "B", title: "B" }}
        product={{ name: "C", title: "C" }}
      />,
    );
    const entries = screen.getAllByRole("button", { name: /^C row/ });
    expect(entries).toHaveLength(4);
    const total = cellStates().length;
    expect(renders.of("Cell")).toBe(total);
    for (const [from, to] of [
      [0, 1],
      [1, 3],
      [3, 2],
    ] as const) {
      hover(entries[from]!);
      const before = cellStates();
      renders.reset();
      hover(entries[to]!);
      const after = cellStates();
      const changed = after.filter((state, i) => state !== before[i]).length;
      expect(changed).toBeGreaterThan(0);
      expect(renders.of("Cell")).toBe(changed);
      expect(renders.of("Cell")).toBeLessThan(total);
    }
  });

  it("in the dot product example: the changed cells, and not the plot's axes, its handles or the tools", () => {
    render(<DotProductExample id="similar-directions" a={[3, 1]} b={[1, 2]} />);
    // Each part counted below is drawn (so a count of 0 later means it was skipped, not absent).
    for (const part of ["Cell", "MatrixHeaders", "DotPlotAxes", "TipHandles", "ExampleTools"]) {
      expect(renders.of(part), part).toBeGreaterThan(0);
    }
    const results = screen.getAllByRole("button", { name: /^(a·b|a dot b|\|a\||\|b\||cos|b on a)/ });
    expect(results.length).toBeGreaterThan(1);
    hover(results[0]!);
    const before = cellStates();
    renders.reset();
    hover(results[1]!);
    const changed = cellStates().filter((state, i) => state !== before[i]).length;
    expect(renders.of("DotProductView")).toBe(1);
    expect(renders.of("Cell")).toBe(changed);
    expect(renders.of("MatrixHeaders")).toBe(0);
    expect(renders.of("DotPlotAxes")).toBe(0);
    expect(renders.of("TipHandles")).toBe(0);
    expect(renders.of("ExampleTools")).toBe(0);
  });

  it("in the projection example: the changed cells, and not the plot's axes or its handle", () => {
    render(
      <ProjectionExample
        id="projection"
        x={[2, 3]}
        W={[
          [1, 10],
          [0, -1],
        ]}
      />,
    );
    for (const part of ["Cell", "VectorPlotAxes", "TipHandles"]) expect(renders.of(part), part).toBeGreaterThan(0);
    const outputs = screen.getAllByRole("button", { name: /^y/ });
    expect(outputs).toHaveLength(2);
    hover(outputs[0]!);
    const before = cellStates();
    renders.reset();
    hover(outputs[1]!);
    const changed = cellStates().filter((state, i) => state !== before[i]).length;
    expect(renders.of("Cell")).toBe(changed);
    expect(renders.of("VectorPlotAxes")).toBe(0);
    expect(renders.of("TipHandles")).toBe(0);
  });
});

describe("a moved tip re-renders what shows the new numbers", () => {
  it("the handles and the example, and the tools row only when Reset first appears", () => {
    render(<DotProductExample id="similar-directions" a={[3, 1]} b={[1, 2]} />);
    const tip = () => screen.getByRole("button", { name: /^Vector a tip at/ });
    act(() => void fireEvent.keyDown(tip(), { key: "ArrowUp" }));
    expect(renders.of("ExampleTools")).toBeGreaterThan(0);
    renders.reset();
    act(() => void fireEvent.keyDown(tip(), { key: "ArrowUp" }));
    expect(screen.getByText("a = (3, 2)")).toBeTruthy();
    expect(renders.of("TipHandles")).toBe(1);
    expect(renders.of("ExampleTools")).toBe(0);
  });
});
