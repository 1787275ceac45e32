// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { OnlineSoftmaxExample } from "./OnlineSoftmaxExample.tsx";

// The row (1, 3, 2, 5, 4) in tiles of 2, worked by hand in src/math/online-softmax.test.ts:
// tile 0: m −∞ → 3, factor 0, l = e^−2 + 1 = 1.1353353;
// tile 1: m 3 → 5, factor e^−2 = 0.1353353, l = 1.1353353·0.1353353 + e^−3 + 1 = 1.2034380;
// tile 2: m stays 5, factor 1, l = 1.2034380 + e^−1 = 1.5713174;
// weights (0.0116562, 0.0861285, 0.0316849, 0.6364086, 0.2341217).
const PROPS = { id: "online-softmax", scores: [1, 3, 2, 5, 4], tileSize: 2 };

beforeEach(() => window.history.replaceState(null, "", "/concepts/online-softmax/"));
afterEach(cleanup);

const group = (name: string | RegExp) => screen.getByRole("group", { name });
const controls = () => group("Tile controls");
const button = (name: string) => within(controls()).getByRole("button", { name });
const status = () => document.querySelector(".step-status")!.textContent;
const cells = (name: string | RegExp) => [...group(name).querySelectorAll<HTMLElement>("[data-cell]")];
const texts = (name: string | RegExp) => cells(name).map((c) => c.textContent);
const readout = () => document.querySelector(".online-softmax-example > .readout")!.textContent;
const roles = (name: string | RegExp, role: string) =>
  cells(name)
    .filter((c) => c.dataset.role === role)
    .map((c) => c.dataset.cell);

describe("OnlineSoftmaxExample on (1, 3, 2, 5, 4) in tiles of 2", () => {
  it("starts with nothing read: m = −∞, l = 0, Back and Start off with a reason, three tiles not read yet", () => {
    render(<OnlineSoftmaxExample {...PROPS} />);
    expect(status()).toBe("No tile read yet: m = −∞ and l = 0. Step reads tile 0, positions 0 and 1.");
    expect(button("Back").getAttribute("aria-disabled")).toBe("true");
    expect(button("Start").getAttribute("aria-disabled")).toBe("true");
    expect(button("Step").getAttribute("aria-disabled")).toBeNull();
    expect(document.querySelector(".step-reason")!.textContent).toBe(
      "Back and Start are off: no tile has been read yet.",
    );
    expect(texts(/^Tile 0:/)).toEqual(["1", "3"]);
    expect(texts(/^Tile 2:/)).toEqual(["4"]);
    expect(screen.getAllByText("not read yet")).toHaveLength(3);
    expect(document.querySelector(".online-waiting")).not.toBeNull();
  });

  it("Step reads tile 0, then tile 1, whose 5 raises m and rescales l by exp(3 − 5) ≈ 0.135", () => {
    render(<OnlineSoftmaxExample {...PROPS} />);
    fireEvent.click(button("Step"));
    expect(status()).toBe("1 of 3 tiles read. Tile 0, positions 0 and 1, scores (1, 3): m becomes 3; l ≈ 1.135.");
    expect(window.location.search).toBe("?online-softmax.step=1");
    fireEvent.click(button("Step"));
    expect(status()).toBe(
      "2 of 3 tiles read. Tile 1, positions 2 and 3, scores (2, 5): m rises from 3 to 5, so l is rescaled by 0.135; l ≈ 1.203.",
    );
    expect(texts(/^Running state/)).toEqual(["3", "3", "0", "1.135", "5", "5", "0.135", "1.203"]);
    expect(texts(/^exp\(s − m\) for tile 1/)).toEqual(["0.05", "1"]);
  });

  it.each([
    ["focus", (el: HTMLElement) => fireEvent.focus(el)],
    ["tap", (el: HTMLElement) => fireEvent.click(el)],
    ["hover", (el: HTMLElement) => fireEvent.pointerEnter(el, { pointerType: "mouse" })],
  ])("inspecting l after tile 1 by %s writes out the rescaled sum and marks what it is made of", (_, inspect) => {
    render(<OnlineSoftmaxExample {...PROPS} step={2} />);
    inspect(screen.getByRole("button", { name: "tile 1, l ≈\u00a01.203" }));
    // 1.1353353·0.1353353 = 0.1536509; e^−3 = 0.0497871; sum 1.2034380.
    expect(readout()).toContain("l = 1.135·0.135 + exp(2 − 5) + exp(5 − 5) ≈ 0.154 + 0.05 + 1 ≈ 1.203");
    expect(readout()).toContain("The old sum, rescaled to the new m");
    expect(roles(/^Running state/, "inspected")).toEqual(["1-3"]);
    expect(roles(/^Running state/, "ingredient")).toEqual(["0-3", "1-2"]);
    expect(roles(/^Tile 1:/, "ingredient")).toEqual(["0-0", "0-1"]);
    expect(roles(/^exp\(s − m\)/, "ingredient")).toEqual(["0-0", "0-1"]);
  });

  it("the factor of tile 2 is exp(0) = 1: m stays 5", () => {
    render(<OnlineSoftmaxExample {...PROPS} step={3} />);
    fireEvent.focus(screen.getByRole("button", { name: "tile 2, factor =\u00a01" }));
    expect(readout()).toContain("factor = exp(5 − 5) = exp(0) = 1");
    expect(readout()).toContain("m did not change");
  });

  it("after the last tile the weights stand beside softmax(s), computed apart, with the measured difference", () => {
    render(<OnlineSoftmaxExample {...PROPS} step={3} />);
    expect(button("Step").getAttribute("aria-disabled")).toBe("true");
    expect(status()).toContain("Every tile is read");
    const expected = ["0.012", "0.086", "0.032", "0.636", "0.234"];
    expect(texts(/^Weights from the running m and l/)).toEqual(expected);
    expect(texts(/^Softmax of the whole row/)).toEqual(expected);
    expect(document.querySelector(".tiled-verdict")!.textContent).toMatch(/^Equal: the two rows /);
    fireEvent.focus(screen.getByRole("button", { name: "online weight of key 3 ≈\u00a00.636" }));
    expect(readout()).toContain("softmax(s)₃ = exp(5 − 5) / l ≈ 1 / 1.571 ≈ 0.636");
    fireEvent.focus(screen.getByRole("button", { name: "softmax weight of key 3 ≈\u00a00.636" }));
    expect(readout()).toContain(
      "softmax(s)₃ = exp(5 − 5) / (exp(1 − 5) + exp(3 − 5) + exp(2 − 5) + exp(5 − 5) + exp(4 − 5)) ≈ 1 / 1.571 ≈ 0.636",
    );
  });

  it("choosing Bc = 5 reads the whole row as one tile and keeps the comparison in view at the end", () => {
    render(<OnlineSoftmaxExample {...PROPS} step={3} />);
    fireEvent.click(within(group("Tile size B sub c")).getByRole("button", { name: "B sub c = 5" }));
    expect(status()).toMatch(/^1 of 1 tile read/);
    expect(window.location.search).toBe("?online-softmax.tileSize=5&online-softmax.step=1");
    expect(texts(/^Weights from the running m and l/)).toEqual(["0.012", "0.086", "0.032", "0.636", "0.234"]);
  });

  it("Back and Start walk back; Start returns to nothing read", () => {
    render(<OnlineSoftmaxExample {...PROPS} step={3} />);
    fireEvent.click(button("Back"));
    expect(status()).toMatch(/^2 of 3 tiles read/);
    fireEvent.click(button("Start"));
    expect(status()).toMatch(/^No tile read yet/);
    // The page opened at step 3, so step 0 differs from it and goes into the link.
    expect(window.location.search).toBe("?online-softmax.step=0");
  });

  it("the text version has every tile and the comparison; the server renders step 0 with the controls disabled", () => {
    render(<OnlineSoftmaxExample {...PROPS} />);
    const words = screen.getByRole("region", { name: "Online softmax, tile by tile, in words" });
    expect(words.textContent).toContain("m = max(3, 5) = 5");
    expect(words.textContent).toContain("l = 1.203·1 + exp(4 − 5) ≈ 1.203 + 0.368 ≈ 1.571");
    expect(words.textContent).toContain("softmax(s)₀ = exp(1 − 5) / l ≈ 0.018 / 1.571 ≈ 0.012");
    expect(words.textContent).toContain("Online (0.012, 0.086, 0.032, 0.636, 0.234) against all at once");
    const html = renderToString(<OnlineSoftmaxExample {...PROPS} />);
    expect(html.match(/<button[^>]*disabled=""/g)?.length).toBeGreaterThanOrEqual(3 + 5);
  });
});
