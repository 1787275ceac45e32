/**
 * Exercise families: every kind but multiple choice belongs to one, grouped by the math it needs
 * (attention's dot products; a vector times a matrix; scores to weights; the KV cache's size; order and position; the block; sharing
 * the KV cache; tiled attention), each with its own solver and variant generator. kinds.ts and
 * generate.ts run them through this table rather than importing them, so that a page's "Check
 * yourself" loads only the families its exercises belong to (`loadFamilies`, called before the
 * exercises render in the browser). The build and the tests import index.ts, which registers
 * every family at once (families/all.ts).
 */
import type { BlockExerciseSpec } from "./kinds-block.ts";
import type { CacheExerciseSpec } from "./kinds-cache.ts";
import type { KvSharingExerciseSpec } from "./kinds-kv-sharing.ts";
import type { PositionExerciseSpec } from "./kinds-positions.ts";
import type { ProductExerciseSpec } from "./kinds-products.ts";
import type { ProjectionExerciseSpec } from "./kinds-projection.ts";
import type { SoftmaxExerciseSpec } from "./kinds-softmax.ts";
import type { TiledExerciseSpec } from "./kinds-tiled.ts";
import type { SolvedExercise } from "./kinds.ts";

/** The exercises of the families, by family. */
export interface FamilySpecs {
  readonly products: ProductExerciseSpec;
  readonly projection: ProjectionExerciseSpec;
  readonly softmax: SoftmaxExerciseSpec;
  readonly cache: CacheExerciseSpec;
  readonly positions: PositionExerciseSpec;
  readonly block: BlockExerciseSpec;
  readonly kvSharing: KvSharingExerciseSpec;
  readonly tiled: TiledExerciseSpec;
}
export type FamilyName = keyof FamilySpecs;
export type FamilyExerciseSpec = FamilySpecs[FamilyName];

/** The kinds of each family. */
export const FAMILY_KINDS = {
  products: ["dot-product", "score", "weighted-sum"],
  projection: ["projection-entry", "projection-column", "embedding-entry"],
  softmax: ["scaled-score", "softmax-weight", "masked-keys"],
  cache: ["kv-cache-rows", "kv-cache-bytes"],
  positions: ["swapped-weight", "encoding-entry", "rotate-pair", "rope-shift", "rope-position"],
  block: ["norm-entry", "mlp-unit"],
  kvSharing: ["kv-head-for", "paged-blocks"],
  tiled: ["online-softmax-step", "flash-accumulator", "attention-io"],
} as const satisfies { readonly [F in FamilyName]: readonly FamilySpecs[F]["kind"][] };

/** A kind of a family's exercises that FAMILY_KINDS leaves out (never, as long as the lists are whole). */
type Unlisted = { [F in FamilyName]: Exclude<FamilySpecs[F]["kind"], (typeof FAMILY_KINDS)[F][number]> }[FamilyName];
/** Fails to compile when a family gains a kind its list above does not name. */
export const EVERY_FAMILY_KIND_LISTED: [Unlisted] extends [never] ? true : false = true;

/** A family's code: how to work its exercises out, and how to make a variant from a seed. */
export interface ExerciseFamily<F extends FamilyName = FamilyName> {
  readonly name: F;
  solve(spec: FamilySpecs[F]): SolvedExercise;
  generate(spec: FamilySpecs[F], seed: number): FamilySpecs[F];
}

const NAMES = Object.keys(FAMILY_KINDS) as FamilyName[];

/** The family a kind belongs to, or null for multiple choice (or an unknown kind). */
export function familyOfKind(kind: string): FamilyName | null {
  return NAMES.find((name) => (FAMILY_KINDS[name] as readonly string[]).includes(kind)) ?? null;
}

/** Whether `spec` is an exercise of one of the families. */
export function isFamilyExercise(spec: { readonly kind: string }): spec is FamilyExerciseSpec {
  return familyOfKind(spec.kind) !== null;
}

const registered = new Map<FamilyName, ExerciseFamily>();

/** Makes a family's code available to solveExercise and generateExercise. */
export function registerFamily<F extends FamilyName>(family: ExerciseFamily<F>): void {
  registered.set(family.name, family as unknown as ExerciseFamily);
}

/**
 * The code of the family `spec` belongs to.
 * @throws Error when that family has not been loaded (a programming error: load it first)
 */
export function familyFor(spec: FamilyExerciseSpec): ExerciseFamily {
  const name = familyOfKind(spec.kind)!;
  const family = registered.get(name);
  if (!family) {
    throw new Error(
      `The code of the "${spec.kind}" exercises (family "${name}") is not loaded: call loadFamilies() before solving them.`,
    );
  }
  return family;
}

/** Each family's own chunk, fetched when a page's exercises need it. */
const LOADERS: { readonly [F in FamilyName]: () => Promise<ExerciseFamily<F>> } = {
  products: () => import("./families/products.ts").then((m) => m.productsFamily),
  projection: () => import("./families/projection.ts").then((m) => m.projectionFamily),
  softmax: () => import("./families/softmax.ts").then((m) => m.softmaxFamily),
  cache: () => import("./families/cache.ts").then((m) => m.cacheFamily),
  positions: () => import("./families/positions.ts").then((m) => m.positionsFamily),
  block: () => import("./families/block.ts").then((m) => m.blockFamily),
  kvSharing: () => import("./families/kv-sharing.ts").then((m) => m.kvSharingFamily),
  tiled: () => import("./families/tiled.ts").then((m) => m.tiledFamily),
};

/**
 * Loads and registers the families of these kinds that are not registered yet (multiple choice
 * needs none). Returns the names of the families it loaded.
 */
export async function loadFamilies(kinds: Iterable<string>): Promise<FamilyName[]> {
  const needed = new Set<FamilyName>();
  for (const kind of kinds) {
    const name = familyOfKind(kind);
    if (name !== null && !registered.has(name)) needed.add(name);
  }
  const families = await Promise.all([...needed].map((name) => LOADERS[name]()));
  for (const family of families) registerFamily(family as ExerciseFamily);
  return [...needed];
}
