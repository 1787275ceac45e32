import { flushSync } from "react-dom";
import { useCallback, useState, type FocusEvent, type KeyboardEvent, type PointerEvent } from "react";

/** Event handlers that make one element inspect `target` on hover, focus or tap. */
export interface InspectHandlers {
  onPointerEnter(event: PointerEvent): void;
  onPointerLeave(event: PointerEvent): void;
  onFocus(event: FocusEvent): void;
  onClick(): void;
}

export interface Inspection<T> {
  /** What is inspected now: the hovered target, else the focused or tapped one, else null. */
  readonly active: T | null;
  /** Handlers for the element that inspects `target`. */
  bind(target: T): InspectHandlers;
  /** Handler for the example's container: Escape stops inspecting. */
  onKeyDown(event: KeyboardEvent): void;
}

/**
 * One inspection state shared by hover, keyboard focus and tap, so all three show the same
 * thing. A mouse hover wins while it lasts; focus and tap pin a target until another replaces it
 * or Escape clears it, which keeps the explanation readable after the pointer moves away.
 */
export function useInspection<T>(initial: T | null = null): Inspection<T> {
  const [hovered, setHovered] = useState<T | null>(null);
  const [pinned, setPinned] = useState<T | null>(initial);

  const bind = useCallback(
    (target: T): InspectHandlers => ({
      onPointerEnter: (event) => {
        // React gives pointer enter/leave a lower priority and would paint the highlight a frame
        // late; committing synchronously paints it in the frame of the hover.
        if (event.pointerType === "mouse") flushSync(() => setHovered(target));
      },
      onPointerLeave: (event) => {
        if (event.pointerType === "mouse") flushSync(() => setHovered(null));
      },
      onFocus: () => setPinned(target),
      onClick: () => setPinned(target),
    }),
    [],
  );

  const onKeyDown = useCallback((event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    setHovered(null);
    setPinned(null);
  }, []);

  return { active: hovered ?? pinned, bind, onKeyDown };
}
