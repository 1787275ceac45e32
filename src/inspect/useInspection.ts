import { flushSync } from "react-dom";
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type PointerEvent,
} from "react";
import { useExampleFrame } from "../frame/context.ts";

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
  /** The target under a mouse pointer, or null. */
  readonly hovered: T | null;
  /** The focused or tapped target (kept in the link), or null. */
  readonly pinned: T | null;
  /** Handlers for the element that inspects `target`. */
  bind(target: T): InspectHandlers;
  /** Handler for the example's container: Escape stops inspecting. */
  onKeyDown(event: KeyboardEvent): void;
}

/** How an inspection relates to its example's frame. */
export interface InspectionOptions {
  /**
   * False for a second, local inspection inside an example (a plot's own points): it is neither
   * restored from nor written to the link, which keep the example's main inspected number.
   */
  readonly inUrl?: boolean;
}

/**
 * One inspection state shared by hover, keyboard focus and tap, so all three show the same
 * thing. A mouse hover wins while it lasts; focus and tap pin a target until another replaces it
 * or Escape clears it, which keeps the explanation readable after the pointer moves away.
 *
 * Inside an editable example's frame the pinned target is also the example's "inspected
 * component": it starts from the one a link names, and every change is reported so the frame
 * can keep it in the URL.
 */
export function useInspection<T>(initial: T | null = null, options: InspectionOptions = {}): Inspection<T> {
  const enclosing = useExampleFrame();
  const frame = options.inUrl === false ? null : enclosing;
  const [hovered, setHovered] = useState<T | null>(null);
  const [pinned, setPinned] = useState<T | null>(() => {
    if (frame?.inspect && frame.initialInspect !== null) {
      const target = frame.inspect.read(frame.initialInspect, frame.values) as T | null;
      if (target !== null) return target;
    }
    return initial;
  });
  const report = frame?.reportInspect;
  const codec = frame?.inspect;
  const first = useRef(true);
  useEffect(() => {
    // The first render only restores what the link asked for; report changes after it.
    if (first.current) {
      first.current = false;
      return;
    }
    if (report && codec) report(pinned === null ? null : codec.write(pinned));
  }, [pinned, report, codec]);

  // A pointer moving from one number to the next leaves the first and enters the second in the
  // same task: the leave is held until the next frame, and the enter cancels it, so such a move
  // renders the example once (the new number) rather than twice (nothing, then the new number).
  const pendingLeave = useRef<number | null>(null);
  const cancelLeave = () => {
    if (pendingLeave.current !== null) cancelAnimationFrame(pendingLeave.current);
    pendingLeave.current = null;
  };
  useEffect(() => cancelLeave, []);

  const bind = useCallback(
    (target: T): InspectHandlers => ({
      onPointerEnter: (event) => {
        if (event.pointerType !== "mouse") return;
        cancelLeave();
        // React gives pointer enter/leave a lower priority and would paint the highlight a frame
        // late; committing synchronously paints it in the frame of the hover.
        flushSync(() => setHovered(target));
      },
      onPointerLeave: (event) => {
        if (event.pointerType !== "mouse") return;
        cancelLeave();
        pendingLeave.current = requestAnimationFrame(() => {
          pendingLeave.current = null;
          setHovered(null);
        });
      },
      onFocus: () => setPinned(target),
      onClick: () => setPinned(target),
    }),
    [],
  );

  const onKeyDown = useCallback((event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    cancelLeave();
    setHovered(null);
    setPinned(null);
  }, []);

  return { active: hovered ?? pinned, hovered, pinned, bind, onKeyDown };
}
