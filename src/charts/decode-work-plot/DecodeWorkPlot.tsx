import { useId } from "react";
import { decodeStepWork, doublingTokenCounts, groupDigits } from "../../math/index.ts";
import { WORK_PLOT_HEIGHT, WORK_PLOT_WIDTH, layoutWorkPlot } from "./decode-work-layout.ts";
import { ChartSvg } from "../ChartSvg.tsx";
import { ScrollingTable } from "../ScrollingTable.tsx";

interface DecodeWorkPlotProps {
  /** Tokens in the context at the last step drawn. */
  readonly seqLen: number;
  /** Size of one head's key and value vectors. */
  readonly headDim: number;
}

const WITH_CACHE = "with a KV cache";
const WITHOUT_CACHE = "without a cache (recompute everything)";

/**
 * Multiply–adds of attention per decode step, in one layer and one head, as the context grows to
 * seqLen tokens: a line with a cache, a line without, on a log scale; then the same numbers as a
 * table, which is also the figure's text alternative.
 */
export function DecodeWorkPlot({ seqLen, headDim }: DecodeWorkPlotProps) {
  const id = useId();
  const layout = layoutWorkPlot(seqLen, headDim);
  const { plot } = layout;
  const last = { cached: decodeStepWork(seqLen, headDim, true), uncached: decodeStepWork(seqLen, headDim, false) };
  const title = `Work per decode step, one layer and one head of size ${groupDigits(headDim)}, up to ${groupDigits(seqLen)} tokens`;
  const description =
    `Multiply–adds on a logarithmic scale against the number of tokens t. With a KV cache the work grows in a straight ` +
    `proportion to t and reaches ${groupDigits(last.cached.multiplyAdds)} at t = ${groupDigits(seqLen)}. Without a cache it ` +
    `grows with t squared and reaches ${groupDigits(last.uncached.multiplyAdds)}. The table below lists the values.`;
  return (
    <figure className="decode-work">
      <figcaption>{title}</figcaption>
      <ChartSvg id={id} width={WORK_PLOT_WIDTH} height={WORK_PLOT_HEIGHT} title={title} description={description}>
        <g className="axis" aria-hidden="true">
          {layout.yTicks.map((tick) => (
            <g key={tick.label}>
              <line x1={plot.left} x2={plot.right} y1={tick.at} y2={tick.at} />
              <text x={plot.left} dx="-6" y={tick.at} dy="0.32em" textAnchor="end">
                {tick.label}
              </text>
            </g>
          ))}
          {layout.xTicks.map((tick) => (
            <text key={tick.label} x={tick.at} y={plot.bottom} dy="18" textAnchor="middle">
              {tick.label}
            </text>
          ))}
          <line className="axis-base" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
          <text className="axis-title" x={(plot.left + plot.right) / 2} y={WORK_PLOT_HEIGHT - 8} textAnchor="middle">
            tokens in the context, t
          </text>
          <text
            className="axis-title"
            transform={`translate(14 ${(plot.top + plot.bottom) / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            multiply–adds per step
          </text>
        </g>
        <g aria-hidden="true">
          <path className="work-line work-uncached" d={layout.uncachedPath} />
          <path className="work-line work-cached" d={layout.cachedPath} />
          <rect
            className="work-marker work-uncached"
            x={layout.uncachedEnd.x - 5}
            y={layout.uncachedEnd.y - 5}
            width={10}
            height={10}
          />
          <circle className="work-marker work-cached" cx={layout.cachedEnd.x} cy={layout.cachedEnd.y} r={5} />
        </g>
      </ChartSvg>
      <ul className="work-legend">
        <li>
          <svg viewBox="0 0 36 12" width="36" height="12" aria-hidden="true">
            <line className="work-line work-uncached" x1="0" x2="36" y1="6" y2="6" />
            <rect className="work-marker work-uncached" x="13" y="1" width="10" height="10" />
          </svg>
          {WITHOUT_CACHE}: dashed, square
        </li>
        <li>
          <svg viewBox="0 0 36 12" width="36" height="12" aria-hidden="true">
            <line className="work-line work-cached" x1="0" x2="36" y1="6" y2="6" />
            <circle className="work-marker work-cached" cx="18" cy="6" r="5" />
          </svg>
          {WITH_CACHE}: solid, round
        </li>
      </ul>
      <WorkTable seqLen={seqLen} headDim={headDim} />
    </figure>
  );
}

/** The plot's numbers at t = 1, 2, 4, … and seqLen. */
function WorkTable({ seqLen, headDim }: DecodeWorkPlotProps) {
  return (
    <ScrollingTable
      className="work-table"
      label="Work per decode step in numbers"
      caption="Work per decode step in numbers (one layer, one head)"
    >
      <thead>
        <tr>
          <th scope="col">t</th>
          <th scope="col">k, v rows computed: cache / none</th>
          <th scope="col">scores: cache / none</th>
          <th scope="col">multiply–adds with a cache</th>
          <th scope="col">multiply–adds without</th>
        </tr>
      </thead>
      <tbody>
        {doublingTokenCounts(seqLen).map((t) => {
          const cached = decodeStepWork(t, headDim, true);
          const uncached = decodeStepWork(t, headDim, false);
          return (
            <tr key={t}>
              <th scope="row">{groupDigits(t)}</th>
              <td>
                {groupDigits(cached.kvRowsComputed)} / {groupDigits(uncached.kvRowsComputed)}
              </td>
              <td>
                {groupDigits(cached.scores)} / {groupDigits(uncached.scores)}
              </td>
              <td>{groupDigits(cached.multiplyAdds)}</td>
              <td>{groupDigits(uncached.multiplyAdds)}</td>
            </tr>
          );
        })}
      </tbody>
    </ScrollingTable>
  );
}
