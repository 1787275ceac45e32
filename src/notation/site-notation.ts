/**
 * The site's notation: every topic file of src/data/notation/ (picked up by glob, so a new page's
 * file needs no edit here), checked and sorted by collect.ts. Importing this module during the
 * build fails it on a symbol with two meanings.
 */
import catalog from "virtual:concept-catalog";
import { collectNotation, type NotationModules } from "./collect.ts";

const modules: NotationModules = import.meta.glob(
  ["/src/data/notation/*.ts", "!/src/data/notation/types.ts", "!/src/data/notation/*.test.ts"],
  { eager: true },
);

/** Every symbol of the site, sorted. */
export const siteNotation = collectNotation(modules, new Set(catalog.concepts.map((concept) => concept.slug)));
