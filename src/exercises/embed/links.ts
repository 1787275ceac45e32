/**
 * The addresses the "Check yourself" Share menu gives out: the section on its concept page and its
 * embed page (`/embed/<slug>/exercises/`), each with the seeds the learner has now, so the same
 * numbers open there. Only the section's own parameters are carried: its exercises' seeds
 * (`<id>-<n>.seed`, or the older `seed.<id>-<n>`) and a worksheet variant's code (`set`).
 */
import { readableQuery } from "../../frame/url-state.ts";
import { WORKSHEET_PARAMS } from "../worksheet/variants.ts";
import { legacySeedParam } from "../seed-param.ts";
import { REPORT_PARAM } from "./report.ts";

type Place = Pick<Location, "origin" | "pathname" | "search">;

/** The site base and concept slug of a concept page or an embed page; null elsewhere. */
function place(pathname: string): { base: string; slug: string } | null {
  const match = /^(.*\/)(?:concepts|embed)\/([a-z0-9-]+)\//.exec(pathname);
  return match ? { base: match[1]!, slug: match[2]! } : null;
}

/** The parameters of `search` that belong to exercise set `checkId`, in their order. */
export function exerciseParams(checkId: string, search: string): URLSearchParams {
  const own = ([name]: [string, string]) =>
    name === WORKSHEET_PARAMS.set ||
    (name.startsWith(`${checkId}-`) && name.endsWith(".seed")) ||
    name.startsWith(legacySeedParam(`${checkId}-`));
  return new URLSearchParams([...new URLSearchParams(search)].filter(own));
}

/** The section on its concept page with the current seeds: "https://…/concepts/softmax/?softmax-check-1.seed=7#softmax-check". */
export function exercisesPageLink(checkId: string, location: Place): string | null {
  const at = place(location.pathname);
  if (!at) return null;
  return `${location.origin}${at.base}concepts/${at.slug}/${readableQuery(exerciseParams(checkId, location.search))}#${checkId}`;
}

/**
 * The embed page of the section with the current seeds; with `report`, the link also asks for
 * completion messages (`report=1`, src/exercises/embed/report.ts).
 */
export function exercisesEmbedLink(checkId: string, location: Place, report = false): string | null {
  const at = place(location.pathname);
  if (!at) return null;
  const params = exerciseParams(checkId, location.search);
  if (report) params.set(REPORT_PARAM, "1");
  return `${location.origin}${at.base}embed/${at.slug}/exercises/${readableQuery(params)}`;
}
