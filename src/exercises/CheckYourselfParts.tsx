import { formatNumber } from "../math/index.ts";
import type { ExerciseTable, SolvedExercise } from "./core.ts";

/** The answer in words: "17", "≈ 0.67", "512 MiB", an option's text, or the selected keys. */
export function answerText(solved: SolvedExercise): string {
  if (solved.answer === "number") {
    const shown = formatNumber(solved.value, solved.decimals ?? 6);
    return `${solved.decimals === undefined ? "" : "≈ "}${shown}${solved.unit && solved.unit !== "bytes" ? ` ${solved.unit}` : solved.unit ? " bytes" : ""}`;
  }
  if (solved.answer === "choice") return solved.options.find((o) => o.correct)?.text ?? "";
  return solved.correct.length === 0 ? "none" : solved.correct.map((k) => solved.options[k]).join(", ");
}

export function Table({ table }: { table: ExerciseTable }) {
  return (
    <table className="ex-table">
      <caption>{table.label}</caption>
      {table.colLabels && (
        <thead>
          <tr>
            {table.rowLabels && <td />}
            {table.colLabels.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody>
        {table.rows.map((r, i) => (
          <tr key={i}>
            {table.rowLabels && <th scope="row">{table.rowLabels[i]}</th>}
            {r.map((v, j) => (
              <td key={j}>{formatNumber(v, 4)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The question and its numbers, the same with and without JavaScript. */
export function Question({ solved, n }: { solved: SolvedExercise; n: number }) {
  return (
    <>
      <h3 className="ex-title">Exercise {n}</h3>
      <p className="ex-prompt">{solved.prompt}</p>
      {solved.tables.length > 0 && (
        <div className="ex-tables">
          {solved.tables.map((t) => (
            <Table key={t.label} table={t} />
          ))}
        </div>
      )}
    </>
  );
}

export function Working({ lines }: { lines: readonly string[] }) {
  return (
    <>
      {lines.map((line) => (
        <p key={line} className="ex-working">
          {line}
        </p>
      ))}
    </>
  );
}
