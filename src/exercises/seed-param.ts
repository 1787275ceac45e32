/** The URL parameter holding exercise `exerciseId`'s seed: `?seed.qkv-check-1=42`. */
export function seedParam(exerciseId: string): string {
  return `seed.${exerciseId}`;
}
