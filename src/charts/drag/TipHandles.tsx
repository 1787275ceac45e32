import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type PointerEvent } from "react";
import { useExampleFrame } from "../../frame/context.ts";
import { formatNumber } from "../../math/index.ts";
import { MAX_MAGNITUDE } from "../../math/parse-values.ts";
import type { LinearScale } from "../linear-scale.ts";
import { clientToSvg, nudgePoint, pixelToData, snapPoint, within, type Range } from "./drag-math.ts";

/** One vector whose tip the learner may move. */
export interface TipHandle {
  /** The value it edits, passed back to onMove: "a", "x". */
  readonly key: string;
  /** What it is called in its label and announcements: "Vector a", "Input x". */
  readonly name: string;
  /** Its value: two components. */
  readonly value: readonly [number, number];
  /** Where its tip is drawn, in the plot's SVG units. */
  readonly at: { readonly x: number; readonly y: number };
}

/** A plot's axes: the data each shows and the scale from data to SVG units. */
export interface PlotAxes {
  readonly domains: { readonly x: Range; readonly y: Range };
  readonly scales: { readonly x: LinearScale; readonly y: LinearScale };
}

interface TipHandlesProps {
  /** The plot's viewBox size: the handles are drawn in a layer of the same size on top of it. */
  readonly width: number;
  readonly height: number;
  readonly handles: readonly TipHandle[];
  readonly axes: PlotAxes;
  /** Sets a new value (snapped to halves, within range); returns why it was refused, or null. */
  onMove(key: string, value: [number, number]): string | null;
  /** A drag started (with the domains to keep while it lasts, so the plot holds still) or ended (null). */
  onDrag(keep: PlotAxes["domains"] | null): void;
}

/** Every value a key press may reach: what a learner may type. */
const KEY_LIMITS: readonly [Range, Range] = [
  [-MAX_MAGNITUDE, MAX_MAGNITUDE],
  [-MAX_MAGNITUDE, MAX_MAGNITUDE],
];

const point = ([x, y]: readonly [number, number]) => `(${formatNumber(x)}, ${formatNumber(y)})`;

/** The handles' keys in reading order, top to bottom then left to right, which Tab follows. */
function readingOrder(handles: readonly TipHandle[]): string[] {
  return [...handles].sort((p, q) => p.at.y - q.at.y || p.at.x - q.at.x).map((handle) => handle.key);
}

interface Drag {
  readonly pointerId: number;
  /** From the pointer to the tip when the drag started, so grabbing beside the tip does not jump. */
  readonly offset: readonly [number, number];
  /** The plot's domains when it started: a tip is dragged only within what the plot showed. */
  readonly limits: readonly [Range, Range];
}

/**
 * Handles on vector tips that a learner drags (mouse, pen, touch) or moves with the arrow keys
 * (½ a unit, Shift: 1), snapped to halves. They sit in a layer above the plot's SVG, outside its
 * role="img", so each is a control of its own; the new position is announced when a drag ends
 * and on every key press. Only rendered once the example can take edits (after hydration).
 */
export function TipHandles({ width, height, handles, axes, onMove, onDrag }: TipHandlesProps) {
  const [said, setSaid] = useState("");
  // The order is held while a handle has focus: moving the focused element in the DOM would drop
  // its focus (and its pointer capture). It is brought up to date when focus leaves the layer.
  const [held, setHeld] = useState<readonly string[] | null>(null);
  const order = held ?? readingOrder(handles);
  const ordered = order.flatMap((key) => handles.filter((handle) => handle.key === key));
  const drag = useRef<Drag | null>(null);
  const layer = useRef<SVGSVGElement>(null);
  // The example's URL takes the values when a drag ends, not on every move (see holdUrl).
  const holdUrl = useExampleFrame()?.holdUrl;
  const hold = useRef(holdUrl);
  useEffect(() => {
    hold.current = holdUrl;
  }, [holdUrl]);
  useEffect(
    () => () => {
      if (drag.current) hold.current?.(false);
    },
    [],
  );

  const svgPoint = (event: PointerEvent): [number, number] | null => {
    const box = layer.current?.getBoundingClientRect();
    if (!box || box.width === 0 || box.height === 0) return null;
    return clientToSvg(box, { width, height }, event.clientX, event.clientY);
  };

  const move = (handle: TipHandle, next: [number, number]): string | null => {
    if (next[0] === handle.value[0] && next[1] === handle.value[1]) return null;
    return onMove(handle.key, next);
  };

  const handlers = (handle: TipHandle) => ({
    onPointerDown(event: PointerEvent<SVGGElement>) {
      if (event.pointerType === "mouse" && event.button !== 0) return;
      const at = svgPoint(event);
      if (!at) return;
      event.preventDefault();
      // Moves keep coming here when the pointer leaves the small handle (a finger is larger).
      // Only a pointer the browser knows can be captured: one it made, not a synthetic event.
      try {
        event.currentTarget.setPointerCapture(event.pointerId);
      } catch {
        // Without capture the drag still follows while the pointer stays over the handle.
      }
      event.currentTarget.focus({ preventScroll: true });
      drag.current = {
        pointerId: event.pointerId,
        offset: [handle.at.x - at[0], handle.at.y - at[1]],
        limits: [within(axes.domains.x, MAX_MAGNITUDE), within(axes.domains.y, MAX_MAGNITUDE)],
      };
      hold.current?.(true);
      onDrag(axes.domains);
    },
    onPointerMove(event: PointerEvent<SVGGElement>) {
      const current = drag.current;
      const at = svgPoint(event);
      if (!current || current.pointerId !== event.pointerId || !at) return;
      const data = pixelToData(axes.scales, at[0] + current.offset[0], at[1] + current.offset[1]);
      move(handle, snapPoint(data, current.limits));
    },
    onPointerUp(event: PointerEvent<SVGGElement>) {
      if (drag.current?.pointerId !== event.pointerId) return;
      drag.current = null;
      hold.current?.(false);
      onDrag(null);
      setSaid(`${handle.name} tip at ${point(handle.value)}.`);
    },
    onPointerCancel(event: PointerEvent<SVGGElement>) {
      if (drag.current?.pointerId !== event.pointerId) return;
      drag.current = null;
      hold.current?.(false);
      onDrag(null);
    },
    onKeyDown(event: KeyboardEvent<SVGGElement>) {
      const next = nudgePoint(handle.value, event.key, event.shiftKey, KEY_LIMITS);
      if (next === null) return;
      event.preventDefault();
      event.stopPropagation();
      const refused = move(handle, next);
      setSaid(refused ?? `${handle.name} tip at ${point(next)}.`);
    },
  });

  return (
    <>
      <svg
        className="tip-handles"
        viewBox={`0 0 ${width} ${height}`}
        ref={layer}
        data-export="skip"
        onFocus={() => setHeld((before) => before ?? order)}
        onBlur={(event: FocusEvent<SVGSVGElement>) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setHeld(null);
        }}
      >
        {ordered.map((handle) => (
          <g
            key={handle.key}
            className={`tip-handle tip-${handle.key}`}
            role="button"
            tabIndex={0}
            aria-label={`${handle.name} tip at ${point(handle.value)}: drag it, or use the arrow keys to move it by ½ (Shift: by 1)`}
            transform={`translate(${handle.at.x},${handle.at.y})`}
            {...handlers(handle)}
          >
            <circle className="tip-focus" r={12} />
            <circle className="tip-hit" r={16} />
            <circle className="tip-ring" r={8} />
          </g>
        ))}
      </svg>
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
    </>
  );
}
