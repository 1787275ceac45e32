/**
 * The exercises without the families' code (see families.ts and index.ts): what the browser
 * imports. A family's exercises can be solved once loadFamilies has loaded it.
 */
export * from "./answer.ts";
export * from "./kinds.ts";
export * from "./generate.ts";
export * from "./judge.ts";
export { FAMILY_KINDS, familyOfKind, loadFamilies, type FamilyName } from "./families.ts";
