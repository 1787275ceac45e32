// Formatting for the benchmark report, and the figures it saves and compares against: a run saved
// with --save=<file> is what a later run prints in brackets beside its own ("was …").
import { existsSync, readFileSync, writeFileSync } from "node:fs";

export const OK = "✓";
export const FAIL = "✗";
export const mark = (ok) => (ok ? OK : FAIL);
export const kb = (bytes) => (bytes === undefined ? "—" : `${(bytes / 1000).toFixed(1)} KB`);
export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
export const ms = (value) => (value === undefined ? "—" : `${value.toFixed(1)} ms`);
export const seconds = (value) => (value === undefined ? "—" : `${(value / 1000).toFixed(2)} s`);

/** A plain text table: columns padded to their widest cell; numbers-looking cells right-aligned. */
export function table(headers, rows, indent = "  ") {
  const all = [headers, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = headers.map((_, i) => Math.max(...all.map((row) => [...(row[i] ?? "")].length)));
  const numeric = headers.map(
    (_, i) => rows.length > 0 && rows.every((row) => /^[\d.,]+( \S+)?( \(.*\))?$|^—$/.test(String(row[i]))),
  );
  const line = (row) =>
    indent +
    row
      .map((cell, i) => {
        const pad = " ".repeat(widths[i] - [...cell].length);
        return numeric[i] ? pad + cell : cell + pad;
      })
      .join("   ")
      .trimEnd();
  return [line(all[0]), indent + widths.map((w) => "─".repeat(w)).join("   "), ...all.slice(1).map(line)].join("\n");
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/** Count, median and p95 of the numbers among `values` (nulls and undefined are left out). */
export function summarize(values) {
  const sorted = values.filter((v) => typeof v === "number").sort((a, b) => a - b);
  return { n: sorted.length, median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

/**
 * One table cell: the figure now, ✓ or ✗ against its budget (none when `ok` is undefined), and in
 * brackets the figure of the compared run, when it has one.
 */
export function cell(now, ok, before) {
  const text = ok === undefined ? now : `${now} ${mark(ok)}`;
  return before === undefined || before === "—" ? text : `${text} (was ${before})`;
}

/** `median / p95` of a summary, or "—". */
export const medianP95 = (summary) => (summary?.p95 === undefined ? "—" : `${ms(summary.median)} / ${ms(summary.p95)}`);

/** The saved figures of a run, or undefined when `file` is missing. */
export function loadFigures(file) {
  if (!file || !existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, "utf8"));
}

/** Writes `figures` ({ label, date, machine, pages: { [route]: … } }) to `file` as JSON. */
export function saveFigures(file, figures) {
  writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
}
