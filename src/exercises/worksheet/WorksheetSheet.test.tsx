// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { WorksheetSheet, variantLink } from "./WorksheetSheet.tsx";
import { worksheetVariants } from "./variants.ts";
// The worksheet's island brings every family's code (WorksheetLive.tsx).
import "../families/all.ts";

const variants = worksheetVariants(
  [{ id: "dot-check", exercises: [{ kind: "dot-product", a: [3, 1], b: [1, 2] }] }],
  2,
  500,
);

function sheet(mode: "questions" | "answers"): HTMLElement {
  const host = document.createElement("div");
  host.innerHTML = renderToStaticMarkup(
    <WorksheetSheet title="Dot" pagePath="/concepts/dot-product/" origin="" variants={variants} mode={mode} />,
  );
  return host;
}

describe("WorksheetSheet", () => {
  it("prints each variant with its code and where to check it, and no answers", () => {
    const host = sheet("questions");
    const sections = [...host.querySelectorAll("section[data-variant]")];
    expect(sections.map((s) => s.getAttribute("data-variant"))).toEqual(["500", "501"]);
    expect(sections[1]!.textContent).toContain(variantLink("/concepts/dot-product/", 501));
    expect(variantLink("/concepts/dot-product/", 501)).toBe("/concepts/dot-product/?set=501#check-yourself");
    expect(host.querySelector(".ws-key")).toBeNull();
    expect(host.querySelectorAll(".ws-answer-line")).toHaveLength(2);
  });

  it("gives the key each variant's answer and working, computed for its own numbers", () => {
    const host = sheet("answers");
    const answers = [...host.querySelectorAll(".ws-key-answer")].map((a) => a.textContent);
    const expected = variants.map((v) => {
      const solved = v.exercises[0]!.solved;
      return solved.answer === "number" ? String(solved.value).replace("-", "−") : "";
    });
    expect(answers).toEqual(expected);
    expect(host.querySelectorAll(".ex-working").length).toBeGreaterThanOrEqual(2);
  });
});
