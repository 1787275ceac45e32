import { useId } from "react";
import type { Vector } from "../../math/index.ts";
import type { InspectHandlers } from "../../inspect/useInspection.ts";
import { BARS_HEIGHT, BARS_WIDTH, layoutWeightBars } from "./weight-bars-layout.ts";
import { ChartSvg } from "../ChartSvg.tsx";

interface WeightBarChartProps {
  /** Accessible name and caption, e.g. "softmax(s): without scaling". */
  readonly title: string;
  /** Every bar's value in words, for the SVG's description. */
  readonly description: string;
  readonly weights: Vector;
  readonly keyLabels: readonly string[];
  /** The inspected key, outlined; null for none. */
  readonly active: number | null;
  /** Hover and tap on key j's column inspect it (keyboard users inspect through the numbers). */
  readonly bind: (key: number) => InspectHandlers;
}

/** A bar per key on a fixed 0…1 axis: the softmax weights of one query. */
export function WeightBarChart({ title, description, weights, keyLabels, active, bind }: WeightBarChartProps) {
  const id = useId();
  const { plot, bars, ticks } = layoutWeightBars(weights);
  return (
    <figure className="weight-bars">
      <figcaption>{title}</figcaption>
      <ChartSvg id={id} width={BARS_WIDTH} height={BARS_HEIGHT} title={title} description={description}>
        <g className="axis" aria-hidden="true">
          {ticks.map((tick) => (
            <g key={tick.label}>
              <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} />
              <text x={plot.left} dx="-4" y={tick.y} dy="0.32em" textAnchor="end">
                {tick.label}
              </text>
            </g>
          ))}
        </g>
        {bars.map((bar, j) => (
          <g key={j} className="weight-bar" data-active={active === j ? "true" : undefined}>
            <rect className="bar" x={bar.x} y={bar.y} width={bar.width} height={bar.height} />
            <text className="bar-value" x={bar.center} y={bar.y} dy="-4" textAnchor="middle">
              {bar.valueLabel}
            </text>
            <text className="bar-key" x={bar.center} y={plot.bottom} dy="16" textAnchor="middle">
              {keyLabels[j]}
            </text>
            {/* Last, so it lies on top: the whole column answers the pointer, even above a tiny bar. */}
            <rect className="bar-slot" x={bar.slotX} y={0} width={bar.slotWidth} height={BARS_HEIGHT} {...bind(j)} />
          </g>
        ))}
      </ChartSvg>
    </figure>
  );
}
