import { decodeStepWork, groupDigits, prefillWork, type AttentionWork } from "../../math/index.ts";
import { ScrollingTable } from "../../charts/ScrollingTable.tsx";
import type { DecodeWorkTableProps } from "./DecodeWorkTable.schema.ts";

export type { DecodeWorkTableProps };

/**
 * What prefill of an n-token prompt and the decode steps after it compute and read, in one layer
 * and one attention head, with a KV cache. Static: the numbers never change, so it ships no
 * JavaScript.
 */
export function DecodeWorkTable({ prompt, steps, headDim = 64 }: DecodeWorkTableProps) {
  const rows: { name: string; step: string | null; work: AttentionWork }[] = [
    { name: `Prefill of ${prompt} tokens`, step: null, work: prefillWork(prompt, headDim) },
    ...Array.from({ length: steps }, (_, k) => ({
      name: `Decode step ${k + 1}`,
      step: `(t = ${prompt + k + 1})`,
      work: decodeStepWork(prompt + k + 1, headDim, true),
    })),
  ];
  return (
    <ScrollingTable
      className="work-table"
      label="Prefill and decode in numbers"
      caption={<>Prefill and decode in numbers: one layer, one head of size {groupDigits(headDim)}, with a KV cache</>}
    >
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
        {rows.map(({ name, step, work }) => (
          <tr key={name}>
            <th scope="row">
              {name}
              {step === null ? null : (
                <>
                  {" "}
                  <span className="nowrap">{step}</span>
                </>
              )}
            </th>
            <td>{groupDigits(work.queryRows)}</td>
            <td className="nowrap">
              {groupDigits(work.queryRows)}×{groupDigits(work.tokens)} = {groupDigits(work.scores)}
            </td>
            <td>{groupDigits(work.maskedScores)}</td>
            <td>{groupDigits(work.kvRowsComputed)}</td>
            <td>{groupDigits(work.kvRowsRead)}</td>
            <td>{groupDigits(work.multiplyAdds)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollingTable>
  );
}
