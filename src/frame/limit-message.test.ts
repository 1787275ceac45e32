import { describe, expect, it } from "vitest";
import { LimitError, onlineSoftmax } from "../math/index.ts";
import { refusalSentence } from "./limit-message.ts";

describe("refusalSentence", () => {
  it("refusalSentence(a LimitError) drops the function's name and starts with a capital", () => {
    let error: unknown;
    try {
      onlineSoftmax([1, 2, 3], 4);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LimitError);
    expect(refusalSentence(error)).toBe(
      "The tile size B must be a whole number from 1 to 3 (the row's length); received 4.",
    );
  });

  it("refusalSentence keeps a message without a function's name, reads a thrown string, and never capitalises a symbol", () => {
    expect(refusalSentence(new Error("every entry is masked."))).toBe("Every entry is masked.");
    expect(refusalSentence("topK: k must be a whole number from 1 to 6")).toBe("k must be a whole number from 1 to 6");
  });
});
