// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render } from "@testing-library/react";
import { MatrixGrid } from "../inspect/MatrixGrid.tsx";
import { TokenRow } from "../inspect/TokenRow.tsx";
import { AttentionMap } from "../charts/heatmap/AttentionMap.tsx";
import { ScoresExample } from "../examples/scores/ScoresExample.tsx";
import { tokenPositions } from "./token-colours.ts";

afterEach(cleanup);

const colourOf = (elements: Iterable<Element>) => [...elements].map((e) => e.getAttribute("data-token-colour"));
const handlers = { onPointerEnter() {}, onPointerLeave() {}, onFocus() {}, onClick() {} };
const noop = () => handlers;

describe("token colours on the shared primitives", () => {
  it("MatrixGrid puts rowTokens and colTokens on the headers only, never on the numbers", () => {
    const { container } = render(
      <MatrixGrid
        values={[
          [1, 2],
          [3, 4],
        ]}
        label="S"
        cellLabel={(i, j, v) => `S ${i} ${j}: ${v}`}
        rowLabels={["the", "cat"]}
        colLabels={["the", "cat"]}
        rowTokens={[0, 1]}
        colTokens={[0, 1]}
      />,
    );
    expect(colourOf(container.querySelectorAll(".matrix-row-label"))).toEqual(["0", "1"]);
    expect(colourOf(container.querySelectorAll(".matrix-col-label"))).toEqual(["0", "1"]);
    expect(container.querySelectorAll(".cell[data-token-colour]")).toHaveLength(0);
  });

  it("MatrixGrid without token indices draws no colour (the weight matrices are not tokens)", () => {
    const { container } = render(
      <MatrixGrid values={[[1]]} label="W" cellLabel={() => "w"} rowLabels={["a"]} colLabels={["b"]} />,
    );
    expect(container.querySelectorAll("[data-token-colour]")).toHaveLength(0);
  });

  it("TokenRow colours token i as position i, the ninth token repeating the first with a dashed stripe", () => {
    const tokens = "a b c d e f g h i".split(" ");
    const { container } = render(
      <TokenRow tokens={tokens} label="Sentence" roleOf={() => null} current={null} bind={noop} coloured />,
    );
    const buttons = container.querySelectorAll("button");
    expect(colourOf(buttons)).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "0"]);
    expect(buttons[8]?.getAttribute("data-token-cycle")).toBe("1");
    expect(buttons[8]?.textContent).toBe("i");
  });

  it("AttentionMap draws one marker per query and per key in that token's colour", () => {
    const { container } = render(
      <AttentionMap
        queries={["the", "cat"]}
        keys={["the", "cat"]}
        weights={[
          [1, 0],
          [0.5, 0.5],
        ]}
        title="Map"
        description="d"
        cellLabel={() => "c"}
        active={null}
        bind={noop}
        tokens={{ queries: tokenPositions(2), keys: tokenPositions(2) }}
      />,
    );
    expect(colourOf(container.querySelectorAll("rect.token-marker"))).toEqual(["0", "1", "0", "1"]);
  });

  it("in the scores example, token 1 has one colour on its row of Q, S and K and its column of Kᵀ and S", () => {
    const { container } = render(
      <ScoresExample
        id="scores"
        Q={[
          [1, 0],
          [0, 1],
        ]}
        K={[
          [1, 0],
          [2, 1],
        ]}
        tokens={["the", "cat"]}
      />,
    );
    const catHeaders = [...container.querySelectorAll(".matrix-row-label, .matrix-col-label")].filter(
      (e) => e.textContent === "cat",
    );
    // Rows of Q, S and K; columns of Kᵀ and S.
    expect(catHeaders).toHaveLength(5);
    expect(new Set(colourOf(catHeaders))).toEqual(new Set(["1"]));
  });
});
