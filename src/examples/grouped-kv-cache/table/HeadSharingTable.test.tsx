// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import { HeadSharingTable, readersText, TOY_SHARING_SHAPE } from "./HeadSharingTable.tsx";

afterEach(cleanup);

describe("HeadSharingTable", () => {
  it("reads the toy's shape from the model: 4 query heads of size 2, 2 layers, fp32", () => {
    expect(TOY_SHARING_SHAPE).toEqual({ queryHeads: 4, dHead: 2, layers: 2, bytesPerValue: 4 });
  });

  it("groups consecutive query heads: 4 over 2 KV heads, and all 4 over 1", () => {
    expect(readersText(4, 2)).toEqual(["KV head 1: query heads 1 and 2", "KV head 2: query heads 3 and 4"]);
    expect(readersText(4, 1)).toEqual(["KV head 1: query heads 1, 2, 3 and 4"]);
    expect(readersText(4, 4)[3]).toBe("KV head 4: query head 4");
  });

  it("lists MHA, GQA and MQA with the cache per token worked by hand", () => {
    render(<HeadSharingTable />);
    const rows = screen.getAllByRole("row").slice(1);
    const cellsOf = (r: HTMLElement) => [...r.querySelectorAll("th, td")].map((c) => c.textContent);
    // Per token and layer h_kv key rows + h_kv value rows of 2 numbers; over 2 layers at 4 bytes: 2·2·h_kv·2·4 = 32·h_kv bytes.
    expect(rows.map(cellsOf)).toEqual([
      [
        "MHA multi-head attention",
        "4",
        "KV head 1: query head 1; KV head 2: query head 2; KV head 3: query head 3; KV head 4: query head 4",
        "4 + 4 = 8",
        "2 · 2 · 4 · 2 · 4 = 128",
      ],
      [
        "GQA grouped-query attention",
        "2",
        "KV head 1: query heads 1 and 2; KV head 2: query heads 3 and 4",
        "2 + 2 = 4",
        "2 · 2 · 2 · 2 · 4 = 64",
      ],
      ["MQA multi-query attention", "1", "KV head 1: query heads 1, 2, 3 and 4", "1 + 1 = 2", "2 · 2 · 1 · 2 · 4 = 32"],
    ]);
  });
});
