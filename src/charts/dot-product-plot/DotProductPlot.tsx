import { memo, useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import { formatNumber, isRounded, type AngleExplanation, type Vector } from "../../math/index.ts";
import { DOT_PLOT_WIDTH, layoutDotPlot, type DotPlotLayout } from "./dot-product-plot-layout.ts";
import { ArrowMarkers } from "../ArrowMarkers.tsx";
import { formatAngle } from "../../text/dot-product-words.ts";
import { formatVector } from "../../text/words.ts";
import { ChartSvg } from "../ChartSvg.tsx";
import { TipHandles, type PlotAxes } from "../drag/TipHandles.tsx";
import { memoByValue } from "../../inspect/memo-by-value.ts";

interface DotProductPlotProps {
  readonly a: Vector;
  readonly b: Vector;
  /** The numbers to draw, from explainAngle(a, b). */
  readonly explanation: AngleExplanation;
  /** The inspected result (index in QUANTITIES); the parts of the plot it is read from are marked. */
  readonly active: number | null;
  /**
   * Sets a or b from a dragged (or arrow-key moved) tip; returns why it was refused, or null.
   * Absent: the tips do not move (server HTML, a figure outside an editable example).
   */
  readonly onMoveTip?: (key: "a" | "b", value: [number, number]) => string | null;
}

/** Why a tip may not go to `value`, or null: the plot needs two arrows to show an angle. */
function refuseTip(key: string, [x, y]: [number, number]): string | null {
  return x === 0 && y === 0
    ? `${key} cannot be moved to the origin here: the zero vector has no direction, so there would be no angle to draw.`
    : null;
}

/** Which parts of the plot each result (by index in QUANTITIES) is read from. */
const PARTS = [["angle", "shadow"], ["a"], ["b"], ["angle"], ["shadow"]];

/** The long description of the plot, built from the same numbers. */
export function describeDotPlot(a: Vector, b: Vector, e: AngleExplanation): string {
  return (
    `Arrows from the origin to a = ${formatVector(a)} and b = ${formatVector(b)}, to the same scale on both axes, ` +
    `with an arc marking the angle between them, ${formatAngle(e.degrees)}. A dashed line drops from b's tip at a right angle ` +
    `onto a's line; b's shadow runs along that line from the origin to ${formatVector(e.projection)}, ` +
    `a signed length of ${isRounded(e.projectionLength) ? "about " : ""}${formatNumber(e.projectionLength)}.`
  );
}

/** The axes and their tick labels: drawn again only when the plot's scale changes, not on a hover or a drag. */
const DotPlotAxes = memoByValue(function DotPlotAxes({
  plotArea,
  origin,
  xTicks,
  yTicks,
}: Pick<DotPlotLayout, "plotArea" | "origin" | "xTicks" | "yTicks">) {
  return (
    <g className="axis" aria-hidden="true">
      <line x1={plotArea.left} x2={plotArea.right} y1={origin.y} y2={origin.y} />
      <line x1={origin.x} x2={origin.x} y1={plotArea.top} y2={plotArea.bottom} />
      {xTicks.map((t) => (
        <text key={`x${t.value}`} x={t.position} y={plotArea.bottom + 16} textAnchor="middle">
          {t.label}
        </text>
      ))}
      {yTicks.map((t) => (
        <text key={`y${t.value}`} x={plotArea.left - 6} y={t.position} dy="0.32em" textAnchor="end">
          {t.label}
        </text>
      ))}
    </g>
  );
});

const Markers = memoByValue(ArrowMarkers);
const Handles = memo(TipHandles);
const NAMES = ["a", "b"];

/** a, b, the angle between them and b's projection on a, as server-rendered SVG. */
export function DotProductPlot({ a, b, explanation, active, onMoveTip }: DotProductPlotProps) {
  const id = useId();
  const [keep, setKeep] = useState<PlotAxes["domains"] | null>(null);
  const layout = useMemo(
    () => layoutDotPlot(a, b, explanation.projection, keep ?? undefined),
    [a, b, explanation.projection, keep],
  );
  const { height, origin, plotArea, tipA, tipB, labelA, labelB, foot, arc, xTicks, yTicks } = layout;
  // The handles take a move through one callback that keeps its identity and calls the latest
  // onMoveTip, so that a hover (which changes neither a nor b) does not re-render them.
  const moveTip = useRef(onMoveTip);
  useLayoutEffect(() => {
    moveTip.current = onMoveTip;
  });
  const onMove = useCallback(
    (key: string, value: [number, number]) =>
      refuseTip(key, value) ?? moveTip.current?.(key as "a" | "b", value) ?? null,
    [],
  );
  const handles = useMemo(
    () => [
      { key: "a", name: "Vector a", value: [a[0]!, a[1]!] as const, at: tipA },
      { key: "b", name: "Vector b", value: [b[0]!, b[1]!] as const, at: tipB },
    ],
    [a, b, tipA, tipB],
  );
  const marked = (part: string) => (active !== null && PARTS[active]!.includes(part) ? "true" : undefined);
  const arrow = (name: "a" | "b", tip: { x: number; y: number }, label: { x: number; y: number }) => (
    <g className={`vector-${name}`} data-active={marked(name)}>
      <line x1={origin.x} y1={origin.y} x2={tip.x} y2={tip.y} markerEnd={`url(#${id}-${name})`} />
      <text x={label.x} y={label.y} dy="0.32em" textAnchor="middle">
        {name}
      </text>
    </g>
  );
  return (
    <figure className="dot-plot">
      <div className="plot-frame">
        <ChartSvg
          id={id}
          width={DOT_PLOT_WIDTH}
          height={height}
          title="The vectors a and b, the angle between them and the projection of b on a"
          description={describeDotPlot(a, b, explanation)}
        >
          <Markers id={id} names={NAMES} />
          <DotPlotAxes plotArea={plotArea} origin={origin} xTicks={xTicks} yTicks={yTicks} />
          <g aria-hidden="true">
            <g className="shadow" data-active={marked("shadow")}>
              <line className="drop" x1={tipB.x} y1={tipB.y} x2={foot.x} y2={foot.y} />
              <line className="shadow-line" x1={origin.x} y1={origin.y} x2={foot.x} y2={foot.y} />
            </g>
            {arc ? (
              <g className="angle" data-active={marked("angle")}>
                <path d={arc.path} />
                <text x={arc.label.x} y={arc.label.y} dy="0.32em" textAnchor="middle">
                  θ
                </text>
              </g>
            ) : null}
            {arrow("a", tipA, labelA)}
            {arrow("b", tipB, labelB)}
          </g>
        </ChartSvg>
        {onMoveTip ? (
          <Handles
            width={DOT_PLOT_WIDTH}
            height={height}
            axes={layout}
            handles={handles}
            onMove={onMove}
            onDrag={setKeep}
          />
        ) : null}
      </div>
      <figcaption>
        <ul className="legend">
          <li className="legend-a">a = {formatVector(a)}</li>
          <li className="legend-b">b = {formatVector(b)}</li>
          <li className="legend-shadow">b’s shadow on a’s line</li>
        </ul>
      </figcaption>
    </figure>
  );
}
