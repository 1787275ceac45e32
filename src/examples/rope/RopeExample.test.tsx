// @vitest-environment happy-dom
/**
 * The RoPE example: turned entries and scores from the math, the expansion of an inspected entry
 * and score, links in and out, and refused values (an odd size, a shift past the last position,
 * a base out of range). Expected numbers are worked by hand (python3, rotating each pair).
 */
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { RopeExample } from "./RopeExample.tsx";
import { ropeExampleSchema } from "./RopeExample.schema.ts";
import { ropeCodec } from "./RopeExample.editing.ts";

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

const text = (element: Element | null | undefined) =>
  (element?.textContent ?? "")
    .replace(/\u00a0/g, " ")
    .replace(/\s+/g, " ")
    .trim();
const shown = (name: string) =>
  [...screen.getByRole("group", { name }).querySelectorAll("[data-cell]")].map((cell) => text(cell));
const readout = () => text(document.querySelector(".readout"));
const verdict = () => text(document.querySelector(".rope-verdict"));

const PAGE = <RopeExample id="rope-4d" q={[1, 2, 0, 1]} k={[2, 0, 1, 1]} m={3} n={1} shift={4} base={10000} />;

// By hand: θ₀ = 1, θ₁ = 0.01. q at 3: pair 0 by 3 rad → (cos 3 − 2 sin 3, sin 3 + 2 cos 3) ≈ (−1.2722,
// −1.8389); pair 1 by 0.03 → (−sin 0.03, cos 0.03) ≈ (−0.03, 0.9996). k at 1 ≈ (1.0806, 1.6829, 0.99,
// 1.0099). Score ≈ −3.4897; at (7, 5) the same.
describe("RopeExample, d = 4, q at 3 and k at 1, both moved by 4", () => {
  it("turns q and k pair by pair and scores them the same at (3, 1) and (7, 5)", () => {
    render(PAGE);
    expect(shown("q turned at position 3: inspect an entry")).toEqual(["−1.27", "−1.84", "−0.03", "1"]);
    expect(shown("k turned at position 1: inspect an entry")).toEqual(["1.08", "1.68", "0.99", "1.01"]);
    expect(shown("q turned at position 7: inspect an entry")).toEqual(["−0.56", "2.16", "−0.07", "1"]);
    expect(shown("Score at positions 3 and 1: inspect it")).toEqual(["−3.49"]);
    expect(shown("Score at positions 7 and 5: inspect it")).toEqual(["−3.49"]);
    expect(verdict()).toBe(
      "At (3, 1) the score is −3.4897; at (7, 5) it is −3.4897. Both pairs of positions are 2 apart, and they give the same score, equal to 9 decimals (the difference is only rounding).",
    );
  });

  it("inspecting q′₃ shows its pair, angle, cos and sin, and the rotation matrix of that pair", () => {
    render(PAGE);
    fireEvent.focus(screen.getByRole("button", { name: /^q′₃ at position 3/ }));
    // q′₁ = q₀·sin + q₁·cos with (q₀, q₁) = (0, 1), angle 0.03: 0·0.03 + 1·0.9996.
    expect(text(document.querySelector(".readout .expansion"))).toBe("q′₃ = 0·0.03 + 1·0.9996 ≈ 0.9996");
    expect(readout()).toContain(
      "Entry 3 is in pair 1, (q₂, q₃), with θ₁ = 10000^(−2/4) = 0.01. At position 3 it is turned by 3·θ₁ = 0.03 rad: cos ≈ 0.9996, sin ≈ 0.03.",
    );
    expect(text(document.querySelector(".rope-turn .operand-title"))).toBe(
      "Pair 1 of q at position 3: turned by 0.03 rad",
    );
    expect(shown("Rotation matrix R for pair 1 of q at position 3")).toEqual(["0.9996", "0.03", "−0.03", "0.9996"]);
  });

  it("inspecting the second score shows its terms and the angles between the pairs, (7 − 5)·θᵢ", () => {
    render(PAGE);
    fireEvent.click(screen.getByRole("button", { name: /^Score of q at 7 and k at 5/ }));
    expect(text(document.querySelector(".readout .expansion"))).toMatch(
      /^q′·k′ at \(7, 5\) = .* \(unrounded: −3\.4897\)$/,
    );
    expect(readout()).toContain("pair 0: 2 rad, pair 1: 0.02 rad. Only the offset 2 reaches the score.");
  });

  it("writes both pairs of positions and the verdict into the text alternative", () => {
    render(PAGE);
    const words = text(screen.getByRole("region", { name: "RoPE of q = (1, 2, 0, 1) and k = (2, 0, 1, 1), in words" }));
    expect(words).toContain("each position turns pair 0 by 1 rad, pair 1 by 0.01 rad");
    expect(words).toContain("q turned at 3 is (−1.2722, −1.8389, −0.03, 0.9996)");
    expect(words).toContain("Both pairs of positions are 2 apart");
  });
});

describe("RoPE in two dimensions", () => {
  it("turns q = (1, 0) at m = 1 to (cos 1, sin 1) and scores it against k = (1, 1) as cos 1 + sin 1", () => {
    render(<RopeExample id="rope-2d" q={[1, 0]} k={[1, 1]} m={1} n={0} shift={2} base={10000} />);
    // cos 1 ≈ 0.5403, sin 1 ≈ 0.8415; the score 1.3818 again at (3, 2).
    expect(shown("q turned at position 1: inspect an entry")).toEqual(["0.54", "0.84"]);
    expect(verdict()).toContain("At (1, 0) the score is 1.3818; at (3, 2) it is 1.3818");
  });
});

describe("links and refusals", () => {
  async function open(query: string) {
    window.history.replaceState(null, "", `/concepts/rotary-position-embedding/${query}`);
    render(PAGE);
    await screen.findAllByRole("group");
  }

  it("opens a link's positions, base and inspected score", async () => {
    await open("?rope-4d.m=10&rope-4d.n=0&rope-4d.base=100&rope-4d.inspect=score2");
    // θ₁ = 100^(−1/2) = 0.1; the offset is 10 at both pairs of positions.
    expect(verdict()).toContain("At (10, 0) the score is");
    expect(verdict()).toContain("at (14, 4)");
    expect(readout()).toContain("pair 0: 10 rad, pair 1: 1 rad");
  });

  it.each([
    ["?rope-4d.q=1,2,3&rope-4d.k=1,2,3", "q and k have 3 entries: RoPE turns the components in pairs"],
    ["?rope-4d.shift=4095", "the query position m + shift must be a whole number from 0 to 4096; received 4098"],
    ["?rope-4d.base=0", "base"],
    ["?rope-4d.base=2000000", "base"],
    ["?rope-4d.m=abc", "m"],
    ["?rope-4d.inspect=q:9", "inspect"],
  ])("a bad link %s gets a note (%s) and keeps the page's numbers", async (query, message) => {
    await open(query);
    expect(text(document.querySelector(".example-note"))).toContain(message);
    expect(shown("Score at positions 3 and 1: inspect it")).toEqual(["−3.49"]);
  });

  it("the size buttons add and remove a whole pair", async () => {
    await open("");
    fireEvent.click(screen.getByRole("button", { name: "Edit numbers" }));
    const more = await screen.findByRole("button", { name: /Add .*entries of q and k/i });
    fireEvent.click(more);
    expect(shown("q turned at position 3: inspect an entry")).toHaveLength(6);
  });

  it("the codec writes what it reads", () => {
    const values = { q: [1, 2, 0, 1], k: [2, 0, 1, 1], m: 3, n: 1, shift: 4, base: 10000 };
    for (const form of ["q:0", "k2:3", "score", "score2"]) {
      expect(ropeCodec.write(ropeCodec.read(form, values))).toBe(form);
    }
    expect(ropeCodec.read("score:1", values)).toBeNull();
    expect(ropeCodec.read("k:4", values)).toBeNull();
  });
});

describe("ropeExampleSchema", () => {
  const base = { id: "rope", q: [1, 0], k: [0, 1], m: 3, n: 1, shift: 4, base: 10000 };
  it("accepts even q and k of one length", () => {
    expect(ropeExampleSchema.safeParse(base).success).toBe(true);
  });
  it.each([
    [{ ...base, q: [1, 0, 2], k: [0, 1, 2] }, "q and k have 3 entries"],
    [{ ...base, k: [0, 1, 2, 3] }, "k has 4 entries; q has 2."],
    [{ ...base, m: 4096 }, "the query position m + shift must be a whole number from 0 to 4096"],
    [{ ...base, base: 0 }, ""],
    [{ ...base, n: 1.5 }, ""],
  ])("refuses %j", (props, message) => {
    const result = ropeExampleSchema.safeParse(props);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(message);
  });
});
