import type { PagedCacheSnapshot } from "../../math/index.ts";
import { sequenceList } from "./paged-words.ts";

interface PagedBlockPoolProps {
  readonly at: PagedCacheSnapshot;
  readonly blockSize: number;
  /** The physical block the inspected table entry points at, or null. */
  readonly pointed: number | null;
}

/**
 * Every physical block allocated so far: the logical block it holds, its fill, its reference
 * count, who points at it and where a copy came from. The block the inspected entry points at is
 * marked with "◀ inspected" in its row, not by colour alone.
 */
export function PagedBlockPool({ at, blockSize, pointed }: PagedBlockPoolProps) {
  return (
    <>
      <p className="paged-scroll-hint" aria-hidden="true">
        On a narrow screen the table scrolls sideways.
      </p>
      <div className="table-scroll" role="region" aria-label="Physical blocks in memory" tabIndex={0}>
        <table className="cache-table paged-pool">
          <caption>Physical blocks in memory ({at.blocks.length})</caption>
          <thead>
            <tr>
              <th scope="col">block</th>
              <th scope="col">holds logical block</th>
              <th scope="col">slots filled</th>
              <th scope="col">reference count</th>
              <th scope="col">used by</th>
              <th scope="col">copied from</th>
            </tr>
          </thead>
          <tbody>
            {at.blocks.map((b) => (
              <tr key={b.id} data-pointed={b.id === pointed || undefined}>
                <th scope="row">
                  {b.id}
                  {b.id === pointed ? <span className="paged-marker"> ◀ inspected</span> : null}
                </th>
                <td>{b.logical}</td>
                <td>
                  {b.filled} of {blockSize}
                </td>
                <td>{b.refCount}</td>
                <td>{b.sequences.length === 0 ? "nobody" : sequenceList(b.sequences)}</td>
                <td>{b.copiedFrom === null ? "—" : `block ${b.copiedFrom}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
