import { ScrollingTable } from "../../../charts/ScrollingTable.tsx";
import {
  attentionKind,
  CACHE_PRESETS,
  cacheFactors,
  formatBytes,
  groupDigits,
  kvCacheBytes,
} from "../../../math/index.ts";

/** A preset's source with each configuration key (“max_position_embeddings”) set as code, as the file spells it. */
function sourceText(source: string) {
  return source.split(/\b([a-z]+(?:_[a-z]+)+)\b/).map((part, k) => (k % 2 === 1 ? <code key={k}>{part}</code> : part));
}

/**
 * The cache size of every published preset, at its full context length and batch 1, with the
 * formula's numbers written out. Rendered at build time only: readers without JavaScript get the
 * calculator's presets here, and it costs no JavaScript.
 */
export function CacheSizeTable() {
  return (
    <ScrollingTable
      className="cache-table"
      label="KV cache size of each preset"
      caption="KV cache size of each preset, one sequence at full context"
    >
      <thead>
        <tr>
          <th scope="col">model</th>
          <th scope="col">layers</th>
          <th scope="col">query heads</th>
          <th scope="col">KV heads</th>
          <th scope="col">attention</th>
          <th scope="col">head size</th>
          <th scope="col">tokens</th>
          <th scope="col">bytes per value</th>
          <th scope="col">2 · layers · KV heads · head size · tokens · batch · bytes</th>
        </tr>
      </thead>
      <tbody>
        {CACHE_PRESETS.map(({ id, name, queryHeads, shape, source }) => {
          const bytes = formatBytes(kvCacheBytes(shape));
          return (
            <tr key={id}>
              <th scope="row">
                {name} <span className="cache-source">({sourceText(source)})</span>
              </th>
              <td>{groupDigits(shape.layers)}</td>
              <td>{groupDigits(queryHeads)}</td>
              <td>{groupDigits(shape.kvHeads)}</td>
              <td>{attentionKind(queryHeads, shape.kvHeads)}</td>
              <td>{groupDigits(shape.headDim)}</td>
              <td>{groupDigits(shape.seqLen)}</td>
              <td>{groupDigits(shape.bytesPerValue)}</td>
              <td className="cache-table-result">
                {cacheFactors(shape)
                  .map((f) => groupDigits(f))
                  .join(" · ")}{" "}
                <span className="nowrap">= {bytes.text}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </ScrollingTable>
  );
}
