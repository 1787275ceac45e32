/**
 * What a reader did inside an island before it woke (before React took it over), kept so that it
 * is carried out once the island has hydrated: nothing done early is lost. Plain DOM, no React:
 * the island boot (boot.ts) records, and replays through ordinary events that React's handlers
 * then receive as if the reader had just acted.
 */
export interface EarlyInput {
  /** The last button pressed (clicked, tapped, or Enter/Space) inside the island, or null. */
  press: HTMLElement | null;
  /** Keys that move an inspection (arrows, Home, End, Escape), in the order they were pressed. */
  readonly keys: string[];
  /** The kind of pointer seen last ("mouse", "touch", "pen"), or null if none was. */
  pointerType: string | null;
}

/** Keys an example answers while a number is focused; other keys either do nothing or act natively. */
const MOVE_KEYS: ReadonlySet<string> = new Set([
  "ArrowUp",
  "ArrowDown",
  "ArrowLeft",
  "ArrowRight",
  "Home",
  "End",
  "Escape",
]);
/** More keys than this before waking are not a reader waiting for the page: only the last are kept. */
const MAX_KEYS = 12;

export function emptyInput(): EarlyInput {
  return { press: null, keys: [], pointerType: null };
}

/** Notes one event that reached `island` before it woke. */
export function noteInput(input: EarlyInput, island: Element, event: Event): void {
  const target = event.target instanceof Element ? event.target : null;
  if (event.type === "pointerover" || event.type === "pointerdown") {
    input.pointerType = (event as PointerEvent).pointerType || null;
  } else if (event.type === "touchstart") {
    input.pointerType = "touch";
  } else if (event.type === "keydown") {
    const { key } = event as KeyboardEvent;
    if (MOVE_KEYS.has(key)) {
      input.keys.push(key);
      if (input.keys.length > MAX_KEYS) input.keys.splice(0, input.keys.length - MAX_KEYS);
    }
  } else if (event.type === "click") {
    const button = target?.closest<HTMLElement>("button");
    if (button && island.contains(button)) input.press = button;
  }
}

/**
 * Carries out what `input` recorded, now that `island` has hydrated, in the order a reader did it:
 * the focused element inside the island is reported as focused again (so a number focused by Tab
 * is inspected), the keys pressed on it are pressed again, the last button pressed is pressed (a
 * tool runs), and if a mouse still hovers something inside the island, that hover is reported
 * again (so the number under the pointer is highlighted). Focus stays where it was.
 */
export function replayInput(island: HTMLElement, input: EarlyInput, doc: Document = island.ownerDocument): void {
  const focused = () => {
    const active = doc.activeElement;
    return active instanceof HTMLElement || active instanceof SVGElement
      ? active !== island && island.contains(active)
        ? active
        : null
      : null;
  };
  focused()?.dispatchEvent(new FocusEvent("focusin", { bubbles: true }));
  for (const key of input.keys) {
    focused()?.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
  }
  const press = input.press;
  if (press?.isConnected && island.contains(press)) press.click();
  if (input.pointerType === "mouse") {
    const hovered = [...island.querySelectorAll(":hover")].at(-1);
    hovered?.dispatchEvent(
      new PointerEvent("pointerover", { bubbles: true, pointerType: "mouse", isPrimary: true, pointerId: 1 }),
    );
  }
  input.press = null;
  input.keys.length = 0;
}
