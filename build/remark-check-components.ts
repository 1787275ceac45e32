import type { Root } from "mdast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import { ContentError } from "./content-error.ts";
import { describePropsProblem } from "../src/mdx/props-problem.ts";
import type { ComponentRegistry } from "./component-registry.ts";

/** The parts of an MDX JSX node this check reads (mdast-util-mdx-jsx's shape). */
export interface JsxNode {
  type: "mdxJsxFlowElement" | "mdxJsxTextElement";
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
}

interface EstreeNode {
  type: string;
  [key: string]: unknown;
}

/** Thrown for a prop that is not a literal (a variable, a function call, a spread). */
export class NotLiteral extends Error {}

/** Evaluates a literal JS expression (numbers, strings, arrays, objects, unary minus) or throws NotLiteral. */
function evaluateLiteral(node: EstreeNode): unknown {
  switch (node.type) {
    case "Literal":
      return node.value;
    case "ArrayExpression":
      return (node.elements as (EstreeNode | null)[]).map((element) => {
        if (!element || element.type === "SpreadElement") throw new NotLiteral();
        return evaluateLiteral(element);
      });
    case "ObjectExpression":
      return Object.fromEntries(
        (node.properties as EstreeNode[]).map((property) => {
          const key = property.key as EstreeNode;
          if (property.type !== "Property" || property.computed) throw new NotLiteral();
          return [key.type === "Identifier" ? key.name : key.value, evaluateLiteral(property.value as EstreeNode)];
        }),
      );
    case "UnaryExpression": {
      const value = evaluateLiteral(node.argument as EstreeNode);
      if (typeof value !== "number") throw new NotLiteral();
      if (node.operator === "-") return -value;
      if (node.operator === "+") return value;
      throw new NotLiteral();
    }
    default:
      throw new NotLiteral();
  }
}

/** The value of one JSX attribute as written: a string, `true` for a bare name, or a literal expression; else NotLiteral. */
export function attributeValue(value: unknown): unknown {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value;
  const program = (value as { data?: { estree?: { body: EstreeNode[] } } }).data?.estree;
  const statement = program?.body[0];
  if (!statement || statement.type !== "ExpressionStatement") throw new NotLiteral();
  return evaluateLiteral(statement.expression as EstreeNode);
}

export interface CheckComponentsOptions {
  /** The registry of site components (src/mdx/registry.ts); see build/component-registry.ts. */
  readonly registry: () => Promise<ComponentRegistry>;
}

/**
 * Fails the build at the line of any component that is not in the registry, or whose props do
 * not match its schema (ragged matrix, shapes that do not multiply, a missing id …).
 */
export function remarkCheckComponents({ registry }: CheckComponentsOptions) {
  return async (tree: Root, file: VFile) => {
    const { componentSchemas, buildInserted } = await registry();
    // Components an author writes by hand; MathFormula and MermaidDiagram are inserted by the build.
    const authorable = Object.keys(componentSchemas)
      .filter((name) => !(buildInserted as readonly string[]).includes(name))
      .sort();
    visit(tree, (node) => {
      if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
      const jsx = node as unknown as JsxNode;
      const name = jsx.name;
      if (!name || !/^[A-Z]/.test(name)) return;
      const fail = (message: string): never => {
        throw ContentError.at(file, node, message);
      };
      if (!Object.hasOwn(componentSchemas, name)) {
        fail(
          `Received <${name}>, which is not a site component. Expected one of: ${authorable.join(", ")} (each named by an example.ts in src/examples/).`,
        );
      }
      const schema = componentSchemas[name];
      if (!schema) return;
      const props: Record<string, unknown> = {};
      for (const attribute of jsx.attributes) {
        if (attribute.type !== "mdxJsxAttribute" || !attribute.name) {
          fail(`<${name}> uses a spread attribute. Expected every prop written out, e.g. x={[2, 3]}.`);
        }
        try {
          props[attribute.name!] = attributeValue(attribute.value);
        } catch (error) {
          if (!(error instanceof NotLiteral)) throw error;
          fail(
            `<${name}> prop "${attribute.name}" is not a literal value. Expected plain numbers, strings and [lists], e.g. W={[[1, 10], [0, -1]]}.`,
          );
        }
      }
      const problem = describePropsProblem(name, schema, props);
      if (problem) fail(problem);
    });
  };
}
