/**
 * Registers every exercise family at once, for the build (which renders and checks every page's
 * exercises) and the tests: index.ts imports it. The browser loads only the families a page needs
 * (loadFamilies in ../families.ts).
 */
import { registerFamily } from "../families.ts";
import { blockFamily } from "./block.ts";
import { cacheFamily } from "./cache.ts";
import { kvSharingFamily } from "./kv-sharing.ts";
import { positionsFamily } from "./positions.ts";
import { productsFamily } from "./products.ts";
import { projectionFamily } from "./projection.ts";
import { softmaxFamily } from "./softmax.ts";
import { tiledFamily } from "./tiled.ts";

export const ALL_FAMILIES = [
  productsFamily,
  projectionFamily,
  softmaxFamily,
  cacheFamily,
  positionsFamily,
  blockFamily,
  kvSharingFamily,
  tiledFamily,
] as const;

for (const family of ALL_FAMILIES) registerFamily(family);
