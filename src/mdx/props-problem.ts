import type { z } from "zod";
import { showValue } from "./show-value.ts";

/**
 * Formats the first problem of a failed parse as "<Name> prop "p": … Received … Expected …", or
 * undefined when `props` fit `schema`. The build (build/remark-check-components.ts) and the server
 * (src/mdx/components.tsx) say the same thing about the same mistake.
 */
export function describePropsProblem(name: string, schema: z.ZodType, props: unknown): string | undefined {
  const result = schema.safeParse(props);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  const prop = issue.path.map(String).join(".");
  const field = issue.path[0];
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  const expected = typeof field === "string" ? shape?.[field]?.description : undefined;
  if (issue.code === "unrecognized_keys") {
    return `<${name}> received an unknown prop "${issue.keys[0]}". Expected only: ${Object.keys(shape ?? {}).join(", ")}.`;
  }
  const received = typeof field === "string" ? showValue((props as Record<string, unknown>)[field]) : "nothing";
  return `<${name}> prop "${prop || "props"}": ${issue.message.replace(/\.$/, "")}. Received ${received}${expected ? `. Expected ${expected}` : ""}.`;
}
