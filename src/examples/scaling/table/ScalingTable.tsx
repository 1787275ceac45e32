import { ScrollingTable } from "../../../charts/ScrollingTable.tsx";
import { formatNumber } from "../../../math/index.ts";
import { DEFAULT_KEY_SIZES, sampleScaling } from "../scaling-demo.ts";
import type { ScalingTableProps } from "../ScalingPlot.schema.ts";
import { equalsOrApprox, formatWeight } from "../../../text/weight-format.ts";

export type { ScalingTableProps };

/**
 * Every key size of a √dₖ figure at once, as a table: the variance of the scores grows with dₖ,
 * dividing by √dₖ brings it back to about 1, and the largest weight without scaling climbs toward
 * 1 (one-hot) while the scaled one stays spread. Rendered at build time only: it never changes,
 * so it is not part of the figure's island and costs no JavaScript.
 */
export function ScalingTable({ seed, keys = 8, keySizes = [...DEFAULT_KEY_SIZES] }: ScalingTableProps) {
  const samples = keySizes.map((size) => sampleScaling(seed, size, keys));
  return (
    <ScrollingTable className="scaling-table" label="Every key size in numbers" caption="Every key size in numbers">
      <thead>
        <tr>
          <th scope="col">dₖ</th>
          <th scope="col">variance of q·k</th>
          <th scope="col">variance of q·k / √dₖ</th>
          <th scope="col">largest weight, not scaled</th>
          <th scope="col">largest weight, scaled</th>
        </tr>
      </thead>
      <tbody>
        {samples.map((sample) => (
          <tr key={sample.keySize}>
            <th scope="row">{formatNumber(sample.keySize)}</th>
            <td>{equalsOrApprox(sample.variance)}</td>
            <td>{equalsOrApprox(sample.scaledVariance)}</td>
            <td>{formatWeight(sample.largestWeight)}</td>
            <td>{formatWeight(sample.largestScaledWeight)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollingTable>
  );
}
