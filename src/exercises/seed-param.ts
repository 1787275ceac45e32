/**
 * The URL parameter holding exercise `exerciseId`'s seed, in the site's one link form
 * `<id>.<value>`: `?qkv-check-1.seed=42`.
 */
export function seedParam(exerciseId: string): string {
  return `${exerciseId}.seed`;
}

/** The older form of the same parameter, `?seed.qkv-check-1=42`: still read, never written. */
export function legacySeedParam(exerciseId: string): string {
  return `seed.${exerciseId}`;
}
