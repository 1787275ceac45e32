import { describe, expect, it } from "vitest";
import { exerciseParams, exercisesEmbedLink, exercisesPageLink } from "./links.ts";

const at = (pathname: string, search = "") => ({ origin: "http://127.0.0.1:4173", pathname, search });

describe("exerciseParams", () => {
  it("keeps only the set's seeds (both forms) and a worksheet code, in their order", () => {
    const search =
      "?qkv-projection.x=2,3&qkv-check-2.seed=7&other-check-1.seed=3&seed.qkv-check-1=5&set=1001&theme=dark";
    expect(exerciseParams("qkv-check", search).toString()).toBe("qkv-check-2.seed=7&seed.qkv-check-1=5&set=1001");
  });

  it("does not take a longer id that merely starts the same", () => {
    expect(exerciseParams("qkv", "?qkv-check-1.seed=7").toString()).toBe("qkv-check-1.seed=7");
    expect(exerciseParams("qkv-check", "?qkv-checks-1.seed=7").toString()).toBe("");
  });
});

describe("exercisesEmbedLink", () => {
  it("points at /embed/<slug>/exercises/ with the seeds, from the concept page", () => {
    expect(exercisesEmbedLink("softmax-check", at("/concepts/softmax/", "?softmax-check-1.seed=42&x.y=1"))).toBe(
      "http://127.0.0.1:4173/embed/softmax/exercises/?softmax-check-1.seed=42",
    );
  });

  it("keeps a sub-path base, and adds report=1 when asked", () => {
    expect(exercisesEmbedLink("softmax-check", at("/attention/concepts/softmax/"), true)).toBe(
      "http://127.0.0.1:4173/attention/embed/softmax/exercises/?report=1",
    );
  });

  it("has none off a concept page", () => {
    expect(exercisesEmbedLink("softmax-check", at("/map/"))).toBeNull();
  });
});

describe("exercisesPageLink", () => {
  it("points at the section on its concept page, from the page or from its embed", () => {
    expect(
      exercisesPageLink("softmax-check", at("/embed/softmax/exercises/", "?report=1&softmax-check-3.seed=9")),
    ).toBe("http://127.0.0.1:4173/concepts/softmax/?softmax-check-3.seed=9#softmax-check");
    expect(exercisesPageLink("softmax-check", at("/concepts/softmax/"))).toBe(
      "http://127.0.0.1:4173/concepts/softmax/#softmax-check",
    );
  });
});
