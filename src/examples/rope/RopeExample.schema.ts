import { z } from "zod";
import { BASE_LIMITS, POSITION_LIMITS } from "../../math/index.ts";
import { exampleId, row } from "../props.ts";
import { ropeProblem } from "./rope-rules.ts";

const position = (what: string, example: number) =>
  z
    .number()
    .int()
    .min(POSITION_LIMITS.min)
    .max(POSITION_LIMITS.max)
    .describe(`${what}, a whole number from ${POSITION_LIMITS.min} to ${POSITION_LIMITS.max}, e.g. {${example}}`);

/** Props of <RopeExample>: a query and a key turned at their positions, scored, and scored again after both move. */
export const ropeExampleSchema = z
  .object({
    /** Stable id used for links to this example. */
    id: exampleId,
    /** The query before turning: an even number of entries, 2–6. */
    q: row(2).describe("a vector of 2, 4 or 6 numbers, e.g. {[1, 2, 0, 1]}"),
    /** The key before turning: as many entries as q. */
    k: row(2).describe("a vector with as many numbers as q, e.g. {[2, 0, 1, 1]}"),
    /** The query's position m. */
    m: position("the query's position m", 3),
    /** The key's position n. */
    n: position("the key's position n", 1),
    /** How far both move for the second score. */
    shift: position("how far both positions move", 4),
    /** The base of the angles, θᵢ = base^(−2i/d); 10000 in the paper. */
    base: z
      .number()
      .positive()
      .max(BASE_LIMITS.max)
      .describe(`a number greater than 0 and up to ${BASE_LIMITS.max}, e.g. {10000}`),
  })
  .strict()
  .superRefine((props, ctx) => {
    if (props.k.length !== props.q.length) {
      ctx.addIssue({
        code: "custom",
        path: ["k"],
        message: `k has ${props.k.length} entries; q has ${props.q.length}.`,
      });
      return;
    }
    const problem = ropeProblem(props);
    if (problem) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
  });

export type RopeExampleProps = z.infer<typeof ropeExampleSchema>;
