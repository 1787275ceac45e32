import { describe, expect, it } from "vitest";
import { describeSharing, headCountProblem, headList, kvHeadsText } from "./head-sharing.ts";

describe("head-sharing words", () => {
  it.each([
    [4, 4, "MHA: 4 query heads, each with its own KV head"],
    [4, 2, "GQA: 4 query heads share 2 KV heads, 2 query heads per KV head"],
    [4, 1, "MQA: 4 query heads share 1 KV head"],
    [1, 1, "MHA: 1 query head with its own KV head"],
  ])("describeSharing(%i, %i) is “%s”", (h, kv, text) => {
    expect(describeSharing(h, kv)).toBe(text);
  });

  it("headList writes head numbers with their word", () => {
    expect(headList([3])).toBe("head 3");
    expect(headList([1, 2])).toBe("heads 1 and 2");
    expect(headList([1, 2, 3, 4], "query head")).toBe("query heads 1, 2, 3 and 4");
    expect(kvHeadsText(1)).toBe("1 KV head");
    expect(kvHeadsText(2)).toBe("2 KV heads");
  });

  it("headCountProblem says plainly why 3 KV heads do not fit 4 query heads, and which counts do", () => {
    expect(headCountProblem(4, 3)).toBe(
      "4 query heads cannot share 3 KV heads: the number of query heads must be a multiple of the number of KV heads. Choose 4 (MHA), 2 (GQA) or 1 (MQA).",
    );
    expect(headCountProblem(4, 2)).toBeNull();
    expect(headCountProblem(7, 2)).toContain("Choose 7 (MHA) or 1 (MQA).");
  });
});
