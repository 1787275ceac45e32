import { describe, expect, it, vi } from "vitest";
import {
  EXERCISE_MESSAGE,
  exerciseMessage,
  FRESH_RECORD,
  postToHost,
  readReportSetting,
  recordEvent,
  type ExerciseEvent,
  type ExerciseRecord,
} from "./report.ts";

describe("exerciseMessage", () => {
  it("holds the type, version 1 and the five documented fields, nothing else", () => {
    const fields = {
      concept: "softmax",
      exercise: "softmax-check-2",
      seed: 42,
      event: "correct" as const,
      correctBeforeShown: true,
    };
    // Extra properties a caller might pass by mistake (the learner's answer) are not copied.
    const message = exerciseMessage({ ...fields, answer: "0.67" } as typeof fields);
    expect(message).toEqual({ type: "attention-by-hand:exercise", version: 1, ...fields });
    expect(Object.keys(message)).toEqual([
      "type",
      "version",
      "concept",
      "exercise",
      "seed",
      "event",
      "correctBeforeShown",
    ]);
    expect(message.type).toBe(EXERCISE_MESSAGE);
  });

  it("carries null for the page's own numbers, and survives structured cloning unchanged", () => {
    const message = exerciseMessage({
      concept: "dot-product",
      exercise: "dot-check-1",
      seed: null,
      event: "answer-shown",
      correctBeforeShown: false,
    });
    expect(structuredClone(message)).toEqual(message);
    expect(message.seed).toBeNull();
  });
});

describe("readReportSetting", () => {
  it.each([
    ["", null],
    ["?theme=dark", null],
    ["?report=", null],
    ["?report=0", null],
    ["?report=1", "*"],
    ["?qkv-check-1.seed=7&report=1", "*"],
    ["?report=https://lms.example", "https://lms.example"],
    ["?report=https%3A%2F%2Flms.example%2F", "https://lms.example"],
    ["?report=http://127.0.0.1:8080", "http://127.0.0.1:8080"],
    ["?report=HTTPS://LMS.Example:443/", "https://lms.example"],
  ])("%j posts to %j, with no note", (search, target) => {
    expect(readReportSetting(search)).toEqual({ target, note: "" });
  });

  it.each([
    ["?report=yes", "report=yes"],
    ["?report=2", "report=2"],
    ["?report=https://lms.example/course/7", "report=https://lms.example/course/7"],
    ["?report=https://lms.example?x=1", "report=https://lms.example?x=1"],
    ["?report=javascript:alert(1)", "report=javascript:alert(1)"],
    ["?report=ftp://lms.example", "report=ftp://lms.example"],
    ["?report=https://user@lms.example", "report=https://user@lms.example"],
    ["?report=lms.example", "report=lms.example"],
  ])("%j is off, with a note quoting “%s” and saying what is accepted", (search, quoted) => {
    const { target, note } = readReportSetting(search);
    expect(target).toBeNull();
    expect(note).toContain(`“${quoted}” was not used`);
    expect(note).toContain("Use report=1, or the host page's origin such as report=https://lms.example (no path).");
  });

  it("cuts a very long value in the note", () => {
    const { note } = readReportSetting(`?report=${"x".repeat(500)}`);
    expect(note).toContain(`“report=${"x".repeat(60)}…”`);
    expect(note.length).toBeLessThan(300);
  });
});

describe("recordEvent", () => {
  /** Plays `events` from a fresh record; the reports in order (null: nothing posted). */
  const play = (events: ExerciseEvent[]) => {
    let record: ExerciseRecord = FRESH_RECORD;
    return events.map((event) => {
      const next = recordEvent(record, event);
      record = next.record;
      return next.report;
    });
  };

  it("correct first, then the answer: both reported, both correct before shown", () => {
    expect(play(["correct", "answer-shown"])).toEqual([
      { event: "correct", correctBeforeShown: true },
      { event: "answer-shown", correctBeforeShown: true },
    ]);
  });

  it("answer first, then correct: both reported, neither correct before shown", () => {
    expect(play(["answer-shown", "correct"])).toEqual([
      { event: "answer-shown", correctBeforeShown: false },
      { event: "correct", correctBeforeShown: false },
    ]);
  });

  it("reports each event once for the same numbers", () => {
    expect(play(["correct", "correct", "answer-shown", "answer-shown", "correct"])).toEqual([
      { event: "correct", correctBeforeShown: true },
      null,
      { event: "answer-shown", correctBeforeShown: true },
      null,
      null,
    ]);
  });
});

describe("postToHost", () => {
  const message = exerciseMessage({
    concept: "softmax",
    exercise: "softmax-check-1",
    seed: 3,
    event: "correct",
    correctBeforeShown: true,
  });

  it("posts to the parent frame at the given target", () => {
    const postMessage = vi.fn();
    const win = { parent: { postMessage } } as unknown as Window;
    postToHost(win, "https://lms.example", message);
    expect(postMessage).toHaveBeenCalledWith(message, "https://lms.example");
  });

  it("posts nothing from a page that is not in a frame", () => {
    const postMessage = vi.fn();
    const win = { postMessage } as unknown as Window & { parent: Window };
    win.parent = win;
    postToHost(win, "*", message);
    expect(postMessage).not.toHaveBeenCalled();
  });
});
