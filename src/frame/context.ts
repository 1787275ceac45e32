import { createContext, useContext } from "react";
import type { Values } from "./spec.ts";
import type { InspectCodec } from "./url-state.ts";

/**
 * What an editable example's frame tells the components inside it: whether the learner is
 * editing (matrices then show their numbers as text fields, in place), how to change one number,
 * and which component a link asked to inspect. Outside a frame (server-only figures, tests of a
 * single component) the context is null and everything is read-only.
 */
export interface ExampleFrameContext {
  readonly id: string;
  readonly editing: boolean;
  readonly values: Values;
  /** The text a cell shows while it is being typed into, if it differs from its value. */
  draftOf(key: string, row: number, col: number): string | undefined;
  /** The learner typed `text` into one cell of field `key`. */
  editCell(key: string, row: number, col: number, text: string): void;
  /**
   * For an example's own controls (a step button, a key-size choice): sets these fields as one
   * change, through the same checks as typed values. Returns the refusal message, or null.
   */
  setValues(patch: Values): string | null;
  /** The learner left a cell: drafts give way to the values they stand for. */
  endEdit(): void;
  /** The cell whose text was refused, and the id of the message that says why. */
  readonly refused: { readonly key: string; readonly row: number; readonly col: number } | null;
  readonly messageId: string;
  /** The field names a cell editor may edit (a field whose value the example received). */
  isEditable(key: string): boolean;
  /** The inspected target's URL text to start from (from a link), and how to read it. */
  readonly initialInspect: string | null;
  readonly inspect: InspectCodec | undefined;
  /** The pinned (focused or tapped) target changed: its URL text, or null when cleared. */
  reportInspect(text: string | null): void;
  /**
   * A dragged control (a plot's tip) holds the URL while it moves (true) and lets it go when the
   * drag ends (false): the URL then takes the values once, not on every move, since each history
   * write costs the move's frame a few milliseconds.
   */
  holdUrl(hold: boolean): void;
}

export const ExampleFrame = createContext<ExampleFrameContext | null>(null);

/** The frame of the example being rendered, or null. */
export function useExampleFrame(): ExampleFrameContext | null {
  return useContext(ExampleFrame);
}
