import { useId } from "react";
import { formatNumber, subscript, type Matrix, type Vector } from "../../math/index.ts";
import { useInspection } from "../../inspect/useInspection.ts";
import { labelSuffix } from "../../text/matrix-words.ts";
import { formatVector } from "../../text/words.ts";
import { ChartSvg } from "../ChartSvg.tsx";
import { layoutMixture, MIX_PLOT_WIDTH, type MixtureLayout } from "./mixture-plot-layout.ts";

interface MixturePlotProps {
  /** The pictured output row: query `query`'s weights over the value rows, shape [t]. */
  readonly weights: Vector;
  /** The value rows, shape [t, d_v]; components 0 and 1 are drawn. */
  readonly V: Matrix;
  /** Which output row is pictured (its index in O). */
  readonly query: number;
  /** One label per token, for the value points' names. */
  readonly tokens?: readonly string[];
}

/** A value point's short name: the token when there is one, else v₀, v₁, … */
const pointName = (j: number, tokens?: readonly string[]) => tokens?.[j] ?? `v${subscript(j)}`;

/** The plot in words: every point, the mix and each weight, from the same numbers. */
export function describeMixture(layout: MixtureLayout, query: number, tokens?: readonly string[]): string {
  const points = layout.values
    .map(
      (v, j) =>
        `v${subscript(j)}${labelSuffix(tokens, j)} at ${formatVector(v.value)} with weight ${formatNumber(v.weight)}`,
    )
    .join("; ");
  return (
    `The value rows drawn as points: ${points}. The output o${subscript(query)} is their weighted mix, ` +
    `${formatVector(layout.mix)}, drawn inside the shape the points span. A line joins it to each point, ` +
    `wider and darker the larger that point's weight, with the weight written on it.`
  );
}

/**
 * One output row of a weighted sum as a picture: the value rows as labelled points, the output as
 * their mix, and each weight as the pull of its point (a line to the mix whose width and opacity
 * grow with the weight, and the weight written on it). Hovering a point, or hovering, focusing or
 * tapping its key below, inspects that value and writes out what it adds to the mix.
 */
export function MixturePlot({ weights, V, query, tokens }: MixturePlotProps) {
  const id = useId();
  const inspection = useInspection<number>(null, { inUrl: false });
  const layout = layoutMixture(weights, V);
  const active = inspection.active !== null && inspection.active < layout.values.length ? inspection.active : null;
  const dv = V[0]?.length ?? 0;
  const o = `o${subscript(query)}`;
  const marked = (j: number) => (j === active ? "true" : undefined);
  const inspected = active === null ? null : layout.values[active]!;

  return (
    <figure className="mixture-plot" onKeyDown={inspection.onKeyDown}>
      <ChartSvg
        id={id}
        width={MIX_PLOT_WIDTH}
        height={layout.height}
        title={`Output ${o}${labelSuffix(tokens, query)} as a weighted mix of the value points`}
        description={describeMixture(layout, query, tokens)}
      >
        <g className="axis" aria-hidden="true">
          <line
            x1={layout.plotArea.left}
            x2={layout.plotArea.right}
            y1={layout.plotArea.bottom}
            y2={layout.plotArea.bottom}
          />
          <line
            x1={layout.plotArea.left}
            x2={layout.plotArea.left}
            y1={layout.plotArea.top}
            y2={layout.plotArea.bottom}
          />
          {layout.xTicks.map((t) => (
            <text key={`x${t.value}`} x={t.position} y={layout.plotArea.bottom + 18} textAnchor="middle">
              {t.label}
            </text>
          ))}
          {layout.yTicks.map((t) => (
            <text key={`y${t.value}`} x={layout.plotArea.left - 6} y={t.position} dy="0.32em" textAnchor="end">
              {t.label}
            </text>
          ))}
        </g>
        <g aria-hidden="true">
          <polygon className="mixture-hull" points={layout.hull} />
          {layout.values.map((v, j) => (
            <line
              key={`pull${j}`}
              className="mixture-pull"
              data-active={marked(j)}
              x1={layout.mixAt.x}
              y1={layout.mixAt.y}
              x2={v.at.x}
              y2={v.at.y}
              strokeWidth={v.width}
              strokeOpacity={v.opacity}
            />
          ))}
          {layout.values.map((v, j) => (
            <g key={`value${j}`} className="mixture-value" data-active={marked(j)} {...inspection.bind(j)}>
              <circle cx={v.at.x} cy={v.at.y} r={7} />
              <text x={v.label.x} y={v.label.y} dy="0.32em" textAnchor={v.anchor}>
                {pointName(j, tokens)}
              </text>
            </g>
          ))}
          {layout.values.map((v, j) => (
            <text
              key={`weight${j}`}
              className="mixture-weight"
              data-active={marked(j)}
              x={v.weightAt.x}
              y={v.weightAt.y}
              dy="0.32em"
              textAnchor={v.weightAnchor}
            >
              {formatNumber(v.weight)}
            </text>
          ))}
          <g className="mixture-mix">
            <rect
              x={layout.mixAt.x - 6}
              y={layout.mixAt.y - 6}
              width={12}
              height={12}
              transform={`rotate(45 ${layout.mixAt.x} ${layout.mixAt.y})`}
            />
            <text x={layout.mixAt.x} y={layout.mixAt.y + 20} dy="0.32em" textAnchor="middle">
              {o}
            </text>
          </g>
        </g>
      </ChartSvg>
      <figcaption>
        <p className="plot-note">
          Picturing {o}
          {labelSuffix(tokens, query)}; inspect an entry of another row of O to picture that row.
          {dv > 2 ? ` The value rows have ${dv} components; the picture shows components 0 and 1.` : ""}
          {dv === 1 ? " The value rows have one component each, so the points sit on a line." : ""}
        </p>
        <ul className="mixture-keys">
          {layout.values.map((v, j) => (
            <li key={j}>
              <button
                type="button"
                className="mixture-key"
                aria-pressed={j === active}
                data-active={marked(j)}
                {...inspection.bind(j)}
              >
                v{subscript(j)}
                {labelSuffix(tokens, j)} = {formatVector(v.value)}, weight {formatNumber(v.weight)}
              </button>
            </li>
          ))}
        </ul>
        <p className="mixture-readout" aria-live="polite">
          {inspected === null || active === null
            ? `${o} = ${formatVector(layout.mix)}: the thicker the line to a value, the harder that value pulls. Hover a point, or a key above, to see its share.`
            : `v${subscript(active)}${labelSuffix(tokens, active)} adds ${formatNumber(inspected.weight)}·${formatVector(inspected.value)} = ${formatVector(inspected.pull)} to ${o} = ${formatVector(layout.mix)}.`}
        </p>
      </figcaption>
    </figure>
  );
}
