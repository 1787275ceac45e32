import { decodeStepWork, groupDigits, prefillWork, type AttentionWork } from "../../math/index.ts";
import type { DecodeWorkTableProps } from "./DecodeWorkTable.schema.ts";

export type { DecodeWorkTableProps };

/**
 * What prefill of an n-token prompt and the decode steps after it compute and read, in one layer
 * and one attention head, with a KV cache. Static: the numbers never change, so it ships no
 * JavaScript.
 */
export function DecodeWorkTable({ prompt, steps, headDim = 64 }: DecodeWorkTableProps) {
  const rows: { name: string; work: AttentionWork }[] = [
    { name: `Prefill of ${prompt} tokens`, work: prefillWork(prompt, headDim) },
    ...Array.from({ length: steps }, (_, k) => ({
      name: `Decode step ${k + 1} (t = ${prompt + k + 1})`,
      work: decodeStepWork(prompt + k + 1, headDim, true),
    })),
  ];
  return (
    <div className="table-scroll" role="region" aria-label="Prefill and decode in numbers" tabIndex={0}>
      <table className="work-table">
        <caption>
          Prefill and decode in numbers: one layer, one head of size {groupDigits(headDim)}, with a KV cache
        </caption>
        <thead>
          <tr>
            <th scope="col">phase</th>
            <th scope="col">queries</th>
            <th scope="col">score matrix</th>
            <th scope="col">of which masked (−∞)</th>
            <th scope="col">new k, v rows written to the cache</th>
            <th scope="col">k, v rows read from the cache</th>
            <th scope="col">multiply–adds</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ name, work }) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>{groupDigits(work.queryRows)}</td>
              <td>
                {groupDigits(work.queryRows)}×{groupDigits(work.tokens)} = {groupDigits(work.scores)}
              </td>
              <td>{groupDigits(work.maskedScores)}</td>
              <td>{groupDigits(work.kvRowsComputed)}</td>
              <td>{groupDigits(work.kvRowsRead)}</td>
              <td>{groupDigits(work.multiplyAdds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
