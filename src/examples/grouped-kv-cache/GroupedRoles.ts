import type { CellRole } from "../../inspect/MatrixGrid.tsx";
import type { GroupedPart, GroupedTarget } from "./GroupedKvTarget.ts";

/** Parts that are shown but not inspected: the layer's input (x, or X at prefill). */
export type GroupedShownPart = GroupedPart | "x" | "X";

/** What the roles of a decode layer need to know about it. */
export interface DecodeRoleContext {
  readonly layer: number;
  /** The new token's row in the cache. */
  readonly pos: number;
  /** Whether this is the last layer, whose h the logits read. */
  readonly isLast: boolean;
  /** The KV head query head h reads (0-based both). */
  readonly kvHeadOf: (queryHead: number) => number;
  /** Entries per head, d_head: concat entry c belongs to query head ⌊c / d_head⌋. */
  readonly dHead: number;
}

/**
 * How a cell of one decode layer takes part in the inspected number: the number itself is
 * "inspected"; the numbers it is computed from are "ingredient". `head` is the cell's query head
 * (q, scores, weights, o) or KV head (K, V), −1 for the layer's own parts.
 */
export function decodeRole(
  active: GroupedTarget | null,
  ctx: DecodeRoleContext,
  part: GroupedShownPart,
  head: number,
  i: number,
  j: number,
): CellRole {
  if (active === null) return null;
  const a = active;
  if (a.part === "logits") return part === "h" && ctx.isLast ? "ingredient" : null;
  if (a.layer !== ctx.layer) return null;
  if (a.part === part && a.head === head && a.row === i && a.col === j) return "inspected";
  const same = a.head === head;
  const readsThis = a.head >= 0 && ctx.kvHeadOf(a.head) === head;
  switch (part) {
    case "x":
      return a.part === "q" ||
        ((a.part === "K" || a.part === "V") && a.row === ctx.pos) ||
        (a.part === "h" && a.col === j)
        ? "ingredient"
        : null;
    case "q":
      return a.part === "scores" && same ? "ingredient" : null;
    case "K":
      return a.part === "scores" && readsThis && i === a.col ? "ingredient" : null;
    case "V":
      return a.part === "o" && readsThis && j === a.col ? "ingredient" : null;
    case "scores":
      return a.part === "weights" && same ? "ingredient" : null;
    case "weights":
      return a.part === "o" && same ? "ingredient" : null;
    case "o":
      return a.part === "concat" && Math.floor(a.col / ctx.dHead) === head && a.col % ctx.dHead === j
        ? "ingredient"
        : null;
    case "concat":
      return a.part === "h" ? "ingredient" : null;
    default:
      return null;
  }
}

/** At prefill only cached entries are inspected; their ingredient is the token's row of X. */
export function prefillRole(
  active: GroupedTarget | null,
  layer: number,
  part: GroupedShownPart,
  head: number,
  i: number,
  j: number,
): CellRole {
  if (active === null || active.layer !== layer) return null;
  if (active.part === part && active.head === head && active.row === i && active.col === j) return "inspected";
  return part === "X" && active.row === i ? "ingredient" : null;
}
