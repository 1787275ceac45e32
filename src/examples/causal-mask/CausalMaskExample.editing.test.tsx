// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { applyText, resize } from "../../frame/spec.ts";
import { readUrlState } from "../../frame/url-state.ts";
import { CausalMaskExample } from "./CausalMaskExample.tsx";
import { causalMaskSpec } from "./CausalMaskExample.editing.ts";

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

const scores = [
  [5, 1],
  [0, 0],
];
const tokens = ["a", "b"];
const authored = { scores, tokens, mask: 1 };
const spec = causalMaskSpec({ tokens });
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
const maskBox = () => screen.getByRole("checkbox", { name: /Causal mask/ });

describe("causalMaskSpec", () => {
  it("keeps the scores square with the tokens: one size adds a row, a column and a word", () => {
    expect(resize(spec, authored, "tokens", 1)).toEqual({
      ok: true,
      value: {
        scores: [
          [5, 1, 0],
          [0, 0, 0],
          [0, 0, 0],
        ],
        tokens: ["a", "b", "t2"],
        mask: 1,
      },
    });
    expect(messageOf(applyText(spec, authored, "scores", "1 2 3; 4 5 6"))).toContain(
      "scores has 2 rows but scores has 3 columns: they must match",
    );
  });

  it("takes the mask state as 1 (on) or 0 (off)", () => {
    expect(applyText(spec, authored, "mask", "0")).toMatchObject({ ok: true, value: { mask: 0 } });
    expect(messageOf(applyText(spec, authored, "mask", "2"))).toBe(
      "“2” is not a whole number from 0 to 1, which mask (1 on, 0 off) needs.",
    );
    const read = readUrlState(
      spec,
      "causal-mask",
      authored,
      new URLSearchParams("causal-mask.mask=0&causal-mask.inspect=1,1"),
    );
    expect(read.values.mask).toBe(0);
    expect(read.inspect).toBe("1,1");
    expect(
      readUrlState(spec, "causal-mask", authored, new URLSearchParams("causal-mask.inspect=2,0")).inspect,
    ).toBeNull();
  });
});

describe("CausalMaskExample in its frame", () => {
  it("edited scores (5, 1; 0, 0): masked (1, 0; 0.5, 0.5), unmasked row 0 (0.98, 0.02) since 1 / (1 + exp(−4)) = 0.982", async () => {
    render(
      <CausalMaskExample
        id="causal-mask"
        scores={[
          [1, 2],
          [3, 4],
        ]}
        tokens={tokens}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Edit numbers" }));
    fireEvent.change(await editorField("scores"), { target: { value: "5 1; 0 0" } });
    expect(weights()).toEqual(["1", "0", "0.5", "0.5"]);
    fireEvent.click(maskBox());
    expect(maskBox()).toHaveProperty("checked", false);
    expect(weights()).toEqual(["0.98", "0.02", "0.5", "0.5"]);
    const query = new URLSearchParams(window.location.search);
    expect(query.get("causal-mask.mask")).toBe("0");
    expect(query.get("causal-mask.scores")).toBe("5,1;0,0");
  });

  it("a page that starts with the mask off writes mask=1 when it is switched on", () => {
    render(<CausalMaskExample id="causal-mask" scores={scores} masked={false} />);
    expect(maskBox()).toHaveProperty("checked", false);
    fireEvent.click(maskBox());
    expect(maskBox()).toHaveProperty("checked", true);
    expect(new URLSearchParams(window.location.search).get("causal-mask.mask")).toBe("1");
  });
});
