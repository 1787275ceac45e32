// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import { applyText, resize } from "../../frame/spec.ts";
import { readUrlState } from "../../frame/url-state.ts";
import { MatrixProductExample } from "./MatrixProductExample.tsx";
import { matrixProductSpec } from "./MatrixProductExample.editing.ts";
import { rowsExample } from "./MatrixProductExample.fixture.ts";

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

const rows = rowsExample;
const spec = matrixProductSpec(rows);
const authored = { A: rows.A, B: rows.B, rowLabels: rows.rowLabels, innerLabels: undefined, colLabels: undefined };
const messageOf = (result: { ok: boolean; message?: string }) => (result.ok ? "" : result.message);

describe("matrixProductSpec", () => {
  it("ties A's columns to B's rows: a new inner size adds a column of zeros to A and a row to B", () => {
    expect(resize(spec, authored, "inner", 1)).toMatchObject({
      ok: true,
      value: {
        A: [
          [1, 0, 1, 0],
          [0, 2, 1, 0],
          [2, 1, 0, 0],
        ],
        B: [
          [1, 0],
          [0, 1],
          [1, -1],
          [0, 0],
        ],
        innerLabels: undefined,
      },
    });
  });

  it("ties the row labels to A's rows: a new row gets a zero row and the label r3", () => {
    expect(resize(spec, authored, "rows", 1)).toMatchObject({
      ok: true,
      value: { A: [...rows.A, [0, 0, 0]], rowLabels: ["the", "cat", "sat", "r3"] },
    });
  });

  it("refuses a B that does not fit A, in the page's own names", () => {
    expect(messageOf(applyText(spec, authored, "B", "1 0; 0 1"))).toBe(
      "W has 2 rows but X has 3 columns: they must match (columns of X (rows of W)). Use the size buttons to change both together.",
    );
  });

  it("refuses row labels that do not count A's rows", () => {
    expect(messageOf(applyText(spec, authored, "rowLabels", "the cat"))).toBe(
      "row labels has 2 words but X has 3 rows: they must match (rows of X (and of Y)). Use the size buttons to change both together.",
    );
  });

  it("reads the inspected entry of Y as row,column within Y's shape", () => {
    expect(spec.inspect!.read("2,1", authored)).toEqual({ row: 2, col: 1 });
    expect(spec.inspect!.read("3,0", authored)).toBeNull();
    expect(spec.inspect!.read("0,2", authored)).toBeNull();
    expect(spec.inspect!.write({ row: 1, col: 0 })).toBe("1,0");
    const link = readUrlState(
      spec,
      "rows-times-columns",
      authored,
      new URLSearchParams("rows-times-columns.inspect=9,9"),
    );
    expect(link.problems).toEqual([
      "The link asks to inspect “9,9”, which this example does not have (expected row,column of Y, e.g. 0,1).",
    ]);
  });
});

describe("MatrixProductExample with values from a link", () => {
  it("recomputes Y, the inspected expansion and the text alternative from the link's X", () => {
    window.history.replaceState(null, "", "/?rows-times-columns.A=1,2,0;0,1,1;3,0,0&rows-times-columns.inspect=2,1");
    render(<MatrixProductExample {...rows} />);
    // By hand with W = [[1, 0], [0, 1], [1, −1]]: (1, 2, 0) → (1, 2); (0, 1, 1) → (1, 0); (3, 0, 0) → (3, 0).
    const product = screen.getByRole("group", { name: "Projected rows Y = XW: inspect an entry" });
    expect(
      within(product)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["1", "2", "1", "0", "3", "0"]);
    expect(document.querySelector(".readout .expansion")?.textContent).toBe("Y₂₁ = 3·0 + 0·1 + 0·(−1) = 0");
    expect(
      within(product)
        .getByRole("button", { name: /^Y row 2 \(“sat”\), column 1/ })
        .getAttribute("aria-pressed"),
    ).toBe("true");
    const words = screen.getByRole("region", { name: "Projected rows Y = XW, in words" }).textContent;
    expect(words).toContain("[[1, 2], [1, 0], [3, 0]]");
    expect(words).toContain("Y₁₀ = 0·1 + 1·0 + 1·1 = 1");
  });

  it("gets no frame of its own inside another example's frame", () => {
    const Outer = editableExample(() => <MatrixProductExample {...rows} id="inner" />, { fields: [] }, "Outer example");
    render(<Outer id="outer" />);
    expect(
      [...document.querySelectorAll("[data-example-frame]")].map((frame) => frame.getAttribute("data-example-frame")),
    ).toEqual(["outer"]);
  });
});
