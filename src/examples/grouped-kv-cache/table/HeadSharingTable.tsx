import {
  compareSharing,
  groupDigits,
  queryHeadsOf,
  TOY_GROUPED_DECODERS,
  TOY_QUERY_HEADS,
  type SharingShape,
} from "../../../math/index.ts";
import { headList, KIND_NAMES } from "../../../text/head-sharing.ts";

/** The toy grouped decoder's shape, read from the model itself: 4 query heads, 2 layers, fp32. */
export const TOY_SHARING_SHAPE: SharingShape = {
  queryHeads: TOY_QUERY_HEADS,
  dHead: TOY_GROUPED_DECODERS.MHA.layers[0]!.Wk[0]![0]!.length,
  layers: TOY_GROUPED_DECODERS.MHA.layers.length,
  bytesPerValue: 4,
};

/**
 * ["KV head 1: query heads 1 and 2", "KV head 2: query heads 3 and 4"]: who reads which KV head,
 * heads numbered from 1.
 */
export function readersText(queryHeads: number, kvHeads: number): string[] {
  return Array.from(
    { length: kvHeads },
    (_, g) =>
      `KV head ${g + 1}: ${headList(
        queryHeadsOf(g, queryHeads, kvHeads).map((q) => q + 1),
        "query head",
      )}`,
  );
}

/**
 * The three ways the toy's 4 query heads can share KV heads, side by side: which query heads
 * read each KV head, and the key and value rows, numbers and bytes the cache gains per token.
 * Rendered at build time only; its numbers come from compareSharing.
 */
export function HeadSharingTable({ shape = TOY_SHARING_SHAPE }: { readonly shape?: SharingShape }) {
  const { queryHeads, dHead, layers, bytesPerValue } = shape;
  return (
    <>
      <p className="gqa-scroll-hint" aria-hidden="true">
        On a narrow screen the table scrolls sideways.
      </p>
      <div className="table-scroll" role="region" aria-label="How the query heads share KV heads" tabIndex={0}>
        <table className="cache-table gqa-sharing-table">
          <caption>
            {queryHeads} query heads of size {dHead}, {layers} layers, {bytesPerValue} bytes per number: what each way
            of sharing caches per token
          </caption>
          <thead>
            <tr>
              <th scope="col">attention</th>
              <th scope="col">KV heads</th>
              <th scope="col">who reads each KV head</th>
              <th scope="col">K and V rows per token and layer ({dHead} numbers each)</th>
              <th scope="col">bytes per token, all layers</th>
            </tr>
          </thead>
          <tbody>
            {compareSharing(shape).map((c) => (
              <tr key={c.kvHeads}>
                <th scope="row">
                  {c.kind} <span className="gqa-kind-name">{KIND_NAMES[c.kind]}</span>
                </th>
                <td>{c.kvHeads}</td>
                <td>
                  {readersText(queryHeads, c.kvHeads).map((line, g) => (
                    <span key={g} className="gqa-reader">
                      {line}
                      {g < c.kvHeads - 1 ? "; " : ""}
                    </span>
                  ))}
                </td>
                <td className="gqa-formula">
                  {c.kvHeads} + {c.kvHeads} = {c.rowsPerTokenPerLayer}
                </td>
                <td className="gqa-formula">
                  2 · {layers} · {c.kvHeads} · {dHead} · {bytesPerValue} = {groupDigits(c.bytesPerToken)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
