import fc from "fast-check";
import { PRESENT_KEY, SLIDE_KEY } from "../present/address.ts";
import { describe, expect, it } from "vitest";
import {
  lessonPageQuery,
  addItem,
  decodeLesson,
  EMPTY_LESSON,
  encodeLesson,
  fitNote,
  fitTitle,
  hasLessonParams,
  lessonLink,
  MAX_ITEMS,
  MAX_NOTE,
  MAX_TITLE,
  moveItem,
  readableLessonQuery,
  removeItem,
  type Lesson,
  type LessonCatalog,
  type LessonItem,
} from "./lesson.ts";

const CATALOG: LessonCatalog = new Map([
  ["qkv-projections", new Set(["qkv-projection", "qkv-triple"])],
  ["softmax", new Set(["softmax", "large-scores"])],
  ["self-attention-map", new Set(["cat-sat-map", "cat-sat-scores"])],
]);

const item = (slug: string, example: string, params: [string, string][] = [], note = ""): LessonItem => ({
  slug,
  example,
  params,
  note,
});

/** The query of a lesson, as its link writes it. */
const query = (lesson: Lesson) => readableLessonQuery(encodeLesson(lesson));

describe("the lesson link", () => {
  it("is readable: numbers, slugs and spaces stay as a person would write them", () => {
    const lesson: Lesson = {
      title: "Attention in two steps",
      items: [
        item(
          "qkv-projections",
          "qkv-projection",
          [
            ["qkv-projection.x", "2,-3"],
            ["qkv-projection.W", "1,7;0,-1"],
            ["qkv-projection.inspect", "0,1"],
          ],
          "Look at y₁ first",
        ),
        item("self-attention-map", "cat-sat-scores", [["cat-sat-map.sentence", "the dog ran"]]),
      ],
    };
    expect(query(lesson)).toBe(
      "v=1&t=Attention+in+two+steps" +
        "&1=qkv-projections/qkv-projection&1.x=2,-3&1.W=1,7;0,-1&1.inspect=0,1&n1=Look+at+y%E2%82%81+first" +
        "&2=self-attention-map/cat-sat-scores&2.cat-sat-map.sentence=the+dog+ran",
    );
    expect(decodeLesson(query(lesson), CATALOG)).toEqual({ lesson, problems: [], numbers: [1, 2] });
  });

  it("is the page's address with the lesson in its query", () => {
    const lesson: Lesson = { title: "", items: [item("softmax", "softmax")] };
    expect(lessonLink(lesson, "https://site.test/attention/")).toBe(
      "https://site.test/attention/lesson/?v=1&1=softmax/softmax",
    );
    expect(lessonLink(EMPTY_LESSON, "https://site.test")).toBe("https://site.test/lesson/?v=1");
  });

  it("keeps a note's +, &, = and line breaks", () => {
    const lesson: Lesson = {
      title: "a+b & c=d",
      items: [item("softmax", "softmax", [], "1 + 1 = 2 & more\nnext line")],
    };
    expect(decodeLesson(query(lesson), CATALOG).lesson).toEqual(lesson);
  });

  it("reads items in the order of their numbers, with gaps", () => {
    const { lesson, problems } = decodeLesson("v=1&10=softmax/softmax&2=qkv-projections/qkv-triple&n10=later", CATALOG);
    expect(lesson.items.map((i) => [i.example, i.note])).toEqual([
      ["qkv-triple", ""],
      ["softmax", "later"],
    ]);
    expect(problems).toEqual([]);
    expect(decodeLesson("v=1&10=softmax/softmax&2=qkv-projections/qkv-triple", CATALOG).numbers).toEqual([2, 10]);
  });

  // Any lesson the page can hold comes back from its link unchanged: items, order, numbers, notes, title.
  it("round-trips any lesson (property)", () => {
    const slugs = [...CATALOG.keys()];
    const text = fc.string({
      unit: fc.constantFrom("a", "Z", " ", "+", "&", "=", "%", "#", "é", "₁", "😀", "\n", "/", ","),
    });
    const value = fc.string({
      unit: fc.constantFrom("0", "1", "-", ",", ";", ".", "+", " ", "a", "&", "="),
      minLength: 1,
    });
    const key = fc.constantFrom("x", "W", "inspect", "sentence", "rowLabels");
    const itemArb = fc
      .tuple(fc.constantFrom(...slugs), fc.nat(), fc.array(fc.tuple(fc.boolean(), key, value), { maxLength: 4 }), text)
      .map(([slug, pick, params, note]) => {
        const examples = [...CATALOG.get(slug)!];
        const example = examples[pick % examples.length]!;
        return item(
          slug,
          example,
          params.map(([own, name, v]) => [own ? `${example}.${name}` : `other-example.${name}`, v]),
          fitNote(note),
        );
      });
    fc.assert(
      fc.property(text, fc.array(itemArb, { maxLength: 8 }), (title, items) => {
        const unique = items.filter(
          (it, i) => items.findIndex((other) => other.slug === it.slug && other.example === it.example) === i,
        );
        const lesson: Lesson = { title: fitTitle(title), items: unique };
        const link = lessonLink(lesson, "https://site.test/");
        const decoded = decodeLesson(new URL(link).search, CATALOG);
        expect(decoded.problems).toEqual([]);
        expect(decoded.lesson).toEqual(lesson);
      }),
    );
  });
});

describe("a link that cannot be used as it is", () => {
  const CASES: readonly { what: string; search: string; items: string[]; problems: string[] }[] = [
    {
      what: "an unknown concept",
      search: "v=1&1=softmax/softmax&2=nope/softmax",
      items: ["softmax/softmax"],
      problems: ["Item 2: there is no concept page “nope”: dropped."],
    },
    {
      what: "an unknown example",
      search: "v=1&1=softmax/softmax&4=softmax/foo",
      items: ["softmax/softmax"],
      problems: ["Item 4: no example “foo” on “softmax”: dropped."],
    },
    {
      what: "an item that names no example",
      search: "1=softmax&2=Softmax/Softmax&3=a/b/c&4=softmax/softmax",
      items: ["softmax/softmax"],
      problems: [
        "Item 1: “softmax” does not name an example (expected <concept>/<example id>, such as softmax/softmax-demo): dropped.",
        "Item 2: “Softmax/Softmax” does not name an example (expected <concept>/<example id>, such as softmax/softmax-demo): dropped.",
        "Item 3: “a/b/c” does not name an example (expected <concept>/<example id>, such as softmax/softmax-demo): dropped.",
      ],
    },
    {
      what: "the same example twice",
      search: "1=softmax/softmax&2=qkv-projections/qkv-triple&3=softmax/softmax&3.inspect=0,0",
      items: ["softmax/softmax", "qkv-projections/qkv-triple"],
      problems: ["Item 3: softmax/softmax is already item 1, and a lesson shows each example once: dropped."],
    },
    {
      what: "one number given twice",
      search: "1=softmax/softmax&1=softmax/large-scores",
      items: ["softmax/softmax"],
      problems: ["Item 1 is given twice: the second, “softmax/large-scores”, was dropped."],
    },
    {
      what: "parameters and a note of an item the link does not have",
      search: "1=softmax/softmax&7.x=1,2&n7=hello",
      items: ["softmax/softmax"],
      problems: ["“7.x”, “n7”: there is no item 7 in the link, so ignored."],
    },
    {
      what: "a parameter a lesson does not use",
      search: "v=1&x=3&1=softmax/softmax&01=softmax/large-scores",
      items: ["softmax/softmax"],
      problems: [
        "The link has “x”, which a lesson does not use: ignored.",
        "The link has “01”, which a lesson does not use: ignored.",
      ],
    },
    {
      what: "presenter mode's place, which is the page's, not the lesson's",
      search: `v=1&1=softmax/softmax&${PRESENT_KEY}=lesson-items&${SLIDE_KEY}=1`,
      items: ["softmax/softmax"],
      problems: [],
    },
    {
      what: "another version",
      search: "v=2&1=softmax/softmax",
      items: ["softmax/softmax"],
      problems: [
        "The link says it is a lesson of version “2”; this site reads version 1, so it was read as version 1 as far as possible.",
      ],
    },
    {
      what: "the parameters of a dropped item, which go with it",
      search: "1=nope/x&1.x=1&n1=note",
      items: [],
      problems: ["Item 1: there is no concept page “nope”: dropped."],
    },
    {
      what: "an empty query",
      search: "",
      items: [],
      problems: [],
    },
  ];

  it.each(CASES)("$what: keeps what it can and says what was dropped", ({ search, items, problems }) => {
    const decoded = decodeLesson(search, CATALOG);
    expect(decoded.numbers).toHaveLength(decoded.lesson.items.length);
    expect(decoded.lesson.items.map((i) => `${i.slug}/${i.example}`)).toEqual(items);
    expect(decoded.problems).toEqual(problems);
  });

  it("keeps the first 30 items of a longer lesson and names the rest", () => {
    const names = [...CATALOG].flatMap(([slug, ids]) => [...ids].map((id) => `${slug}/${id}`));
    // Only six examples exist in the test catalog: check the limit without it (form only).
    const search = Array.from({ length: 33 }, (_, i) => `${i + 1}=concept-${i}/example`).join("&");
    const decoded = decodeLesson(search);
    expect(decoded.lesson.items).toHaveLength(MAX_ITEMS);
    expect(decoded.lesson.items.at(-1)!.slug).toBe("concept-29");
    expect(decoded.problems).toEqual(["Items 31, 32 and 33: a lesson holds at most 30 examples: dropped."]);
    expect(names).toHaveLength(6);
  });

  it("shortens a title and a note that are too long, and says by how much", () => {
    const title = "T".repeat(MAX_TITLE + 5);
    const note = "😀".repeat(MAX_NOTE + 20);
    const decoded = decodeLesson(
      new URLSearchParams([
        ["t", title],
        ["1", "softmax/softmax"],
        ["n1", note],
      ]),
      CATALOG,
    );
    expect(decoded.lesson.title).toBe("T".repeat(MAX_TITLE));
    // Counted in characters a reader sees: an emoji is one, and none is cut in half.
    expect(decoded.lesson.items[0]!.note).toBe("😀".repeat(MAX_NOTE));
    expect(decoded.problems).toEqual([
      `The title had ${MAX_TITLE + 5} characters, more than ${MAX_TITLE}: it was shortened to the first ${MAX_TITLE}.`,
      `Item 1: the note had ${MAX_NOTE + 20} characters, more than ${MAX_NOTE}: it was shortened to the first ${MAX_NOTE}.`,
    ]);
  });

  it("takes a title and a note at their limits as they are", () => {
    const decoded = decodeLesson(
      new URLSearchParams([
        ["t", "T".repeat(MAX_TITLE)],
        ["1", "softmax/softmax"],
        ["n1", "n".repeat(MAX_NOTE)],
      ]),
      CATALOG,
    );
    expect(decoded.problems).toEqual([]);
  });

  it("keeps a title on one line and drops control characters from notes", () => {
    const decoded = decodeLesson(
      new URLSearchParams([
        ["t", "  two\nlines\t here "],
        ["1", "softmax/softmax"],
        ["n1", "a\u0000b\r\nc\u0007"],
      ]),
      CATALOG,
    );
    expect(decoded.lesson.title).toBe("two lines here");
    expect(decoded.lesson.items[0]!.note).toBe("ab\nc");
  });

  it("quotes a long name shortened, never whole", () => {
    const long = "x".repeat(500);
    const [problem] = decodeLesson(`1=softmax/${long}`, CATALOG).problems;
    expect(problem).toBe(`Item 1: no example “${"x".repeat(37)}…” on “softmax”: dropped.`);
  });
});

describe("hasLessonParams", () => {
  it.each([
    ["?v=1", true],
    ["?t=Title", true],
    ["?3=softmax/softmax", true],
    ["?n2=note", true],
    ["?2.x=1", true],
    ["", false],
    ["?utm_source=mail", false],
    ["?softmax.x=1", false],
  ])("%s holds a lesson: %s", (search, expected) => {
    expect(hasLessonParams(search)).toBe(expected);
  });
});

describe("editing a lesson", () => {
  const lesson: Lesson = {
    title: "t",
    items: [item("softmax", "softmax"), item("softmax", "large-scores"), item("qkv-projections", "qkv-triple")],
  };
  const order = (l: Lesson) => l.items.map((i) => i.example);

  it("moves an item up or down, and not past either end", () => {
    expect(order(moveItem(lesson, 1, -1))).toEqual(["large-scores", "softmax", "qkv-triple"]);
    expect(order(moveItem(lesson, 1, 1))).toEqual(["softmax", "qkv-triple", "large-scores"]);
    expect(moveItem(lesson, 0, -1)).toBe(lesson);
    expect(moveItem(lesson, 2, 1)).toBe(lesson);
  });

  it("removes an item", () => {
    expect(order(removeItem(lesson, 0))).toEqual(["large-scores", "qkv-triple"]);
  });

  it("adds an example at the end, or gives the one it has the new numbers in its place", () => {
    const added = addItem(lesson, {
      slug: "qkv-projections",
      example: "qkv-projection",
      params: [["qkv-projection.x", "1,2"]],
    });
    expect(added.kind).toBe("added");
    expect(order(added.lesson)).toEqual(["softmax", "large-scores", "qkv-triple", "qkv-projection"]);
    const noted: Lesson = { ...lesson, items: lesson.items.map((i, k) => (k === 1 ? { ...i, note: "keep me" } : i)) };
    const updated = addItem(noted, {
      slug: "softmax",
      example: "large-scores",
      params: [["large-scores.inspect", "0,1"]],
    });
    expect(updated).toMatchObject({ kind: "updated", position: 2 });
    expect(updated.lesson.items[1]).toEqual(
      item("softmax", "large-scores", [["large-scores.inspect", "0,1"]], "keep me"),
    );
  });

  it("takes no more than 30 examples", () => {
    const full: Lesson = { title: "", items: Array.from({ length: MAX_ITEMS }, (_, i) => item(`c${i}`, "e")) };
    const result = addItem(full, { slug: "softmax", example: "softmax", params: [] });
    expect(result.kind).toBe("full");
    expect(result.lesson).toBe(full);
  });

  it("keeps only the example's state: parameters without an example id are not", () => {
    const added = addItem(EMPTY_LESSON, {
      slug: "softmax",
      example: "softmax",
      params: [
        ["step", "3"],
        ["softmax.inspect", "0,0"],
      ],
    });
    expect(added.lesson.items[0]!.params).toEqual([["softmax.inspect", "0,0"]]);
  });
});

describe("lessonPageQuery", () => {
  it("is the lesson's query, keeping presenter mode's place and nothing else of the address", () => {
    const lesson = decodeLesson("v=1&t=T&1=softmax/softmax").lesson;
    const query = new URLSearchParams(
      lessonPageQuery(lesson, `?1=qkv-projections/qkv-projection&x=1&${PRESENT_KEY}=lesson-items&${SLIDE_KEY}=2`),
    );
    expect([...query]).toEqual([...encodeLesson(lesson), [PRESENT_KEY, "lesson-items"], [SLIDE_KEY, "2"]]);
    expect(lessonPageQuery(lesson, "")).toBe(lessonPageQuery(lesson, "?x=1"));
  });
});
