/**
 * Props of the two MDX components of value references. The build checks each use
 * (build/remark-check-components.ts) and then resolves it (build/remark-values.ts): the example
 * must be on the page and offer the value.
 */
import { z } from "zod";
import { exampleId } from "../examples/props.ts";
import { VALUE_NAME } from "./types.ts";

/** Props of <Value>: `of` an example on the page, `name` one of the values it offers. */
export const valueSchema = z
  .object({
    /** The id of a worked example on the same page. */
    of: exampleId.describe("the id of a worked example on this page, e.g. qkv-projection"),
    /** A value that example offers (each example folder's *.values.ts lists them). */
    name: z
      .string()
      .regex(VALUE_NAME, "a value name such as y1 or S21")
      .describe('a value the example offers, e.g. "y1" (see the example folder\'s *.values.ts)'),
    /** The authored value as text; inserted by the build, not written by hand. */
    text: z.string().optional().describe("nothing: the build fills it in"),
  })
  .strict();

/** Props of <AboutAuthored>: `of` an example on the page; the children are the text. */
export const aboutAuthoredSchema = z
  .object({
    /** The id of the worked example whose authored numbers the text describes. */
    of: exampleId.describe("the id of a worked example on this page, e.g. cat-sat-map"),
    /** Inserted by the build for a use inside a paragraph. */
    inline: z.boolean().optional().describe("nothing: the build fills it in"),
  })
  .strict();
