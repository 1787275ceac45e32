import { describe, expect, it } from "vitest";
import { carriesParams, targetedIslands } from "./targets.ts";

/** The islands of the self-attention map page, in page order, as the boot step reads them. */
const ISLANDS = ["cat-sat-map", "cat-sat-scores", "cat-sat-output", "map-check"];

describe("targetedIslands(search, hash, islandIds): the islands an address wakes at once", () => {
  it.each([
    ["nothing for a bare address", "", "", []],
    ["an example named by the hash", "", "#cat-sat-output", ["cat-sat-output"]],
    ["an example named by a query key", "?cat-sat-scores.sentence=the+dog+ran", "", ["cat-sat-scores"]],
    ["the Check yourself block named by an exercise seed", "?seed.map-check-2=42", "", ["map-check"]],
    [
      "a copied link (query and hash name the same example) once",
      "?cat-sat-output.sentence=a+b&cat-sat-output.inspect=1,0",
      "#cat-sat-output",
      ["cat-sat-output"],
    ],
    [
      "several, in the order the address names them",
      "?seed.map-check-1=7&cat-sat-map.sentence=a+b",
      "#cat-sat-scores",
      ["map-check", "cat-sat-map", "cat-sat-scores"],
    ],
    ["nothing for a heading's hash", "", "#why-it-matters", []],
    ["nothing for ids the page has no island for", "?gone.x=1&seed.old-check-1=3", "#also-gone", []],
    ["nothing for step, theme or keys without a dot", "?step=2&theme=dark&utm=x", "", []],
    ["an example named by a percent-encoded hash", "", "#cat%2Dsat%2Dmap", ["cat-sat-map"]],
  ])("%s", (_what, search, hash, expected) => {
    expect(targetedIslands(search, hash, ISLANDS)).toEqual(expected);
  });

  it("wakes nothing on a page without islands, whatever the address", () => {
    expect(targetedIslands("?cat-sat-map.sentence=a+b", "#cat-sat-map", [])).toEqual([]);
  });
});

describe("carriesParams: an island that wakes for its own query keys (the worksheet)", () => {
  const keys = "variants first set";
  it.each([
    ["?variants=3&first=2000", true],
    ["?first=2000", true],
    ["?set=1001", true],
    ["?variants=", true],
    ["", false],
    ["?", false],
    ["?theme=dark", false],
    ["?variantsx=3", false],
    ["?qkv-projection.x=2,3", false],
  ])("%j → %s", (search, wakes) => {
    expect(carriesParams(search, keys)).toBe(wakes);
  });

  it("matches nothing for an empty key list", () => {
    expect(carriesParams("?variants=3", "")).toBe(false);
    expect(carriesParams("?variants=3", "  ")).toBe(false);
  });
});
