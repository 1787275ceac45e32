import { useId } from "react";
import { charCount, itemName, MAX_NOTE, type LessonItem } from "./lesson.ts";
import {
  itemPageHref,
  LessonExampleView,
  useItemHost,
  type LessonConcept,
  type LessonExample,
} from "./LessonExample.tsx";

interface LessonItemViewProps {
  /** The item's key among the lesson's items, for its refs and its edits' scope. */
  readonly entryKey: number;
  readonly item: LessonItem;
  /** Its place in the lesson, from 0. */
  readonly index: number;
  readonly total: number;
  readonly concept: LessonConcept;
  readonly example: LessonExample;
  /** Where the lesson keeps the item's heading and buttons, to move the focus after a move or removal. */
  readonly refs: { readonly current: Map<string, HTMLElement | null> };
  onParams(params: [string, string][]): void;
  onNote(note: string): void;
  onProblems(problems: readonly string[]): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
}

/**
 * One item of the lesson page: its heading, a link to the example on its page, Move up / Move
 * down / Remove, its note (text only) and the note's editor, and the live example.
 */
export function LessonItemView({
  entryKey,
  item,
  index,
  total,
  concept,
  example,
  refs,
  onParams,
  onNote,
  onProblems,
  onMove,
  onRemove,
}: LessonItemViewProps) {
  const headingId = useId();
  const noteId = useId();
  const countId = useId();
  const place = index + 1;
  const host = useItemHost({
    slug: concept.slug,
    scope: `lesson-${entryKey}:`,
    params: item.params,
    onParams,
    onProblems,
  });
  const setRef = (name: string) => (element: HTMLElement | null) => {
    refs.current.set(`${entryKey}:${name}`, element);
  };

  return (
    <li className="lesson-item" aria-labelledby={headingId} data-lesson-item={itemName(item)}>
      <h3 id={headingId} tabIndex={-1} ref={setRef("heading")} className="lesson-item-title">
        {place}. {concept.title}: example “{example.id}”
      </h3>
      <p className="lesson-item-page">
        <a href={itemPageHref(concept.slug, example.id, item.params)}>Open it on its page, {concept.title}</a>
      </p>
      <div className="lesson-item-tools" role="group" aria-label={`Item ${place}: order`}>
        <button
          type="button"
          className="example-tool"
          ref={setRef("up")}
          disabled={index === 0}
          onClick={() => onMove(-1)}
        >
          Move up
        </button>
        <button
          type="button"
          className="example-tool"
          ref={setRef("down")}
          disabled={index === total - 1}
          onClick={() => onMove(1)}
        >
          Move down
        </button>
        <button type="button" className="example-tool" onClick={onRemove}>
          Remove
        </button>
      </div>
      <details className="lesson-note-editor">
        <summary>{item.note.trim() === "" ? "Add a note" : "Edit the note"}</summary>
        <label htmlFor={noteId}>Note for item {place}</label>
        <textarea
          id={noteId}
          rows={3}
          maxLength={MAX_NOTE}
          value={item.note}
          aria-describedby={countId}
          onChange={(event) => onNote(event.target.value)}
        />
        <span id={countId} className="lesson-chars">
          {charCount(item.note)} of {MAX_NOTE} characters
        </span>
      </details>
      {/* What "Present lesson" shows of this item, one item per slide (src/present/decks.ts). */}
      <div className="lesson-item-slide" data-present-slide={`${place}. ${concept.title}`}>
        {item.note.trim() !== "" ? (
          <p className="lesson-item-note" data-lesson-note="">
            {item.note}
          </p>
        ) : null}
        <LessonExampleView example={example} host={host} />
      </div>
    </li>
  );
}
