import { describe, expect, it } from "vitest";
import { visibleKeysNote } from "./visible-keys.ts";

describe("visibleKeysNote", () => {
  it("the first token sees only itself", () => {
    expect(visibleKeysNote(0, 3, ["The", "cat", "sat"])).toBe("Sees key 0 (“The”); keys 1 and 2 are masked.");
  });

  it("a middle token sees itself and every earlier token", () => {
    expect(visibleKeysNote(1, 3)).toBe("Sees keys 0 and 1; key 2 is masked.");
  });

  it("the last token sees every key", () => {
    expect(visibleKeysNote(2, 3, ["The", "cat", "sat"])).toBe(
      "Sees keys 0, 1 and 2 (“The”, “cat”, “sat”): nothing is masked.",
    );
  });
});
