// @vitest-environment happy-dom
/**
 * The word order example: both maps from the math, the same number found in the other map on
 * inspection, the swap chosen from the lists, links in and out, and refused values. Expected
 * numbers are worked by hand (python3) from X and W_q in src/data/cat-sat-unordered.ts.
 */
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { OrderShuffleExample } from "./OrderShuffleExample.tsx";
import { orderShuffleExampleSchema } from "./OrderShuffleExample.schema.ts";

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

const text = (element: Element | null | undefined) =>
  (element?.textContent ?? "")
    .replace(/\u00a0/g, " ")
    .replace(/\s+/g, " ")
    .trim();
/** The weights of row `i` of map `map` (0 before, 1 after) as shown. */
const mapRow = (i: number, map: number) =>
  [...document.querySelectorAll(".attention-map")[map]!.querySelectorAll(`[data-cell^="${i}-"] text`)].map(text);
const cell = (map: number, key: string) =>
  document.querySelectorAll(".attention-map")[map]!.querySelector<HTMLElement>(`[data-cell="${key}"]`)!;
const readout = () => text(document.querySelector(".readout"));
const note = () => text(document.querySelector(".example-note"));

const PAGE = <OrderShuffleExample id="order-swap" sentence={["The", "cat", "sat", "on", "the", "mat"]} a={1} b={2} />;

// By hand: q(cat) = (0, −2, 4) scores (4, 0, −2, 2, 4, 0) / √3 against The cat sat on the mat,
// giving 0.3929, 0.0390, 0.0123, 0.1238, 0.3929, 0.0390; q(sat) = (4, 0, 0) scores 4 on each noun:
// 0.0414 and 0.4171.
const CAT_ROW = ["0.39", "0.04", "0.01", "0.12", "0.39", "0.04"];
const SAT_ROW = ["0.04", "0.42", "0.04", "0.04", "0.04", "0.42"];

async function open(query: string): Promise<void> {
  window.history.replaceState(null, "", `/concepts/attention-ignores-order/${query}`);
  render(PAGE);
  await screen.findAllByRole("group");
}

describe("OrderShuffleExample on “The cat sat on the mat”, swapping “cat” and “sat”", () => {
  it("computes both maps: the rows and columns of “cat” and “sat” trade places, the numbers do not change", () => {
    render(PAGE);
    expect(mapRow(1, 0)).toEqual(CAT_ROW);
    expect(mapRow(2, 0)).toEqual(SAT_ROW);
    // After: The sat cat on the mat. Row 2 is “cat”, with columns 1 and 2 traded.
    expect(mapRow(2, 1)).toEqual(["0.39", "0.01", "0.04", "0.12", "0.39", "0.04"]);
    expect(mapRow(1, 1)).toEqual(["0.04", "0.04", "0.42", "0.04", "0.04", "0.42"]);
    expect(text(document.querySelector(".order-verdict"))).toContain("under 10⁻¹², so 0 up to rounding");
  });

  it("inspecting a weight after the swap marks the cell of the first map with the same number", () => {
    render(PAGE);
    fireEvent.focus(cell(1, "2-1"));
    expect(readout()).toContain("After the swap: “cat” → “sat”");
    expect(readout()).toContain("Before the swap the same two words met in row 1 and column 2");
    // q(cat)·k(sat) = −2, scaled −2 / √3 ≈ −1.15.
    expect(readout()).toContain("−2 / √3");
    expect(cell(0, "1-2").getAttribute("data-role")).toBe("ingredient");
  });

  it("inspecting a weight before the swap says where it goes, and a cell whose words stay stays", () => {
    render(PAGE);
    fireEvent.click(cell(0, "1-5"));
    expect(readout()).toContain("After the swap “cat” is row 2 and “mat” is column 5 of the second map");
    expect(cell(1, "2-5").getAttribute("data-role")).toBe("ingredient");
    fireEvent.click(cell(0, "0-5"));
    expect(readout()).toContain("Neither word of this cell moves");
  });

  it("writes both maps and where each row came from into the text alternative", () => {
    render(PAGE);
    const words = text(screen.getByRole("region", { name: "The two maps in words" }));
    expect(words).toContain("After: “The sat cat on the mat”");
    expect(words).toContain("0 ← 0, 1 ← 2, 2 ← 1, 3 ← 3");
    expect(words).toContain("“cat” looks most at “The” and “the”, which tie: The 0.39, sat 0.01, cat 0.04");
  });
});

describe("choosing, linking and refusing a swap", () => {
  it("a choice in the swap lists swaps those words and goes into the link", async () => {
    await open("");
    fireEvent.change(screen.getByRole("combobox", { name: "with word" }), { target: { value: "5" } });
    expect(window.location.search).toBe("?order-swap.b=5");
    // “cat” and “mat” have the same row of X, so the map after the swap is the same map.
    expect(mapRow(1, 1)).toEqual(CAT_ROW);
    expect(mapRow(5, 1)).toEqual(CAT_ROW);
  });

  it("opens a link's sentence, swap and inspected weight", async () => {
    await open("?order-swap.sentence=dog+bites+man&order-swap.a=0&order-swap.b=2&order-swap.inspect=after:0,1");
    expect(text(document.querySelectorAll(".order-sentence")[1])).toBe("After: man bites dog");
    expect(cell(1, "0-1").getAttribute("aria-pressed")).toBe("true");
    expect(readout()).toContain("After the swap: “man” → “bites”");
  });

  it.each([
    ["?order-swap.a=7", "swap a"],
    ["?order-swap.b=abc", "swap b"],
    ["?order-swap.inspect=after:9,0", "inspect"],
  ])("a bad link %s gets a note naming %s and keeps the page's numbers", async (query, field) => {
    await open(query);
    expect(note()).toContain(field);
    expect(mapRow(1, 0)).toEqual(CAT_ROW);
    expect(mapRow(2, 1)).toEqual(["0.39", "0.01", "0.04", "0.12", "0.39", "0.04"]);
  });

  it("a typed position past the sentence is refused with the sentence's positions; the maps stay", async () => {
    await open("");
    fireEvent.click(screen.getByRole("button", { name: "Edit numbers" }));
    const label = (await screen.findByText("swap a", { selector: ".example-editor label" })) as HTMLLabelElement;
    const input = document.getElementById(label.htmlFor)!;
    fireEvent.change(input, { target: { value: "6" } });
    expect(text(document.querySelector(".example-editor"))).toContain(
      "swap a is 6, past the last word: “The cat sat on the mat” has 6 words, at positions 0 to 5.",
    );
    expect(mapRow(2, 1)).toEqual(["0.39", "0.01", "0.04", "0.12", "0.39", "0.04"]);
    expect(window.location.search).toBe("");
  });
});

describe("orderShuffleExampleSchema", () => {
  const base = { id: "order-swap", sentence: ["dog", "bites", "man"], a: 0, b: 2 };
  it("accepts a sentence and two of its positions", () => {
    expect(orderShuffleExampleSchema.safeParse(base).success).toBe(true);
  });
  it.each([
    [{ ...base, b: 3 }, "swap b is 3, past the last word"],
    [{ ...base, sentence: ["dog"] }, ""],
    [{ ...base, sentence: ["dog bites", "man"] }, "each entry must be one word"],
    [{ ...base, a: -1 }, ""],
    [{ ...base, extra: 1 }, ""],
  ])("refuses %j", (props, message) => {
    const result = orderShuffleExampleSchema.safeParse(props);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(message);
  });
});
