// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { applyText, resize } from "../../frame/spec.ts";
import { readUrlState } from "../../frame/url-state.ts";
import { SoftmaxExample } from "./SoftmaxExample.tsx";
import { softmaxSpec } from "./SoftmaxExample.editing.ts";

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

const authored = {
  scores: [
    [2, 1, 0],
    [1, 3, 1],
    [0, 0, 0],
  ],
  tokens: undefined,
};
/** The editor's text field labelled `name`, once the editor (loaded on demand) is there. */
const editorField = async (name: string) => {
  const label = (await screen.findByText(name, { selector: ".example-editor label" })) as HTMLLabelElement;
  return document.getElementById(label.htmlFor)!;
};
const messageOf = (result: { ok: boolean; message?: string }) => (result.ok ? "" : result.message);
const weights = () =>
  within(screen.getByRole("group", { name: "Weights: inspect a weight" }))
    .getAllByRole("button")
    .map((b) => b.textContent);

describe("softmaxSpec", () => {
  it("without tokens, rows (queries) and columns (keys) change separately", () => {
    const spec = softmaxSpec({ tokens: undefined });
    expect(resize(spec, authored, "keys", -1)).toMatchObject({
      ok: true,
      value: {
        scores: [
          [2, 1],
          [1, 3],
          [0, 0],
        ],
      },
    });
    expect(resize(spec, authored, "queries", 1)).toMatchObject({
      ok: true,
      value: {
        scores: [
          [2, 1, 0],
          [1, 3, 1],
          [0, 0, 0],
          [0, 0, 0],
        ],
      },
    });
    expect(applyText(spec, authored, "scores", "1 2 3 4").ok).toBe(true);
    expect(messageOf(applyText(spec, authored, "scores", "1 2; 3"))).toBe(
      "Row 1 of scores has 1 number but row 0 has 2: every row needs the same number of entries.",
    );
  });

  it("with tokens, one size counts the rows, the columns and the words, so the scores stay square", () => {
    const spec = softmaxSpec({ tokens: ["a", "b"] });
    const square = {
      scores: [
        [1, 2],
        [3, 4],
      ],
      tokens: ["a", "b"],
    };
    expect(resize(spec, square, "tokens", 1)).toEqual({
      ok: true,
      value: {
        scores: [
          [1, 2, 0],
          [3, 4, 0],
          [0, 0, 0],
        ],
        tokens: ["a", "b", "t2"],
      },
    });
    expect(messageOf(applyText(spec, square, "scores", "1 2 3; 4 5 6"))).toBe(
      "scores has 2 rows but scores has 3 columns: they must match (tokens (rows and columns of scores)). Use the size buttons to change both together.",
    );
  });

  it("reads the inspected weight as row,column within the scores", () => {
    const spec = softmaxSpec({ tokens: undefined });
    const read = (query: string) => readUrlState(spec, "softmax", authored, new URLSearchParams(query));
    expect(read("softmax.inspect=2,2").inspect).toBe("2,2");
    expect(read("softmax.inspect=3,0").inspect).toBeNull();
    expect(read("softmax.scores=1,2;3,4&softmax.inspect=1,1").inspect).toBe("1,1");
    expect(read("softmax.scores=1,2;3,4&softmax.inspect=1,2").problems[0]).toContain("The link asks to inspect “1,2”");
  });
});

describe("SoftmaxExample with edited scores", () => {
  it("(1, 1) → (0.5, 0.5) and (2, 0) → (0.88, 0.12): exp(−2) = 0.1353, 1 / 1.1353 = 0.8808", async () => {
    render(
      <SoftmaxExample
        id="softmax"
        scores={[
          [2, 1, 0],
          [1, 3, 1],
          [0, 0, 0],
        ]}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Edit numbers" }));
    fireEvent.change(await editorField("scores"), { target: { value: "1 1; 2 0" } });
    expect(weights()).toEqual(["0.5", "0.5", "0.88", "0.12"]);
    expect(document.querySelector(".in-words")?.textContent).toContain("Weights (0.88, 0.12), which sum to 1");
    expect(new URLSearchParams(window.location.search).get("softmax.scores")).toBe("1,1;2,0");
  });

  it("stays finite for ±9999: (9999, −9999) gives weights exactly 1 and 0", () => {
    render(<SoftmaxExample id="large-scores" scores={[[9999, -9999]]} />);
    expect(weights()).toEqual(["1", "0"]);
    fireEvent.focus(screen.getByRole("button", { name: /^A₀₁/ }));
    // Shifted by the max: (0, −19998); exp(−19998) underflows to 0, never to ∞.
    expect(document.querySelector(".readout")?.textContent).toContain("(0, −19998)");
    const text = document.querySelector(".example")?.textContent ?? "";
    expect(text).not.toMatch(/NaN|Infinity|∞/);
  });
});
