/**
 * Where an example's state lives and where its links point. On a concept or embed page that is
 * the page's own address (the default below): the example reads its numbers from the query and
 * writes them back, and Copy link gives the page's address. A lesson (src/lesson/) shows many
 * examples from many pages on one page, each with its own state: it provides a host per item, so
 * that each example reads and writes its own parameters (the same link format, url-state.ts),
 * keeps its edits to itself, and links to its own concept page.
 */
import { createContext, useContext } from "react";
import { currentQuery, embedLink, exampleLink, replaceQuery } from "./links.ts";

export interface ExampleHost {
  /** The parameters the example reads its state from (only its own matter). */
  query(): URLSearchParams;
  /** Stores the example's new parameters (the rest of `params` is kept as it was read). */
  replaceQuery(params: URLSearchParams): void;
  /** The link Copy link gives: the example on its concept page with its current numbers. */
  exampleLink(id: string): string;
  /** The embed page's address with the current numbers, or null when there is none. */
  embedLink(id: string): string | null;
  /** Prefix of the key the example's edits are shared under (src/frame/shared-edits.ts). */
  readonly scope: string;
  /** True in a lesson: the example is one of the lesson's items, not on its own page. */
  readonly inLesson: boolean;
  /** Told what a link asked for that could not be used (the sentences the example shows). */
  reportProblems?(problems: readonly string[]): void;
}

/** The page's own address: what every concept and embed page uses. */
export const PAGE_HOST: ExampleHost = {
  query: currentQuery,
  replaceQuery,
  exampleLink: (id) => exampleLink(id),
  embedLink: (id) => embedLink(id),
  scope: "",
  inLesson: false,
};

export const ExampleHostContext = createContext<ExampleHost>(PAGE_HOST);

/** The host of the example being rendered (the page, unless a lesson provides one). */
export function useExampleHost(): ExampleHost {
  return useContext(ExampleHostContext);
}
