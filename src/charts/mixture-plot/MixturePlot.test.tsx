// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { MixturePlot } from "./MixturePlot.tsx";

afterEach(cleanup);

const V = [
  [4, 0],
  [0, 2],
  [2, 2],
];
const tokens = ["the", "cat", "sat"];

describe("MixturePlot", () => {
  it("describes the points, the mix and every weight in its text alternative", () => {
    render(<MixturePlot weights={[0.1, 0.8, 0.1]} V={V} query={2} tokens={tokens} />);
    const svg = screen.getByRole("img", { name: "Output o₂ (“sat”) as a weighted mix of the value points" });
    const desc = document.getElementById(svg.getAttribute("aria-describedby")!)!.textContent;
    expect(desc).toContain("v₁ (“cat”) at (0, 2) with weight 0.8");
    // 0.1·(4, 0) + 0.8·(0, 2) + 0.1·(2, 2) = (0.6, 1.8)
    expect(desc).toContain("their weighted mix, (0.6, 1.8)");
    expect([...document.querySelectorAll(".mixture-weight")].map((t) => t.textContent)).toEqual(["0.1", "0.8", "0.1"]);
  });

  it.each([
    ["focus", (el: Element) => fireEvent.focus(el)],
    ["tap", (el: Element) => fireEvent.click(el)],
    ["hover", (el: Element) => fireEvent.pointerOver(el, { pointerType: "mouse" })],
  ])("inspecting “cat” by %s of its key writes its pull 0.8·(0, 2) = (0, 1.6) and marks its point", (_, inspect) => {
    render(<MixturePlot weights={[0.1, 0.8, 0.1]} V={V} query={2} tokens={tokens} />);
    inspect(screen.getByRole("button", { name: /^v₁ \(“cat”\)/ }));
    expect(document.querySelector(".mixture-readout")?.textContent).toBe(
      "v₁ (“cat”) adds 0.8·(0, 2) = (0, 1.6) to o₂ = (0.6, 1.8).",
    );
    expect(document.querySelectorAll('.mixture-value[data-active="true"]')).toHaveLength(1);
    expect(screen.getByRole("button", { name: /^v₁/ }).getAttribute("aria-pressed")).toBe("true");
  });

  it("hovering a point inspects its value, and leaving it returns to none", async () => {
    render(<MixturePlot weights={[0.5, 0.25, 0.25]} V={V} query={0} tokens={tokens} />);
    const point = document.querySelectorAll(".mixture-value")[0]!;
    fireEvent.pointerOver(point, { pointerType: "mouse" });
    expect(document.querySelector(".mixture-readout")?.textContent).toBe(
      "v₀ (“the”) adds 0.5·(4, 0) = (2, 0) to o₀ = (2.5, 1).",
    );
    fireEvent.pointerOut(point, { pointerType: "mouse" });
    // A hover that ends is let go a frame later (the next number entered in between keeps it).
    await act(() => new Promise<void>((done) => requestAnimationFrame(() => done())));
    expect(document.querySelector(".mixture-readout")?.textContent).toContain("o₀ = (2.5, 1): the thicker the line");
  });

  it("says when it shows only the first two of d_v components", () => {
    render(
      <MixturePlot
        weights={[0.5, 0.5]}
        V={[
          [1, 2, 9],
          [4, 5, -9],
        ]}
        query={0}
      />,
    );
    expect(document.querySelector(".plot-note")?.textContent).toContain(
      "The value rows have 3 components; the picture shows components 0 and 1.",
    );
    expect(screen.getByRole("button", { name: "v₀ = (1, 2), weight 0.5" })).toBeTruthy();
  });
});
