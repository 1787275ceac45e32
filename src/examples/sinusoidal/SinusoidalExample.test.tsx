// @vitest-environment happy-dom
/**
 * The sinusoidal example: P and the dot products from the math, the expansions of an inspected
 * entry and dot product, links and refusals. Expected numbers are worked by hand (python3:
 * sin and cos of pos·10000^(−2i/4)).
 */
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { SinusoidalExample } from "./SinusoidalExample.tsx";
import { sinusoidalExampleSchema } from "./SinusoidalExample.schema.ts";

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
const PE = "Position encodings PE: inspect an entry";
const DOTS = "Dot products of two positions' encodings: inspect one";

const PAGE = <SinusoidalExample id="pe-table" first={0} count={5} dModel={4} base={10000} />;

describe("SinusoidalExample, positions 0–4, d model 4", () => {
  it("fills P with sin and cos of pos·θᵢ, θ₀ = 1 and θ₁ = 0.01", () => {
    render(PAGE);
    // Position 3: sin 3 ≈ 0.1411, cos 3 ≈ −0.99, sin 0.03 ≈ 0.03, cos 0.03 ≈ 0.9996.
    expect(shown(PE).slice(12, 16)).toEqual(["0.14", "−0.99", "0.03", "1"]);
  });

  it("gives each distance one dot product: 2, 1.5403, 0.5837, 0.0096, 0.3456 for distances 0 to 4", () => {
    render(PAGE);
    const D = shown(DOTS);
    expect(D.slice(0, 5)).toEqual(["2", "1.54", "0.58", "0.01", "0.35"]);
    // Row 2, columns 3 and 4 are distances 1 and 2 again.
    expect(D.slice(13, 15)).toEqual(["1.54", "0.58"]);
  });

  it("inspecting PE(3, 1) shows a cosine of pair 0 and its wavelength", () => {
    render(PAGE);
    fireEvent.focus(screen.getByRole("button", { name: /^PE\(3, 1\)/ }));
    expect(text(document.querySelector(".readout .expansion"))).toBe("PE(3, 1) = cos(3·θ₀) = cos(3) ≈ −0.99");
    expect(readout()).toContain("Component 1 is odd, a cosine of pair 0, with θ₀ = 10000^(−0/4) = 1 rad per position");
    expect(readout()).toContain("one full turn every 6.3 positions");
  });

  it("inspecting PE(1)·PE(3) writes it as cosines of the distance and marks the same distance", () => {
    render(PAGE);
    fireEvent.click(screen.getByRole("button", { name: /^PE\(1\)·PE\(3\)/ }));
    expect(text(document.querySelector(".readout .expansion"))).toBe(
      "PE(1)·PE(3) = cos(2·θ₀) + cos(2·θ₁) = −0.4161 + 0.9998 ≈ 0.5837",
    );
    const marked = [...screen.getByRole("group", { name: DOTS }).querySelectorAll('[data-role="ingredient"]')].map(
      (cell) => (cell as HTMLElement).dataset.cell,
    );
    expect(marked).toEqual(["0-2", "2-4"]);
  });

  it("lists every position's encoding in the text alternative", () => {
    render(PAGE);
    const words = text(screen.getByRole("region", { name: "Encodings of positions 0 to 4, in words" }));
    expect(words).toContain("Position 1: (0.84, 0.54, 0.01, 1).");
    expect(words).toContain("Dot products with position 0: 0: 2; 1: 1.54; 2: 0.58; 3: 0.01; 4: 0.35.");
  });
});

describe("links and refusals", () => {
  async function open(query: string) {
    window.history.replaceState(null, "", `/concepts/sinusoidal-positions/${query}`);
    render(PAGE);
    await screen.findAllByRole("group");
  }

  it("opens a link's first position and inspected dot product: the table is the same", async () => {
    await open("?pe-table.first=100&pe-table.inspect=dot:1,3");
    expect(shown(DOTS).slice(0, 5)).toEqual(["2", "1.54", "0.58", "0.01", "0.35"]);
    expect(text(document.querySelector(".readout .expansion"))).toMatch(/^PE\(101\)·PE\(103\) = cos\(2·θ₀\)/);
  });

  it.each([
    ["?pe-table.dModel=5", "d model is 5: each frequency gives a pair of components"],
    [
      "?pe-table.first=4095",
      "the last position, first + count − 1, must be a whole number from 0 to 4096; received 4099",
    ],
    ["?pe-table.base=-1", "base"],
    ["?pe-table.count=9", "count"],
    ["?pe-table.inspect=pe:0,7", "inspect"],
  ])("a bad link %s gets a note (%s) and keeps the page's numbers", async (query, message) => {
    await open(query);
    expect(text(document.querySelector(".example-note"))).toContain(message);
    expect(shown(DOTS).slice(0, 2)).toEqual(["2", "1.54"]);
  });
});

describe("sinusoidalExampleSchema", () => {
  const base = { id: "pe", first: 0, count: 5, dModel: 4, base: 10000 };
  it("accepts the page's props", () => expect(sinusoidalExampleSchema.safeParse(base).success).toBe(true));
  it.each([
    [{ ...base, dModel: 3 }, "d model is 3"],
    [{ ...base, first: 4093 }, "received 4097"],
    [{ ...base, count: 1 }, ""],
    [{ ...base, base: 0 }, ""],
  ])("refuses %j", (props, message) => {
    const result = sinusoidalExampleSchema.safeParse(props);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(message);
  });
});
