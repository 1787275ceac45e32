// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { act } from "react";
import { readUrlState } from "../../frame/url-state.ts";
import { CacheSizeCalculator } from "./CacheSizeCalculator.tsx";
import { cacheSizeSpec, shapeOf } from "./CacheSizeCalculator.editing.ts";
import { CacheSizeTable } from "./table/CacheSizeTable.tsx";
import { cacheSizeCalculatorSchema } from "./CacheSizeCalculator.schema.ts";
import { describePropsProblem } from "../../mdx/props-problem.ts";

// Each test starts from a page without parameters: the frames keep their state in the URL.
beforeEach(() => window.history.replaceState(null, "", "/concepts/example/"));
afterEach(cleanup);

const field = (name: RegExp) => screen.getByRole("textbox", { name }) as HTMLInputElement;
const total = () => document.querySelector(".cache-total")!.textContent;
const binary = () => document.querySelector(".cache-binary")?.textContent ?? null;
const numbers = () => document.querySelector(".formula-numbers")!.textContent;
const messageOf = (input: HTMLElement) => document.getElementById(input.getAttribute("aria-describedby")!)!.textContent;
const type = (input: HTMLElement, text: string) => fireEvent.change(input, { target: { value: text } });

describe("CacheSizeCalculator", () => {
  it("starts at Llama 2 7B: 2·32·32·128·4,096·1·2 = 2,147,483,648 B = 2 GiB", () => {
    render(<CacheSizeCalculator id="c" />);
    expect(numbers()).toBe("= 2 · 32 · 32 · 128 · 4,096 · 1 · 2");
    expect(total()).toBe("= 2,147,483,648 B");
    expect(binary()).toBe("= 2 GiB");
    expect(screen.getByRole("button", { name: "Llama 2 7B" }).getAttribute("aria-pressed")).toBe("true");
  });

  it.each([
    ["Llama 3 8B", "= 2 · 32 · 8 · 128 · 8,192 · 1 · 2", "= 1,073,741,824 B", "= 1 GiB"],
    ["GPT-2 small", "= 2 · 12 · 12 · 64 · 1,024 · 1 · 4", "= 75,497,472 B", "= 72 MiB"],
  ])("the %s preset fills every field and gives the worked value", (name, formula, bytes, units) => {
    render(<CacheSizeCalculator id="c" />);
    fireEvent.click(screen.getByRole("button", { name }));
    expect(numbers()).toBe(formula);
    expect(total()).toBe(bytes);
    expect(binary()).toBe(units);
    expect(screen.getByRole("button", { name }).getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByRole("button", { name: "Llama 2 7B" }).getAttribute("aria-pressed")).toBe("false");
  });

  it("typing a batch of 3 gives 6 GiB; a sequence of 1,000 tokens makes it rounded (≈)", () => {
    render(<CacheSizeCalculator id="c" />);
    type(field(/Batch size/), "3");
    expect(binary()).toBe("= 6 GiB");
    type(field(/Sequence length/), "1000");
    // 2·32·32·128·1,000·3·2 = 1,572,864,000 B; / 2³⁰ = 1.46484375 GiB → 1.46.
    expect(total()).toBe("= 1,572,864,000 B");
    expect(binary()).toBe("≈ 1.46 GiB");
  });

  it("choosing 4 bytes per value doubles the fp16 result", () => {
    render(<CacheSizeCalculator id="c" />);
    fireEvent.change(screen.getByRole("combobox", { name: /Bytes per value/ }), { target: { value: "4" } });
    expect(binary()).toBe("= 4 GiB");
  });

  it.each([
    [/Layers/, "abc", "“abc” is not a number. Enter a whole number from 1 to 1,000."],
    [/Layers/, "", "The layers is empty. Enter a whole number from 1 to 1,000."],
    [/KV heads/, "-8", "The KV heads cannot be negative (received “-8”). Enter a whole number from 1 to 1,024."],
    [/Head size/, "0", "The head size cannot be 0: the cache would be empty. Enter a whole number from 1 to 16,384."],
    [
      /Sequence length/,
      "12.5",
      "The sequence length must be a whole number (received “12.5”). Enter a whole number from 1 to 10,000,000.",
    ],
    [/Batch size/, "1000000", "“1000000” is too large for the batch size. Enter a whole number from 1 to 100,000."],
  ])("a refused field (%s “%s”) says why next to itself and the last valid result stays", (name, text, message) => {
    render(<CacheSizeCalculator id="c" />);
    const input = field(name);
    type(input, text);
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(messageOf(input)).toBe(message);
    expect(total()).toBe("= 2,147,483,648 B");
    expect(screen.getByText("Showing the last valid result until every field is accepted:")).toBeTruthy();
    type(input, "1");
    expect(input.getAttribute("aria-invalid")).toBeNull();
  });

  it("a result above 1 EiB is refused and the last valid result stays", () => {
    render(<CacheSizeCalculator id="c" />);
    type(field(/Sequence length/), "10000000");
    type(field(/KV heads/), "1024");
    // The last valid result: 2·32·1,024·128 = 8,388,608; ·10⁷ tokens ·1 ·2 bytes = 167,772,160,000,000 B,
    // / 2⁴⁰ = 152.587890625 TiB.
    expect(total()).toBe("= 167,772,160,000,000 B");
    type(field(/Batch size/), "100000");
    // ·10⁵ = 16,777,216,000,000,000,000 B > 2⁶⁰ ≈ 1.15 · 10¹⁸ B.
    expect(document.querySelector(".cache-result .field-error")!.textContent).toBe(
      "These numbers give 16,777,216,000,000,000,000 B, more than the 1 EiB (2⁶⁰ B) this calculator reports. Make a field smaller.",
    );
    expect(total()).toBe("= 167,772,160,000,000 B");
    expect(binary()).toBe("≈ 152.59 TiB");
  });

  it("the plot follows the calculator's head size and length", () => {
    render(<CacheSizeCalculator id="c" />);
    expect(screen.getByRole("img", { name: /head of size 128, up to 4,096 tokens/ })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "GPT-2 small" }));
    const plot = screen.getByRole("img", { name: /head of size 64, up to 1,024 tokens/ });
    // At t = 1,024 with head size 64: 2·1,024·64 = 131,072 with a cache, 2·1,024²·64 = 134,217,728 without.
    expect(plot.querySelector("desc")!.textContent).toContain("reaches 131,072 at t = 1,024");
    expect(plot.querySelector("desc")!.textContent).toContain("reaches 134,217,728.");
    const rows = within(screen.getByRole("table", { name: /Work per decode step/ })).getAllByRole("row");
    expect(rows).toHaveLength(1 + 11); // header, then t = 1, 2, 4, …, 1,024
    expect(rows.at(-1)!.textContent).toBe("1,0241 / 1,0241,024 / 1,048,576131,072134,217,728");
  });

  it("on the server every control is disabled and the default preset's result is in the HTML", () => {
    const html = renderToString(<CacheSizeCalculator id="c" />);
    expect(html).toContain("2,147,483,648 B");
    expect(html.match(/disabled=""/g)).toHaveLength(11); // 5 presets, 5 fields, 1 select
  });

  it("the schema refuses an unknown preset with a message naming the choices", () => {
    expect(
      describePropsProblem("CacheSizeCalculator", cacheSizeCalculatorSchema, { id: "c", preset: "gpt-4" }),
    ).toMatch(/prop "preset".*Received "gpt-4"\. Expected one of "gpt2-small", "llama2-7b", "llama3-8b"/);
  });
});

describe("CacheSizeCalculator in the URL", () => {
  const authored = { preset: ["llama2-7b"], layers: 0, kvHeads: 0, headDim: 0, seqLen: 0, batch: 0, bytesPerValue: 0 };
  const fromUrl = (query: string) => readUrlState(cacheSizeSpec, "c", authored, new URLSearchParams(query));
  const open = async (query: string) => {
    window.history.replaceState(null, "", `/concepts/kv-cache-cost/?${query}`);
    render(<CacheSizeCalculator id="c" />);
    await act(async () => {});
  };

  it("shapeOf takes the preset's number wherever a field is 0", () => {
    expect(shapeOf({ ...authored, preset: ["gpt2-small"], batch: 4 })).toEqual({
      layers: 12,
      kvHeads: 12,
      headDim: 64,
      seqLen: 1024,
      batch: 4,
      bytesPerValue: 4,
    });
  });

  it("?c.preset=gpt2-small&c.batch=4 shows GPT-2 small at batch 4: 4 · 75,497,472 = 301,989,888 B = 288 MiB", async () => {
    await open("c.preset=gpt2-small&c.batch=4");
    expect(numbers()).toBe("= 2 · 12 · 12 · 64 · 1,024 · 4 · 4");
    expect(total()).toBe("= 301,989,888 B");
    expect(binary()).toBe("= 288 MiB");
    expect(field(/Batch size/).value).toBe("4");
    expect(document.querySelector(".example-note")).toBeNull();
  });

  it("typing and presets write only what differs from the page's preset into the URL", () => {
    render(<CacheSizeCalculator id="c" />);
    type(field(/Batch size/), "3");
    expect(window.location.search).toBe("?c.batch=3");
    type(field(/Batch size/), "abc");
    expect(window.location.search).toBe("?c.batch=3");
    type(field(/Batch size/), "1");
    expect(window.location.search).toBe("");
    fireEvent.click(screen.getByRole("button", { name: "GPT-2 small" }));
    expect(window.location.search).toBe("?c.preset=gpt2-small");
    type(field(/Layers/), "24");
    expect(window.location.search).toBe("?c.preset=gpt2-small&c.layers=24");
  });

  it.each([
    [
      "c.layers=abc",
      "The link’s number of layers was not used: “abc” is not a whole number from 1 to 1000, which number of layers needs.",
    ],
    [
      "c.layers=",
      "The link’s number of layers was not used: number of layers is empty. Type a whole number from 1 to 1000.",
    ],
    [
      "c.layers=1e999",
      "The link’s number of layers was not used: “1e999” is not a whole number from 1 to 1000, which number of layers needs.",
    ],
    [
      "c.kvHeads=NaN",
      "The link’s number of KV heads was not used: “NaN” is not a whole number from 1 to 1024, which number of KV heads needs.",
    ],
    [
      "c.kvHeads=--2",
      "The link’s number of KV heads was not used: “--2” is not a whole number from 1 to 1024, which number of KV heads needs.",
    ],
    [
      "c.headDim=0",
      "The link’s head size was not used: “0” is not a whole number from 1 to 16,384, which head size needs.",
    ],
    [
      "c.seqLen=-4096",
      "The link’s sequence length was not used: “-4096” is not a whole number from 1 to 10,000,000, which sequence length needs.",
    ],
    [
      "c.batch=1.5",
      "The link’s batch size was not used: “1.5” is not a whole number from 1 to 100,000, which batch size needs.",
    ],
    [
      "c.batch=100001",
      "The link’s batch size was not used: “100001” is not a whole number from 1 to 100,000, which batch size needs.",
    ],
    [
      "c.bytesPerValue=3",
      "The link’s numbers do not fit together, so the example shows its own: No number format offered here has 3 bytes per value. Enter 1, 2 or 4.",
    ],
    [
      // 2·32·1,024·128·10⁷·10⁵·2 = 1.68 · 10¹⁹ B, above 2⁶⁰ B.
      "c.kvHeads=1024&c.seqLen=10000000&c.batch=100000",
      "The link’s numbers do not fit together, so the example shows its own: These numbers give 16,777,216,000,000,000,000 B, more than the 1 EiB (2⁶⁰ B) this calculator reports. Make a field smaller.",
    ],
    [
      "c.preset=gpt-4",
      "The link’s preset was not used: “gpt-4” is not one of the choices for preset: gpt2-small, llama2-7b, llama3-8b, llama3.1-8b-128k, falcon-7b.",
    ],
    [
      "c.heads=8",
      "The link sets “heads”, which this example does not have; it takes preset, layers, kvHeads, headDim, seqLen, batch, bytesPerValue.",
    ],
  ])("refuses %s with a note, keeping Llama 2 7B", (query, note) => {
    const state = fromUrl(query);
    expect(state.problems).toEqual([note]);
    expect(shapeOf(state.values)).toEqual(shapeOf(authored));
  });

  it("a bad link shows its note and the preset's 2 GiB, with no NaN or ∞", async () => {
    await open("c.layers=abc&c.batch=NaN");
    expect(document.querySelector(".example-note")!.textContent).toContain("The link’s number of layers was not used");
    expect(total()).toBe("= 2,147,483,648 B");
    // The note quotes what the link said; the example itself shows only numbers.
    expect(document.querySelector(".example")!.textContent).not.toMatch(/NaN|Infinity|∞/);
  });
});

describe("CacheSizeTable", () => {
  it("lists each preset with its formula and worked result", () => {
    render(<CacheSizeTable />);
    const cells = [...document.querySelectorAll(".cache-table-result")].map((c) => c.textContent);
    expect(cells).toEqual([
      "2 · 12 · 12 · 64 · 1,024 · 1 · 4 = 75,497,472 B = 72 MiB",
      "2 · 32 · 32 · 128 · 4,096 · 1 · 2 = 2,147,483,648 B = 2 GiB",
      "2 · 32 · 8 · 128 · 8,192 · 1 · 2 = 1,073,741,824 B = 1 GiB",
      "2 · 32 · 8 · 128 · 131,072 · 1 · 2 = 17,179,869,184 B = 16 GiB",
      "2 · 32 · 1 · 64 · 2,048 · 1 · 2 = 16,777,216 B = 16 MiB",
    ]);
  });

  it("names each preset's attention: 12 of 12 and 32 of 32 KV heads MHA, 8 of 32 GQA, Falcon-7B's 1 of 71 MQA", () => {
    render(<CacheSizeTable />);
    const kinds = [...document.querySelectorAll(".cache-table tbody tr")].map((r) => r.children[4]!.textContent);
    expect(kinds).toEqual(["MHA", "MHA", "GQA", "GQA", "MQA"]);
  });
});
