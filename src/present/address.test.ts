import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { clearPresentAddress, readPresentAddress, writePresentAddress, type DeckSummary } from "./address.ts";

const DECKS: readonly DeckSummary[] = [
  { id: "map-step-queries", title: "Steps from embeddings to output", count: 5 },
  { id: "qkv-projection", title: "Projection example", count: 1 },
];

describe("readPresentAddress(search, decks)", () => {
  it.each([
    ["", null],
    ["?qkv-projection.x=2,3", null],
    ["?slide=2", null],
  ])("asks for no presentation with %j", (search, expected) => {
    expect(readPresentAddress(search, DECKS)).toBe(expected);
  });

  it.each([
    ["?present=map-step-queries", 0, 0],
    ["?present=map-step-queries&slide=1", 0, 0],
    ["?present=map-step-queries&slide=3", 0, 2],
    ["?present=map-step-queries&slide=5", 0, 4],
    ["?slide=2&present=map-step-queries", 0, 1],
    ["?qkv-projection.x=2,3&present=qkv-projection&slide=1", 1, 0],
  ])("reads %j as deck %i, slide %i (from 0) with no message", (search, deck, slide) => {
    expect(readPresentAddress(search, DECKS)).toEqual({ deck, slide, message: null });
  });

  it.each([
    ["?present=map-step-queries&slide=99", "99", "slides 1 to 5"],
    ["?present=map-step-queries&slide=0", "0", "slides 1 to 5"],
    ["?present=map-step-queries&slide=-1", "-1", "slides 1 to 5"],
    ["?present=map-step-queries&slide=2.5", "2.5", "slides 1 to 5"],
    ["?present=map-step-queries&slide=abc", "abc", "slides 1 to 5"],
    ["?present=map-step-queries&slide=", "", "slides 1 to 5"],
    ["?present=map-step-queries&slide=02", "02", "slides 1 to 5"],
    ["?present=map-step-queries&slide=1e1", "1e1", "slides 1 to 5"],
    ["?present=qkv-projection&slide=2", "2", "one slide"],
  ])("falls back to slide 1 of the named deck for %j, saying what was asked", (search, asked, range) => {
    const position = readPresentAddress(search, DECKS);
    expect(position?.slide).toBe(0);
    expect(position?.message).toContain(`There is no slide “${asked}”`);
    expect(position?.message).toContain(range);
    expect(position?.message).toContain("Showing slide 1.");
  });

  it.each([
    ["?present=no-such-example&slide=3", "“no-such-example”"],
    ["?present=QKV-PROJECTION", "“QKV-PROJECTION”"],
    ["?present=", "without naming"],
  ])("falls back to the first deck's first slide for %j", (search, said) => {
    const position = readPresentAddress(search, DECKS);
    expect(position).toMatchObject({ deck: 0, slide: 0 });
    expect(position?.message).toContain(said);
    expect(position?.message).toContain("“Steps from embeddings to output”");
  });

  it("shortens a very long unknown name in its message", () => {
    const message = readPresentAddress(`?present=${"x".repeat(500)}`, DECKS)?.message ?? "";
    expect(message.length).toBeLessThan(200);
    expect(message).toContain("…");
  });

  it("presents nothing on a page without decks", () => {
    expect(readPresentAddress("?present=qkv-projection", [])).toBeNull();
  });
});

describe("writePresentAddress and clearPresentAddress", () => {
  it("keeps the example's parameters and writes the slide counted from 1", () => {
    const search = writePresentAddress("?qkv-projection.x=2,3&qkv-projection.inspect=0,1", "qkv-projection", 0);
    expect(search).toBe("?qkv-projection.x=2,3&qkv-projection.inspect=0,1&present=qkv-projection&slide=1");
    expect(clearPresentAddress(search)).toBe("?qkv-projection.x=2,3&qkv-projection.inspect=0,1");
    expect(clearPresentAddress("?present=a&slide=2")).toBe("");
  });

  it("replaces an earlier position rather than adding a second one", () => {
    const once = writePresentAddress("?present=map-step-queries&slide=1", "map-step-queries", 3);
    expect(once).toBe("?present=map-step-queries&slide=4");
  });

  it("reads back every position it writes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1 }), fc.nat({ max: 4 }), (deck, slide) => {
        const chosen = DECKS[deck]!;
        const index = Math.min(slide, chosen.count - 1);
        const search = writePresentAddress("?other.x=1", chosen.id, index);
        expect(readPresentAddress(search, DECKS)).toEqual({ deck, slide: index, message: null });
      }),
    );
  });
});
