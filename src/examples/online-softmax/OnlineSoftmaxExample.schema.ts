import { z } from "zod";
import { splitIntoTiles } from "../../math/index.ts";
import { exampleId, row, SIZES } from "../props.ts";

/**
 * Props of <OnlineSoftmaxExample>: one row of scores read in tiles of B, with the running maximum
 * m and sum l after each tile, and at the end the weights beside the plain softmax.
 */
export const onlineSoftmaxExampleSchema = z
  .object({
    /** Stable id used for links to this example. */
    id: exampleId,
    /** One query's scores over its keys, 1–MAX_SIZE numbers. */
    scores: row().describe(`a row of ${SIZES} scores, e.g. {[1, 3, 2, 5, 4]}`),
    /** The tile size B: how many scores are read at a time, a whole number from 1 to the row's length. */
    tileSize: z.number().describe("a whole number from 1 to the number of scores, e.g. {2}"),
    /** How many tiles are read when the example opens: 0 (none yet) … the number of tiles. */
    step: z
      .number()
      .int()
      .min(0)
      .default(0)
      .describe("a whole number from 0 to the number of tiles (default 0: nothing read yet)"),
  })
  .strict()
  .superRefine((props, ctx) => {
    let tiles: number;
    try {
      tiles = splitIntoTiles(props.scores, props.tileSize).length;
    } catch (error) {
      ctx.addIssue({ code: "custom", path: ["tileSize"], message: (error as Error).message });
      return;
    }
    if (props.step > tiles)
      ctx.addIssue({
        code: "custom",
        path: ["step"],
        message: `step ${props.step} is past the last tile: ${props.scores.length} scores in tiles of ${props.tileSize} make ${tiles} tiles`,
      });
  });

/** The props the view receives: `step` filled in. */
export type OnlineSoftmaxExampleProps = z.infer<typeof onlineSoftmaxExampleSchema>;
/** The props as written in MDX: `step` may be left out. */
export type OnlineSoftmaxExampleInput = z.input<typeof onlineSoftmaxExampleSchema>;
