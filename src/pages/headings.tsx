import { isValidElement, type ComponentType, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { mdxComponents } from "../mdx/components.tsx";
import { createSlugger } from "./slugger.ts";

/** One entry of a page's table of contents. */
export interface TocEntry {
  readonly level: 2 | 3;
  readonly text: string;
  readonly id: string;
}

type MdxContent = ComponentType<{ components?: Record<string, ComponentType<never>> }>;

/** The plain text of a heading's children (strings, numbers and the text inside elements). */
export function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return "";
}

function LinkIcon() {
  return (
    <svg className="heading-link-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.8 2.8 0 0 1 4 4L11 8.5M9 11.5l-1.2 1.2a2.8 2.8 0 0 1-4-4L5 7.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
      />
    </svg>
  );
}

/**
 * The h2 and h3 the MDX body renders with: the ids of `toc`, taken in order (the body renders its
 * headings in the order collectHeadings met them), and a link to the heading. Without JavaScript
 * the link is a plain #anchor; src/chrome/copy-link.ts makes it also copy the URL.
 */
export function headingComponents(
  toc: readonly TocEntry[],
): Record<"h2" | "h3", ComponentType<{ children?: ReactNode }>> {
  let next = 0;
  // A heading the collecting pass could not see (inside a component's children) still gets a unique id.
  const fallback = createSlugger(toc.map((entry) => entry.id));
  const make = (Tag: "h2" | "h3") =>
    function Heading({ children }: { children?: ReactNode }) {
      const text = textOf(children);
      const index = toc.findIndex((entry, i) => i >= next && entry.text === text);
      if (index >= 0) next = index + 1;
      const id = index >= 0 ? toc[index]!.id : fallback.slug(text);
      return (
        <Tag id={id} className="anchored-heading">
          {children}
          <a className="heading-link" href={`#${id}`} aria-label={`Link to section: ${text}`} data-heading-link>
            <LinkIcon />
          </a>
        </Tag>
      );
    };
  return { h2: make("h2"), h3: make("h3") };
}

/**
 * The table of contents of an MDX body: renders it once with every component replaced by one that
 * only notes its `id` prop (example ids, which headings must not reuse) and the headings recorded;
 * then gives each heading a stable id that is unique on the page.
 */
export function collectHeadings(Content: MdxContent): TocEntry[] {
  const headings: { level: 2 | 3; text: string }[] = [];
  const exampleIds: string[] = [];
  const record = (level: 2 | 3) =>
    function RecordHeading({ children }: { children?: ReactNode }) {
      headings.push({ level, text: textOf(children) });
      return null;
    };
  const noteId = ({ id }: { id?: unknown }) => {
    if (typeof id === "string") exampleIds.push(id);
    return null;
  };
  const stubs = Object.fromEntries(Object.keys(mdxComponents).map((name) => [name, noteId]));
  renderToStaticMarkup(
    <Content components={{ ...stubs, h2: record(2), h3: record(3) } as Record<string, ComponentType<never>>} />,
  );
  // Ids the page itself uses around the body (see ConceptPage, Layout).
  const slugger = createSlugger([...exampleIds, "main", "toc-title", "theme-choice"]);
  return headings.map((heading) => ({ ...heading, id: slugger.slug(heading.text) }));
}
