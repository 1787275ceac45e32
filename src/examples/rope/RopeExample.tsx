import {
  compareRopeShift,
  explainRopeEntry,
  formatNumber,
  ropeTheta,
  speakNumber,
  subscript,
  type Vector,
} from "../../math/index.ts";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import { MatrixGrid, type CellRole } from "../../inspect/MatrixGrid.tsx";
import { useInspection } from "../../inspect/useInspection.ts";
import { ropeSpec, type RopeTarget } from "./RopeExample.editing.ts";
import type { RopeExampleProps } from "./RopeExample.schema.ts";
import { RopeInWords } from "./RopeInWords.tsx";
import { describeRopeTarget, positionOf, shiftVerdict } from "./rope-text.ts";

export type { RopeExampleProps };

const FOUR = (v: number) => formatNumber(v, 4);
const pairLabels = (d: number) => Array.from({ length: d / 2 }, (_, i) => `pair ${i}`);

/**
 * RoPE by hand: q turned at m and k turned at n, pair by pair (θᵢ = base^(−2i/d), angle m·θᵢ),
 * their score, and the same two vectors scored again after both positions move by `shift`.
 * Inspecting a turned entry shows its pair, angle, cos and sin, marks the pair it comes from and
 * shows that pair's rotation matrix; inspecting a score shows its terms and the angles between
 * the pairs, which depend on m − n only.
 */
function RopeView(props: RopeExampleProps) {
  const { id, q, k, m, n, shift, base } = props;
  const d = q.length;
  const c = compareRopeShift(q, k, m, n, shift, base);
  const inspection = useInspection<RopeTarget>();
  const active = inspection.active;
  const text = active === null ? null : describeRopeTarget(props, c, active);
  // The turn shown as a matrix: the inspected entry's pair, else pair 0 of q at m.
  const turnPart = active?.part === "k" ? "k" : "q";
  const turnAt = active?.at ?? 0;
  const turnPair = active !== null && active.part !== "score" ? Math.floor(active.j / 2) : 0;
  const turnPosition = positionOf(props, turnPart, turnAt);
  /** The pair's two entries, e.g. q₀ and q₁ for pair 0 of q; turned, q′₀ and q′₁. */
  const pairNames = [0, 1].map((c) => `${turnPart}${subscript(2 * turnPair + c)}`);
  const turnedNames = pairNames.map((name) => `${turnPart}′${name.slice(turnPart.length)}`);
  const turn = explainRopeEntry(turnPart === "q" ? q : k, turnPosition, 2 * turnPair, base);
  const thetas = pairLabels(d).map((_, i) => ropeTheta(i, d, base));

  const pairOf =
    (part: "q" | "k") =>
    (_: number, j: number): CellRole =>
      active !== null && active.part === part && Math.floor(active.j / 2) === Math.floor(j / 2) ? "ingredient" : null;

  const turned = (part: "q" | "k", at: 0 | 1, values: Vector) => {
    const p = positionOf(props, part, at);
    const isActive = (j: number) => active?.part === part && active.at === at && active.j === j;
    const inScore = active?.part === "score" && active.at === at;
    return (
      <div className="operand">
        <p className="operand-title">
          {part}′ = {part} turned at {p}
        </p>
        <MatrixGrid
          values={[values]}
          label={`${part} turned at position ${p}: inspect an entry`}
          cellLabel={(_, j, v) => `${part}′${subscript(j)} at position ${p} = ${speakNumber(v)}`}
          roleOf={(_, j) => (isActive(j) ? "inspected" : inScore ? "ingredient" : null)}
          inspect={{
            active: active?.part === part && active.at === at ? { row: 0, col: active.j } : null,
            bind: (cell) => inspection.bind({ part, at, j: cell.col }),
          }}
        />
      </div>
    );
  };

  const score = (at: 0 | 1) => {
    const e = at === 0 ? c.near : c.far;
    const inspected = active?.part === "score" && active.at === at;
    return (
      <div className="operand">
        <p className="operand-title">Score q′·k′</p>
        <MatrixGrid
          values={[[e.sum]]}
          label={`Score at positions ${e.m} and ${e.n}: inspect it`}
          cellLabel={(_, __, v) => `Score of q at ${e.m} and k at ${e.n} = ${speakNumber(v)}`}
          roleOf={() => (inspected ? "inspected" : null)}
          inspect={{
            active: inspected ? { row: 0, col: 0 } : null,
            bind: () => inspection.bind({ part: "score", at, j: 0 }),
          }}
        />
      </div>
    );
  };

  return (
    <div
      className="example rope-example"
      data-example={id}
      role="group"
      aria-label="Rotary position example"
      onKeyDown={inspection.onKeyDown}
    >
      <div className="equation-row">
        {(["q", "k"] as const).map((part) => (
          <div key={part} className="operand">
            <p className="operand-title">{part === "q" ? "Query q" : "Key k"}</p>
            <MatrixGrid
              values={[part === "q" ? q : k]}
              edit={part}
              label={part === "q" ? "Query q before turning" : "Key k before turning"}
              cellLabel={(_, j, v) => `${part}${subscript(j)} = ${speakNumber(v)}`}
              roleOf={pairOf(part)}
            />
          </div>
        ))}
        <div className="operand">
          <p className="operand-title">Angle per position</p>
          <MatrixGrid
            values={thetas.map((t) => [t])}
            format={FOUR}
            label={`θ for each pair, base ${formatNumber(base)}`}
            rowLabels={pairLabels(d)}
            colLabels={["θᵢ (rad)"]}
            cellLabel={(i, _, v) => `θ${subscript(i)} = ${speakNumber(v, 4)} radians`}
            roleOf={(i) =>
              active !== null && active.part !== "score" && Math.floor(active.j / 2) === i ? "ingredient" : null
            }
          />
        </div>
      </div>
      <p className="operand-note">
        Query at m = {m}, key at n = {n}; base {formatNumber(base)}, so θᵢ = {formatNumber(base)}^(−2i/{d}). Then both
        move by {shift}.
      </p>

      <div className="rope-turn">
        <p className="operand-title">
          Pair {turnPair} of {turnPart} at position {turnPosition}: turned by {FOUR(turn.angle)} rad
        </p>
        <MatrixGrid
          values={[
            [turn.cos, turn.sin],
            [-turn.sin, turn.cos],
          ]}
          format={FOUR}
          label={`Rotation matrix R for pair ${turnPair} of ${turnPart} at position ${turnPosition}`}
          rowLabels={pairNames}
          colLabels={turnedNames}
          cellLabel={(i, j, v) =>
            `R row ${i}, column ${j}: ${["cos", "sin", "minus sin", "cos"][2 * i + j]} = ${speakNumber(v, 4)}`
          }
        />
        <p className="operand-note">
          [{turnedNames.join(", ")}] = [{pairNames.join(", ")}]·R: {turnedNames[0]} = {pairNames[0]}·cos −{" "}
          {pairNames[1]}·sin, {turnedNames[1]} = {pairNames[0]}·sin + {pairNames[1]}·cos. A turn keeps the pair’s
          length.
        </p>
      </div>

      <div className="rope-columns">
        {([0, 1] as const).map((at) => (
          <div key={at} className="rope-column">
            <p className="operand-title">
              {at === 0 ? `At m = ${m}, n = ${n}` : `Both moved by ${shift}: m = ${m + shift}, n = ${n + shift}`}
            </p>
            <div className="equation-row">
              {turned("q", at, (at === 0 ? c.near : c.far).qRotated)}
              {turned("k", at, (at === 0 ? c.near : c.far).kRotated)}
              {score(at)}
            </div>
          </div>
        ))}
      </div>
      <p className="rope-verdict">{shiftVerdict(c)}</p>

      <div className="readout" aria-live="polite" aria-atomic="true">
        {text === null ? (
          <p>Hover, focus or tap an entry of q′ or k′, or a score, to see how it is computed.</p>
        ) : (
          <>
            <p className="expansion">{text.expansion}</p>
            <p>{text.detail}</p>
          </>
        )}
      </div>
      <RopeInWords values={props} comparison={c} />
    </div>
  );
}

/**
 * RoPE worked by hand, editable (q, k, m, n, the shift and the base), linkable, embeddable and
 * downloadable.
 */
export const RopeExample = editableExample(RopeView, ropeSpec, "Rotary position example");
