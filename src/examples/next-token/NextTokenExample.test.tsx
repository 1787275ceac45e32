// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { NextTokenExample } from "./NextTokenExample.tsx";
import { nextTokenSpec } from "./NextTokenExample.editing.ts";
import { applyText } from "../../frame/spec.ts";

// The toy decoder's logits after “the cat sat” (the KV cache page's prompt) are
// (−2.008, −2.822, 3.450, 3.290, −3.906, 4.475) for (the, cat, sat, on, a, mat). By hand (python3):
// softmax at T = 1 is (0.0009, 0.0004, 0.2153, 0.1834, 0.0001, 0.5998); at T = 0.5, “mat” has 0.818.
// Top-k with k = 2 keeps mat 0.736 and sat 0.264; top-p with p = 0.9 keeps mat, sat, on (0.9985).
// Seed 42 draws u = 0.601 (mat); seed 7 draws u = 0.0117, inside sat’s stretch 0.0013 … 0.2166.
const PROPS = { id: "next-token", prompt: ["the", "cat", "sat"], temperature: 1, k: 6, p: 1, seed: 42 };

beforeEach(() => window.history.replaceState(null, "", "/concepts/next-token/"));
afterEach(cleanup);

const cells = (name: RegExp) => [...screen.getByRole("group", { name }).querySelectorAll<HTMLElement>("[data-cell]")];
const texts = (name: RegExp) => cells(name).map((c) => c.textContent);
const readout = () => document.querySelector(".next-token-example > .readout")!.textContent;
const draw = () => document.querySelector(".next-token-draw")!.textContent;

describe("NextTokenExample on the toy decoder's logits after “the cat sat”", () => {
  it("at T = 1 “mat” has the largest share, and seed 42 draws it", () => {
    render(<NextTokenExample {...PROPS} />);
    expect(texts(/^Probabilities softmax/)).toEqual(["0.001", "0", "0.215", "0.183", "0", "0.6"]);
    expect(draw()).toMatch(/^Next token: “mat”\. Seed 42 draws u ≈ 0\.601/);
    expect(draw()).toContain("the same as the greedy choice “mat”");
  });

  it("seed 7 draws “sat”: sampling is not greedy, and the same seed gives the same token", () => {
    render(<NextTokenExample {...PROPS} seed={7} />);
    expect(draw()).toMatch(
      /^Next token: “sat”\. Seed 7 draws u ≈ 0\.012, which falls in the stretch of “sat”, 0\.001 to 0\.217/,
    );
    cleanup();
    render(<NextTokenExample {...PROPS} seed={7} />);
    expect(draw()).toMatch(/^Next token: “sat”/);
  });

  it("top-k = 2 keeps mat and sat, renormalised; top-p = 0.9 keeps mat, sat and on", () => {
    render(<NextTokenExample {...PROPS} k={2} />);
    expect(texts(/^After top-k/)).toEqual(["0", "0", "0.264", "0", "0", "0.736"]);
    cleanup();
    render(<NextTokenExample {...PROPS} p={0.9} />);
    const words = screen.getByRole("region", { name: "Choosing the next token, in words" }).textContent;
    expect(words).toContain("Keeps “mat”, “sat”, “on” (together 0.999)");
  });

  it("T = 0 is the greedy limit: no z / T row, all the probability on “mat”, nothing divided by 0", () => {
    render(<NextTokenExample {...PROPS} temperature={0} />);
    expect(screen.queryByRole("group", { name: /^z \/ T/ })).toBeNull();
    expect(texts(/^Probabilities, T = 0/)).toEqual(["0", "0", "0", "0", "0", "1"]);
    fireEvent.focus(cells(/^Probabilities, T = 0/)[5]!);
    expect(readout()).toContain("Nothing is divided by 0");
  });

  it("inspecting a kept probability after top-k writes out its renormalisation and marks the kept ones", () => {
    render(<NextTokenExample {...PROPS} k={2} />);
    fireEvent.click(cells(/^After top-k/)[5]!);
    expect(readout()).toContain("0.6 / 0.815 ≈ 0.736");
    expect(
      cells(/^Probabilities softmax/)
        .filter((c) => c.dataset.role === "ingredient")
        .map((c) => c.dataset.cell),
    ).toEqual(["0-2", "0-5"]);
  });
});

describe("the next-token example's fields", () => {
  const values = { prompt: PROPS.prompt, temperature: 1, k: 6, p: 1, seed: 42 };
  it.each([
    ["temperature", "-1", /“-1” is not a number from 0 to 100, which the temperature T needs/],
    ["p", "0", /“0” is not a number greater than 0 and at most 1, which top-p’s p needs/],
    ["k", "0", /top-k’s k/],
    ["k", "7", /top-k’s k/],
    ["seed", "abc", /the seed/],
  ])("refuses %s = %s with a sentence naming the field and what is accepted", (key, text, message) => {
    const result = applyText(nextTokenSpec, values, key, text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
