import type { Concept } from "../catalog/schema.ts";
import { conceptHref } from "../site.ts";
import type { CollectedEntry } from "../notation/collect.ts";
import { withSubscripts } from "../notation/subscripts.tsx";

interface NotationPageProps {
  readonly entries: readonly CollectedEntry[];
  readonly concepts: readonly Concept[];
}

/**
 * Every symbol of the site (src/data/notation/*.ts): its meaning, its shape and the page that
 * introduces it, after the conventions every page follows.
 */
export function NotationPage({ entries, concepts }: NotationPageProps) {
  const titles = new Map(concepts.map((concept) => [concept.slug, concept.title]));
  return (
    <>
      <h1>Notation</h1>
      <p className="lede">
        Every symbol the site uses, what it means and where it first appears. A symbol means the same thing on every
        page.
      </p>
      <h2 id="conventions">Conventions</h2>
      <ul>
        <li>Vectors are rows, and a projection multiplies on the right: y = xW, so entry j of y uses column j of W.</li>
        <li>
          Positions, tokens, vector entries, and the rows and columns of a matrix are counted from 0, as code counts
          them: token 0 is the first token, and S<sub>21</sub> is row 2, column 1.
        </li>
        <li>
          Heads and layers are counted from 1, as papers count them, and always written with their word: head 1, layer
          2.
        </li>
        <li>
          The weight matrices are W<sub>Q</sub>, W<sub>K</sub>, W<sub>V</sub> and W<sub>O</sub>; Vaswani et al. write
          the same matrices W<sup>Q</sup>, W<sup>K</sup>, W<sup>V</sup> and W<sup>O</sup>.
        </li>
        <li>
          A matrix’s entries carry its letter: S<sub>21</sub> is the score of query 2 against key 1, A<sub>21</sub> its
          weight. A prime marks the same quantity after a change its page names: Q′ for the queries of the reordered
          input, q′ for a query after RoPE.
        </li>
        <li>
          A link to an example names each number after the symbol the example shows: <code>qkv-projection.W=…</code>.
        </li>
      </ul>
      <h2 id="symbols">Symbols</h2>
      <div className="table-scroll">
        <table className="notation-table">
          <caption>Every symbol, in alphabetical order</caption>
          <thead>
            <tr>
              <th scope="col">Symbol</th>
              <th scope="col">Meaning</th>
              <th scope="col">Shape</th>
              <th scope="col">Introduced in</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={`${entry.symbol}-${entry.sub ?? ""}-${entry.pageOnly ? entry.introducedIn : ""}`}>
                <th scope="row" className="notation-symbol">
                  {entry.symbol}
                  {entry.sub ? <sub>{entry.sub}</sub> : null}
                </th>
                <td>{withSubscripts(entry.meaning)}</td>
                <td>{entry.shape ? withSubscripts(entry.shape) : "—"}</td>
                <td>
                  <a href={conceptHref(entry.introducedIn)}>{titles.get(entry.introducedIn)}</a>
                  {entry.pageOnly ? " (this meaning on that page only)" : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
