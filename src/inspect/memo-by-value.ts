import { memo, type ComponentType } from "react";

/**
 * Whether two props values hold the same data: numbers, strings and other primitives by
 * `Object.is`, arrays item by item, plain objects key by key; anything else (functions, class
 * instances, React elements) only if it is the same object.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  if (!isPlainData(a) || !isPlainData(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], b[key]))
  );
}

/** A plain object that is not a React element (whose owner links would make the walk endless). */
function isPlainData(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return (prototype === Object.prototype || prototype === null) && !("$$typeof" in value);
}

/**
 * `Component`, re-rendered only when its props hold different data (see sameData), not merely
 * new arrays with the same numbers. For the parts of an example that an inspection does not change
 * (the text version, a summary): a hover then re-renders only what it highlights. Its view may
 * compute their props afresh on every render.
 */
export function memoByValue<P extends object>(Component: ComponentType<P>) {
  return memo(Component, (before, after) => sameData(before, after));
}
