import { Island } from "../islands/Island.tsx";
import { LessonLive, type LessonConcept } from "../lesson/LessonLive.tsx";
import { href } from "../site.ts";

interface LessonPageProps {
  /** Every example a lesson may hold (the embeddable examples of every concept page). */
  readonly concepts: readonly LessonConcept[];
}

/**
 * `/lesson/`: worked examples from any pages, in an order, with their numbers and notes, read from
 * the lesson's link or, without one, the lesson in progress (src/lesson/). The prose says what a
 * lesson is and reads without JavaScript; the island shows and edits the lesson, which it can only
 * do in the browser, since the lesson is in the address.
 */
export function LessonPage({ concepts }: LessonPageProps) {
  return (
    <div className="lesson-page">
      <h1>Lesson</h1>
      <p>
        A lesson is a handful of worked examples from any pages of this site, in the order you choose, each with the
        numbers you gave it, the number it inspects and a short note of yours, under a title. Everything is in its link:
        send it to a class or open it on the classroom screen, and every reader gets the same examples, live, with the
        same numbers.
      </p>
      <p>
        To make one, open an example’s <strong>Share</strong> menu on any concept page and choose{" "}
        <strong>Add to lesson</strong>. This page then shows your lesson in progress: put the examples in order, add
        notes and a title, and copy the lesson’s link.
      </p>
      <Island name="Lesson" id="lesson" props={{ concepts }} wake="load">
        <LessonLive concepts={concepts} />
      </Island>
      <p className="lesson-back">
        <a href={href("/")}>All concepts</a>
      </p>
    </div>
  );
}
