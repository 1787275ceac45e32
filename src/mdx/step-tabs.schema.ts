/**
 * Props of the two MDX components of a step-by-step section (src/mdx/StepTabs.tsx). The build
 * checks each use (build/remark-check-components.ts).
 */
import { z } from "zod";

/** Props of <StepTabs>: the name of the list of steps (the tab list's accessible name). */
export const stepTabsSchema = z
  .object({
    /** Names the steps as a whole, e.g. "Steps from embeddings to output". */
    label: z.string().min(1).describe('a name for the steps as a whole, e.g. "Steps from embeddings to output"'),
  })
  .strict();

/** Props of <StepTab>: one step, its id (a link target) and its title. */
export const stepTabSchema = z
  .object({
    /** The step's id, which a link (`#id`) opens; not the id of an example inside it. */
    id: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/, "lower-case letters, digits and hyphens, starting with a letter")
      .describe('an id for the step, e.g. "map-step-scores"'),
    /** The step's title, also its tab's label, e.g. "2. Scores". */
    title: z.string().min(1).describe('the step\'s title, e.g. "2. Scores"'),
  })
  .strict();
