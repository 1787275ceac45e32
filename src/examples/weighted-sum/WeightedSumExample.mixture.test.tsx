// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { WeightedSumExample } from "./WeightedSumExample.tsx";

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

/** The example of content/weighted-sum-of-values.mdx. */
const props = {
  id: "weighted-sum",
  weights: [
    [0.5, 0.25, 0.25],
    [0.25, 0.5, 0.25],
    [0.1, 0.8, 0.1],
  ],
  V: [
    [4, 0],
    [0, 2],
    [2, 2],
  ],
  tokens: ["the", "cat", "sat"],
};

const pictured = () =>
  screen.getByRole("img", { name: /as a weighted mix of the value points$/ }).getAttribute("aria-labelledby");

describe("WeightedSumExample's mixture picture", () => {
  it("pictures o₀ until another row of O is inspected, then follows it: o₂ = (0.6, 1.8)", () => {
    render(<WeightedSumExample {...props} />);
    const title = () => document.getElementById(pictured()!)?.textContent;
    expect(title()).toBe("Output o₀ (“the”) as a weighted mix of the value points");
    expect(document.querySelector(".mixture-readout")?.textContent).toContain("o₀ = (2.5, 1)");
    fireEvent.focus(screen.getByRole("button", { name: "O row 2 (“sat”), column 1: 1.8" }));
    expect(title()).toBe("Output o₂ (“sat”) as a weighted mix of the value points");
    // 0.1·(4, 0) + 0.8·(0, 2) + 0.1·(2, 2) = (0.6, 1.8)
    expect(document.querySelector(".mixture-readout")?.textContent).toContain("o₂ = (0.6, 1.8)");
    expect([...document.querySelectorAll(".mixture-weight")].map((t) => t.textContent)).toEqual(["0.1", "0.8", "0.1"]);
  });
});
