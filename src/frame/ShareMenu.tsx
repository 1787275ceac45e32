import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";

/** One entry of the Share menu: its name (also its accessible name) and what it does. */
export interface ShareAction {
  readonly name: string;
  readonly run: () => void;
}

interface ShareMenuProps {
  /** What the example is, for the menu's accessible name: "Projection example". */
  readonly title: string;
  /** The entries, in order: Copy link, Embed, Add to lesson, Download SVG, Download PNG. */
  readonly actions: readonly ShareAction[];
}

/**
 * The Share button and its menu, in the menu button pattern: Enter, Space or ↓ opens it on the
 * first entry (↑ on the last); ↑ ↓ Home End move; Enter or Space chooses; Escape closes it and
 * returns to the button; Tab or a click elsewhere closes it. Choosing an entry closes the menu,
 * returns focus to the button and runs the entry.
 */
export function ShareMenu({ title, actions }: ShareMenuProps) {
  const [open, setOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (open) itemRefs.current[focusIndex]?.focus();
  }, [open, focusIndex]);

  const openAt = (index: number) => {
    setFocusIndex((index + actions.length) % actions.length);
    setOpen(true);
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };
  const choose = (action: ShareAction) => {
    close(true);
    action.run();
  };

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      openAt(event.key === "ArrowDown" ? 0 : actions.length - 1);
    }
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowDown: focusIndex + 1,
      ArrowUp: focusIndex - 1,
      Home: 0,
      End: actions.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      setFocusIndex((moves[event.key]! + actions.length) % actions.length);
    } else if (event.key === "Escape") {
      event.preventDefault();
      close(true);
    } else if (event.key === "Tab") close(false);
  };

  return (
    <div
      className="share"
      ref={rootRef}
      onBlur={(event) => {
        if (open && !rootRef.current?.contains(event.relatedTarget as Node | null)) close(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="example-tool share-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKey}
      >
        Share
      </button>
      <ul
        className="share-menu"
        role="menu"
        id={menuId}
        aria-label={`${title}: share`}
        hidden={!open}
        onKeyDown={onMenuKey}
      >
        {actions.map((action, i) => (
          <li key={action.name} role="none">
            <button
              ref={(element) => {
                itemRefs.current[i] = element;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="share-item"
              onClick={() => choose(action)}
            >
              {action.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
