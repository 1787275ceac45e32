import { memo, useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import { formatNumber, type Vector } from "../../math/index.ts";
import {
  PLOT_HEIGHT,
  PLOT_WIDTH,
  describeVectorPlot,
  layoutVectorPlot,
  type VectorPlotLayout,
} from "./vector-plot-layout.ts";
import { ArrowMarkers } from "../ArrowMarkers.tsx";
import { ChartSvg } from "../ChartSvg.tsx";
import { TipHandles, type PlotAxes } from "../drag/TipHandles.tsx";
import { memoByValue } from "../../inspect/memo-by-value.ts";

interface VectorPlotProps {
  /** The input row, 2 components. */
  readonly x: Vector;
  /** The projected row, 2 components. */
  readonly y: Vector;
  /** The output component being inspected, highlighted on its guide; null for none. */
  readonly active: number | null;
  /**
   * Sets the input x from its dragged (or arrow-key moved) tip; returns why it was refused, or
   * null. The output y is computed, so it follows and has no handle. Absent: nothing moves.
   */
  readonly onMoveInput?: (value: [number, number]) => string | null;
}

/** The axes and their ticks: drawn again only when the plot's scale changes, not on a hover or a drag. */
const VectorPlotAxes = memoByValue(function VectorPlotAxes({
  plotArea,
  origin,
  xTicks,
  yTicks,
}: Pick<VectorPlotLayout, "plotArea" | "origin" | "xTicks" | "yTicks">) {
  return (
    <g className="axis" aria-hidden="true">
      <line x1={plotArea.left} x2={plotArea.right} y1={origin.y} y2={origin.y} />
      <line x1={origin.x} x2={origin.x} y1={plotArea.top} y2={plotArea.bottom} />
      {xTicks.map((tick) => (
        <g key={`x${tick.value}`} transform={`translate(${tick.position},${plotArea.bottom})`}>
          <line y1={-4} y2={0} />
          <text y={16} textAnchor="middle">
            {tick.label}
          </text>
        </g>
      ))}
      {yTicks.map((tick) => (
        <g key={`y${tick.value}`} transform={`translate(${plotArea.left},${tick.position})`}>
          <line x1={0} x2={4} />
          <text x={-6} dy="0.32em" textAnchor="end">
            {tick.label}
          </text>
        </g>
      ))}
    </g>
  );
});

const Markers = memoByValue(ArrowMarkers);
const Handles = memo(TipHandles);
const NAMES = ["input", "output"];

/**
 * The input and projected vectors as arrows from the origin, with dashed guides that read each
 * output component off its axis. Server-rendered SVG: it reads without JavaScript.
 */
export function VectorPlot({ x, y, active, onMoveInput }: VectorPlotProps) {
  const id = useId();
  const [keep, setKeep] = useState<PlotAxes["domains"] | null>(null);
  const layout = useMemo(() => layoutVectorPlot(x, y, keep ?? undefined), [x, y, keep]);
  const { origin, plotArea, inputTip, outputTip } = layout;
  // The handle takes a move through one callback that keeps its identity and calls the latest
  // onMoveInput, so that a hover (which does not change x) does not re-render it.
  const moveInput = useRef(onMoveInput);
  useLayoutEffect(() => {
    moveInput.current = onMoveInput;
  });
  const onMove = useCallback((_: string, value: [number, number]) => moveInput.current?.(value) ?? null, []);
  const handles = useMemo(
    () => [{ key: "x", name: "Input x", value: [x[0]!, x[1]!] as const, at: inputTip }],
    [x, inputTip],
  );
  const arrow = (name: string) => `url(#${id}-${name})`;
  return (
    <figure className="vector-plot">
      <div className="plot-frame">
        <ChartSvg
          id={id}
          width={PLOT_WIDTH}
          height={PLOT_HEIGHT}
          title="Projection example shown as vectors on axes"
          description={describeVectorPlot(x, y)}
        >
          <Markers id={id} names={NAMES} />
          <VectorPlotAxes plotArea={plotArea} origin={origin} xTicks={layout.xTicks} yTicks={layout.yTicks} />
          <g aria-hidden="true">
            {layout.guides.map((guide, j) => {
              const label = layout.guideLabels[j];
              return (
                <g key={j} className="guide" data-active={active === j ? "true" : undefined}>
                  <line x1={guide.from.x} y1={guide.from.y} x2={guide.to.x} y2={guide.to.y} />
                  {label ? (
                    <text x={label.x} y={label.y} textAnchor={label.anchor}>
                      {label.text}
                    </text>
                  ) : null}
                </g>
              );
            })}
            <line
              className="vector vector-input"
              x1={origin.x}
              y1={origin.y}
              x2={inputTip.x}
              y2={inputTip.y}
              markerEnd={arrow("input")}
            />
            <line
              className="vector vector-output"
              x1={origin.x}
              y1={origin.y}
              x2={outputTip.x}
              y2={outputTip.y}
              markerEnd={arrow("output")}
            />
          </g>
        </ChartSvg>
        {onMoveInput ? (
          <Handles
            width={PLOT_WIDTH}
            height={PLOT_HEIGHT}
            axes={layout}
            handles={handles}
            onMove={onMove}
            onDrag={setKeep}
          />
        ) : null}
      </div>
      <figcaption>
        <ul className="legend">
          <li className="legend-input">input x = ({x.map((n) => formatNumber(n)).join(", ")})</li>
          <li className="legend-output">output y = ({y.map((n) => formatNumber(n)).join(", ")})</li>
          <li className="legend-guide">dashed guides: each output component read off its axis</li>
        </ul>
      </figcaption>
    </figure>
  );
}
