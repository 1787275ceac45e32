/**
 * Resolves value references (src/values/) at build time, after remarkCheckComponents has checked
 * every component's props. For each `<Value of="<id>" name="<value>" />` it finds the example
 * with that id on the same page, calls its offer (the folder's *.values.ts, see
 * src/examples/manifest.ts) with the authored props, and writes the value's text into the element
 * as `text`, so the prerendered sentence holds the authored number as plain text. An id that is
 * not an example on the page, an example that offers no values, or a name it does not offer fails
 * the build at the line of the `<Value>`, with what was received and what was expected.
 *
 * It also checks that `<AboutAuthored of>` names an example on the page (and marks a use inside a
 * paragraph `inline`), and that an example's `follows` names another example of the same data set.
 */
import type { Root } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import type { z } from "zod";
import { ContentError } from "./content-error.ts";
import { attributeValue } from "./remark-check-components.ts";
import type { ComponentRegistry } from "./component-registry.ts";

/** An example on the page: its component name and its authored props. */
interface PageExample {
  readonly name: string;
  readonly props: Record<string, unknown>;
}

export interface RemarkValuesOptions {
  /** The registry of site components (src/mdx/registry.ts); see build/component-registry.ts. */
  readonly registry: () => Promise<ComponentRegistry>;
}

type JsxNode = MdxJsxFlowElement | MdxJsxTextElement;

/** The props of a JSX element as written (the check before this one made sure they are literals). */
function propsOf(node: JsxNode): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === "mdxJsxAttribute" && attribute.name) props[attribute.name] = attributeValue(attribute.value);
  }
  return props;
}

function isJsx(node: { type: string }): node is JsxNode {
  return node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
}

const REFERENCES = new Set(["Value", "AboutAuthored"]);

/** "“a”, “b” and “c”", or "none" for an empty list. */
function listed(items: readonly string[]): string {
  if (items.length === 0) return "none";
  const quoted = items.map((item) => `"${item}"`);
  return quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)!}`;
}

/** The plugin; use after remarkCheckComponents, with the same registry. */
export function remarkValues({ registry }: RemarkValuesOptions) {
  return async (tree: Root, file: VFile) => {
    const { componentSchemas, componentValues } = await registry();
    const examples = new Map<string, PageExample>();
    visit(tree, (node) => {
      if (!isJsx(node) || !node.name || REFERENCES.has(node.name)) return;
      const props = propsOf(node);
      if (typeof props.id === "string") examples.set(props.id, { name: node.name, props });
    });
    const ids = [...examples.keys()];
    /** The parsed props of the example an element refers to, or a build error at that element. */
    const exampleAt = (node: JsxNode, of: string, what: string): PageExample => {
      const example = examples.get(of);
      if (!example) {
        throw ContentError.at(
          file,
          node,
          `${what} names the example "${of}", which is not on this page. Received of="${of}". Expected the id of an example on this page: ${listed(ids)}.`,
        );
      }
      return example;
    };

    visit(tree, (node) => {
      if (!isJsx(node) || !node.name) return;
      const props = propsOf(node);
      if (node.name === "Value") {
        const of = String(props.of);
        const name = String(props.name);
        const example = exampleAt(node, of, `<Value of="${of}" name="${name}">`);
        const offer = componentValues[example.name];
        const withValues = ids.filter((id) => componentValues[examples.get(id)!.name]);
        if (!offer) {
          throw ContentError.at(
            file,
            node,
            `<Value of="${of}" name="${name}">: <${example.name}> offers no values to quote. Expected the id of an example that does: ${listed(withValues)}.`,
          );
        }
        const schema = componentSchemas[example.name] as z.ZodType | null;
        const values = offer((schema ? schema.parse(example.props) : example.props) as never);
        if (!Object.hasOwn(values, name)) {
          throw ContentError.at(
            file,
            node,
            `<Value of="${of}" name="${name}">: the example "${of}" (<${example.name}>) has no value "${name}". Received name="${name}". Expected one of: ${listed(Object.keys(values))}.`,
          );
        }
        const text: MdxJsxAttribute = { type: "mdxJsxAttribute", name: "text", value: values[name]! };
        node.attributes = [...node.attributes.filter((a) => a.type !== "mdxJsxAttribute" || a.name !== "text"), text];
      } else if (node.name === "AboutAuthored") {
        const of = String(props.of);
        exampleAt(node, of, `<AboutAuthored of="${of}">`);
        if (
          node.type === "mdxJsxTextElement" &&
          !node.attributes.some((a) => a.type === "mdxJsxAttribute" && a.name === "inline")
        ) {
          node.attributes = [...node.attributes, { type: "mdxJsxAttribute", name: "inline", value: null }];
        }
      } else if (typeof props.follows === "string") {
        const leader = exampleAt(node, props.follows, `<${node.name} follows="${props.follows}">`);
        if (leader.props.example !== props.example) {
          throw ContentError.at(
            file,
            node,
            `<${node.name} follows="${props.follows}">: it runs the data set "${String(props.example)}" but "${props.follows}" runs "${String(leader.props.example)}". Expected an example of the same data set to follow.`,
          );
        }
      }
    });
  };
}
