// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { ProjectionExample } from "./ProjectionExample.tsx";

afterEach(() => {
  cleanup();
  // The example keeps its inspected output in the URL; each test starts from a clean one.
  window.history.replaceState(null, "", "/");
});

/** The output buttons of y (the frame's tools are buttons too). */
const outputButtons = () => within(screen.getByRole("group", { name: /Projected vector y/ })).getAllByRole("button");

const reference = {
  id: "qkv-projection",
  x: [2, 3],
  W: [
    [1, 10],
    [0, -1],
  ],
};

/** Cells of a named matrix group whose data-role matches, as "row-col" keys. */
function cellsWithRole(groupName: string, role: string): string[] {
  const group = screen.getByRole("group", { name: groupName });
  return [...group.querySelectorAll<HTMLElement>(`[data-role="${role}"]`)].map((cell) => cell.dataset.cell ?? "");
}

describe("ProjectionExample", () => {
  it("shows y = x·W computed from its props: (2, 3)·[[1, 10], [0, −1]] = (2, 17)", () => {
    render(<ProjectionExample {...reference} />);
    const outputs = within(screen.getByRole("group", { name: /Projected vector y/ })).getAllByRole("button");
    // By hand: y₀ = 2·1 + 3·0 = 2, y₁ = 2·10 + 3·(−1) = 17.
    expect(outputs.map((button) => button.textContent)).toEqual(["2", "17"]);
    expect(outputs.map((button) => button.getAttribute("aria-label"))).toEqual(["y₀ = 2", "y₁ = 17"]);
  });

  it.each([
    ["focus", (el: HTMLElement) => fireEvent.focus(el)],
    ["tap", (el: HTMLElement) => fireEvent.click(el)],
    ["hover", (el: HTMLElement) => fireEvent.pointerOver(el, { pointerType: "mouse" })],
  ])("inspecting y₁ by %s shows its expansion and marks x and column 1 of W", (_, inspect) => {
    render(<ProjectionExample {...reference} />);
    inspect(screen.getByRole("button", { name: "y₁ = 17" }));
    expect(document.querySelector(".readout .expansion")?.textContent).toBe("y₁ = 2·10 + 3·(−1) = 17");
    expect(document.querySelector(".readout")?.textContent).toContain("the second column of W");
    expect(cellsWithRole("Input vector x", "ingredient")).toEqual(["0-0", "0-1"]);
    expect(cellsWithRole("Weight matrix W", "ingredient")).toEqual(["0-1", "1-1"]);
    expect(cellsWithRole("Projected vector y: inspect a component", "inspected")).toEqual(["0-1"]);
    expect(screen.getByRole("button", { name: "y₁ = 17" }).getAttribute("aria-pressed")).toBe("true");
  });

  it("inspecting y₀ uses column 0 of W: y₀ = 2·1 + 3·0 = 2", () => {
    render(<ProjectionExample {...reference} />);
    fireEvent.focus(screen.getByRole("button", { name: "y₀ = 2" }));
    expect(document.querySelector(".readout .expansion")?.textContent).toBe("y₀ = 2·1 + 3·0 = 2");
    expect(cellsWithRole("Weight matrix W", "ingredient")).toEqual(["0-0", "1-0"]);
  });

  it("a hover that ends returns to the focused component, and Escape clears it", async () => {
    render(<ProjectionExample {...reference} />);
    const [y0, y1] = outputButtons();
    fireEvent.focus(y0!);
    fireEvent.pointerOver(y1!, { pointerType: "mouse" });
    expect(document.querySelector(".readout .expansion")?.textContent).toContain("y₁");
    fireEvent.pointerOut(y1!, { pointerType: "mouse" });
    // A hover that ends is let go a frame later (the next number entered in between keeps it).
    await act(() => new Promise<void>((done) => requestAnimationFrame(() => done())));
    expect(document.querySelector(".readout .expansion")?.textContent).toContain("y₀");
    fireEvent.keyDown(y0!, { key: "Escape" });
    expect(document.querySelector(".readout .expansion")).toBeNull();
    expect(document.querySelector(".readout")?.textContent).toContain("Hover or focus 2 or 17");
  });

  it("follows other numbers: (1, −2)·[[3, 0, 1], [4, 5, −1]] = (−5, −10, 3), with no plot for 3 outputs", () => {
    render(
      <ProjectionExample
        id="other"
        x={[1, -2]}
        W={[
          [3, 0, 1],
          [4, 5, -1],
        ]}
      />,
    );
    // By hand: y₀ = 1·3 + (−2)·4 = −5; y₁ = 1·0 + (−2)·5 = −10; y₂ = 1·1 + (−2)·(−1) = 3.
    expect(outputButtons().map((b) => b.textContent)).toEqual(["−5", "−10", "3"]);
    fireEvent.focus(screen.getByRole("button", { name: "y₂ = 3" }));
    expect(document.querySelector(".readout .expansion")?.textContent).toBe("y₂ = 1·1 + (−2)·(−1) = 3");
    expect(document.querySelector(".vector-plot")).toBeNull();
    expect(document.querySelector(".plot-note")?.textContent).toContain("3 outputs");
  });

  it("writes every number and expansion into the text alternative", () => {
    render(<ProjectionExample {...reference} />);
    const words = screen.getByRole("region", { name: "Worked projection example in words" });
    expect(words.textContent).toContain("(2, 3)");
    expect(words.textContent).toContain("[[1, 10], [0, −1]]");
    expect(words.textContent).toContain("(2, 17)");
    expect(words.textContent).toContain("y₀ = 2·1 + 3·0 = 2");
    expect(words.textContent).toContain("y₁ = 2·10 + 3·(−1) = 17");
    expect(words.textContent).toContain("the second column of W, (10, −1)");
  });

  it("shows rounding honestly: 0.5·0.333 is marked ≈", () => {
    render(<ProjectionExample id="round" x={[0.5, 1]} W={[[0.333], [0.1]]} />);
    fireEvent.focus(outputButtons()[0]!);
    // 0.5·0.333 + 1·0.1 = 0.2665, shown to 2 decimals as 0.27, so the relation is ≈.
    expect(document.querySelector(".readout .expansion")?.textContent).toBe("y₀ = 0.5·0.33 + 1·0.1 ≈ 0.27");
  });

  it("Step ▶ on y₁ writes y₁ = 2·10, then + 3·(−1), then = 17, marking x_k and W[k][1] in turn", () => {
    render(<ProjectionExample {...reference} />);
    fireEvent.click(screen.getByRole("button", { name: "y₁ = 17" }));
    const expansion = () => document.querySelector(".readout .expansion");
    const steps: [string, string[], string[]][] = [];
    for (let k = 0; k < 3; k++) {
      fireEvent.click(screen.getByRole("button", { name: "Step forward" }));
      steps.push([
        expansion()?.textContent ?? "",
        cellsWithRole("Input vector x", "factor"),
        cellsWithRole("Weight matrix W", "factor"),
      ]);
    }
    expect(steps).toEqual([
      ["y₁ = 2·10", ["0-0"], ["0-1"]],
      ["y₁ = 2·10 + 3·(−1)", ["0-1"], ["1-1"]],
      ["y₁ = 2·10 + 3·(−1) = 17", [], []],
    ]);
    expect(expansion()?.getAttribute("aria-label")).toBe("y 1 equals 2 times 10 plus 3 times minus 1, which is 17");
  });
});
