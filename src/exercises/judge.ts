/**
 * Checking a response and writing the feedback: right, wrong (with the learner's numbers and the
 * likely slip, found by computing each slip's value and comparing), or not an answer at all.
 */
import { formatNumber } from "../math/index.ts";
import { matchesAnswer, parseNumberAnswer } from "./answer.ts";
import type { SolvedExercise } from "./kinds.ts";

/** The verdict on one response, with the text to show and announce. */
export interface Feedback {
  /** "invalid": not an answer (nothing typed, not a number); it does not count as wrong. */
  readonly status: "correct" | "wrong" | "invalid";
  readonly message: string;
  /** Working to show under the message (for a wrong answer: the set-up, not the result). */
  readonly working: readonly string[];
  /** The slip recognised in a wrong answer, if any. */
  readonly slip?: string;
}

/** A response: typed text (number kinds), an option index (choice), or selected indices (select). */
export type ExerciseResponse = string | number | readonly number[];

const sameSet = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && [...a].sort((x, y) => x - y).every((v, k) => v === [...b].sort((x, y) => x - y)[k]);

/** Checks a response against a solved exercise. */
export function judgeResponse(solved: SolvedExercise, response: ExerciseResponse): Feedback {
  switch (solved.answer) {
    case "number": {
      if (typeof response !== "string") return { status: "invalid", message: "Type a number.", working: [] };
      const parsed = parseNumberAnswer(response);
      if (!parsed.ok) return { status: "invalid", message: parsed.message, working: [] };
      const shown = formatNumber(parsed.value, 6);
      if (matchesAnswer(parsed.value, solved.value, solved.decimals)) {
        return { status: "correct", message: `${shown} is right.`, working: solved.working };
      }
      // Every slip that gives this number; when two slips give the same number, both are named.
      const whys = [
        ...new Set(
          solved.slips
            .filter(
              (s) =>
                !matchesAnswer(s.value, solved.value, solved.decimals) &&
                matchesAnswer(parsed.value, s.value, solved.decimals),
            )
            .map((s) => s.why),
        ),
      ];
      const start = `You wrote ${shown}.`;
      if (whys.length > 0) {
        const slip = whys.join(" Another slip gives the same number: ");
        return { status: "wrong", message: `${start} ${slip}`, working: [solved.setup], slip };
      }
      return {
        status: "wrong",
        message: `${start} Work it through again from the set-up below.`,
        working: [solved.setup],
      };
    }
    case "choice": {
      const option = typeof response === "number" ? solved.options[response] : undefined;
      if (!option) return { status: "invalid", message: "Choose one of the options first.", working: [] };
      if (option.correct) return { status: "correct", message: option.why, working: [] };
      return { status: "wrong", message: option.why, working: [], slip: option.why };
    }
    case "select": {
      if (!Array.isArray(response)) return { status: "invalid", message: "Select the keys, then check.", working: [] };
      const picked = response as readonly number[];
      if (sameSet(picked, solved.correct))
        return { status: "correct", message: "That is the right set of keys.", working: solved.working };
      const slip = solved.slips.find((s) => !sameSet(s.value, solved.correct) && sameSet(s.value, picked));
      if (slip) return { status: "wrong", message: slip.why, working: [solved.setup], slip: slip.why };
      return { status: "wrong", message: "That is not the set of removed keys.", working: [solved.setup] };
    }
  }
}
