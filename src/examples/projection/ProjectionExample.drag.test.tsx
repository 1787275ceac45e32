// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { ProjectionExample } from "./ProjectionExample.tsx";

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

describe("the projection plot's input tip", () => {
  it("is the only handle: x is an input, y = x·W follows it", () => {
    render(
      <ProjectionExample
        id="qkv-projection"
        x={[2, 3]}
        W={[
          [1, 10],
          [0, -1],
        ]}
      />,
    );
    const handles = screen.getAllByRole("button", { name: / tip at / });
    expect(handles.map((handle) => handle.getAttribute("aria-label"))).toEqual([
      "Input x tip at (2, 3): drag it, or use the arrow keys to move it by ½ (Shift: by 1)",
    ]);
    act(() => void fireEvent.keyDown(handles[0]!, { key: "ArrowRight" }));
    // y = (2.5·1 + 3·0, 2.5·10 + 3·(−1)) = (2.5, 22)
    const y = within(screen.getByRole("group", { name: "Projected vector y: inspect a component" }));
    expect(y.getAllByRole("button").map((cell) => cell.textContent)).toEqual(["2.5", "22"]);
    expect(screen.getByText("output y = (2.5, 22)")).toBeTruthy();
    expect(new URLSearchParams(window.location.search).get("qkv-projection.x")).toBe("2.5,3");
  });
});
