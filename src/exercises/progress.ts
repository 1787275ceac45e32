/**
 * Which "Check yourself" exercises a learner has done, remembered in localStorage so the index can
 * show a quiet mark per concept. Every function tolerates storage that is missing, full, blocked
 * (private mode, sandboxed iframes) or holding something that is not ours: it then behaves as if
 * nothing were stored, and never throws.
 */

/** The localStorage key; the value is JSON of {@link Progress}. */
export const PROGRESS_KEY = "attention-by-hand:progress";

/** One concept's progress: ids of the exercises done (no duplicates) and how many the page has. */
export interface ConceptProgress {
  done: string[];
  total: number;
}

/** Progress per concept slug. */
export type Progress = Record<string, ConceptProgress>;

function storage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined; // reading localStorage itself can throw when storage is blocked
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Keeps the well-formed entries of whatever was stored; anything else is dropped. */
function sanitize(value: unknown): Progress {
  const progress: Progress = {};
  if (!isRecord(value)) return progress;
  for (const [slug, entry] of Object.entries(value)) {
    if (!isRecord(entry)) continue;
    const { done, total } = entry;
    if (!Array.isArray(done) || typeof total !== "number" || !Number.isInteger(total) || total < 0) continue;
    const ids = [...new Set(done.filter((id): id is string => typeof id === "string"))];
    progress[slug] = { done: ids, total: Math.max(total, ids.length) };
  }
  return progress;
}

/** Everything remembered, per concept slug; `{}` when storage is unavailable or holds garbage. */
export function readProgress(): Progress {
  const store = storage();
  if (!store) return {};
  try {
    const raw = store.getItem(PROGRESS_KEY);
    return raw === null ? {} : sanitize(JSON.parse(raw));
  } catch {
    return {};
  }
}

function write(progress: Progress): boolean {
  const store = storage();
  if (!store) return false;
  try {
    if (Object.keys(progress).length === 0) store.removeItem(PROGRESS_KEY);
    else store.setItem(PROGRESS_KEY, JSON.stringify(progress));
    return true;
  } catch {
    return false; // quota exceeded or blocked: progress is a convenience, not worth an error
  }
}

/**
 * Records that `exerciseId` on concept `slug` is done; the page has `total` exercises.
 * @returns the concept's progress after the change (also when it could not be stored)
 */
export function markDone(slug: string, exerciseId: string, total: number): ConceptProgress {
  const progress = readProgress();
  const previous = progress[slug]?.done ?? [];
  const done = previous.includes(exerciseId) ? previous : [...previous, exerciseId];
  const entry = { done, total: Math.max(Number.isInteger(total) && total > 0 ? total : 0, done.length) };
  progress[slug] = entry;
  write(progress);
  return entry;
}

/** Forgets one concept's progress, or everything when no slug is given. */
export function clearProgress(slug?: string): void {
  if (slug === undefined) {
    write({});
    return;
  }
  const progress = readProgress();
  delete progress[slug];
  write(progress);
}
