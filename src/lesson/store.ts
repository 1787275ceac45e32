/**
 * The lesson in progress: the lesson "Add to lesson" collects into, kept in localStorage in the
 * link's own format (lesson.ts), so what is stored is what "Copy lesson link" gives. Every
 * function tolerates storage that is missing, full or blocked (it then keeps nothing) and never
 * throws.
 */
import {
  addItem,
  decodeLesson,
  encodeLesson,
  EMPTY_LESSON,
  readableLessonQuery,
  type AddResult,
  type Lesson,
  type LessonItem,
} from "./lesson.ts";

/** The localStorage key; the value is a lesson link's query, e.g. "v=1&1=softmax/softmax-demo". */
export const LESSON_KEY = "attention-by-hand:lesson";

function storage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The lesson in progress (empty when none is stored or storage is unavailable). */
export function readLessonInProgress(): Lesson {
  try {
    const raw = storage()?.getItem(LESSON_KEY);
    return raw ? decodeLesson(raw).lesson : EMPTY_LESSON;
  } catch {
    return EMPTY_LESSON;
  }
}

/** Stores `lesson` as the lesson in progress; false when the browser keeps nothing. */
export function saveLessonInProgress(lesson: Lesson): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(LESSON_KEY, readableLessonQuery(encodeLesson(lesson)));
    return true;
  } catch {
    return false;
  }
}

/** Adds an example (or updates its state) in the lesson in progress; see addItem. `saved` false: storage refused. */
export function addToLessonInProgress(item: Omit<LessonItem, "note">): AddResult & { readonly saved: boolean } {
  const result = addItem(readLessonInProgress(), item);
  const saved = result.kind === "full" ? true : saveLessonInProgress(result.lesson);
  return { ...result, saved };
}
