// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { FlashIoCalculator } from "./FlashIoCalculator.tsx";

// By hand for N = 1,024, d = 64, M = 65,536: standard 4N² + 4Nd = 4,194,304 + 262,144 = 4,456,448;
// Bc = ⌈65,536 / 256⌉ = 256, Tc = ⌈1,024 / 256⌉ = 4; FlashAttention 3Nd + 2N + Tc·(3Nd + 4N)
// = 196,608 + 2,048 + 4·(196,608 + 4,096) = 1,001,472; ratio 4.4499…
const PROPS = { id: "flash-io", N: 1024, d: 64, M: 65536 };

beforeEach(() => window.history.replaceState(null, "", "/concepts/flash-attention/"));
afterEach(cleanup);

const result = () => document.querySelector(".flash-io-result")!.textContent;
const field = (name: RegExp) => screen.getByRole("textbox", { name });

describe("FlashIoCalculator", () => {
  it("counts both with the formulas written out", () => {
    render(<FlashIoCalculator {...PROPS} />);
    expect(result()).toContain("4N² + 4Nd = 4 · 1,024² + 4 · 1,024 · 64 = 4,456,448");
    expect(result()).toContain("of which 4,194,304 are S and A");
    expect(result()).toContain("Bc = ⌈M / 4d⌉ = ⌈65,536 / 256⌉ = 256 keys per block");
    expect(result()).toContain("Tc = ⌈N / Bc⌉ = ⌈1,024 / 256⌉ = 4 passes");
    expect(result()).toContain("= 1,001,472");
    expect(result()).toContain("4.45 times as many");
  });

  it("a new N recounts and goes into the link", () => {
    render(<FlashIoCalculator {...PROPS} />);
    fireEvent.change(field(/Sequence length/), { target: { value: "2048" } });
    // 4·2,048² + 4·2,048·64 = 16,777,216 + 524,288 = 17,301,504.
    expect(result()).toContain("= 17,301,504");
    expect(window.location.search).toBe("?flash-io.N=2048");
  });

  it.each([
    [/Sequence length/, "abc", /“abc” is not a whole number from 1 to 1,048,576/],
    [/On-chip memory/, "32", /M must be a whole number from 64 .*at least the head size d.*received 32/],
  ])("refuses %s = %s next to the field and keeps the last valid counts", (name, text, message) => {
    render(<FlashIoCalculator {...PROPS} />);
    fireEvent.change(field(name), { target: { value: text } });
    expect(field(name).getAttribute("aria-invalid")).toBe("true");
    expect(document.querySelector(".field-error")!.textContent).toMatch(message);
    expect(result()).toContain("Showing the last valid counts");
    expect(result()).toContain("= 4,456,448");
  });
});
