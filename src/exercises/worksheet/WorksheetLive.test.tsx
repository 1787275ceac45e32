// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { WorksheetLive, type WorksheetProps } from "./WorksheetLive.tsx";

const props: WorksheetProps = {
  title: "Dot product",
  pagePath: "/concepts/dot-product/",
  sheetPath: "/concepts/dot-product/worksheet/",
  keyPath: "/concepts/dot-product/answers/",
  sets: [{ id: "dot-check", exercises: [{ kind: "dot-product", a: [1, 2], b: [3, 4] }] }],
  mode: "questions",
};

/** The codes of the variants on the sheet now. */
const codes = (container: HTMLElement) =>
  [...container.querySelectorAll(".ws-variant")].map((v) => v.getAttribute("data-variant"));

// What the island does before hydrating (src/islands/load-island.ts): its sets' families.
let prepared: unknown;
beforeAll(async () => {
  prepared = await WorksheetLive.prepare(props);
});
afterEach(cleanup);
beforeEach(() => window.history.replaceState(null, "", "/concepts/dot-product/worksheet/?variants=3&first=2000"));

describe("the worksheet's variant count", () => {
  it.each(["0", "41", "-1", "100000", "2.5", "ten", ""])(
    "typed as %j: a message saying 1 to 40, and the sheet and address unchanged",
    (typed) => {
      const { container } = render(<WorksheetLive {...props} />);
      const before = codes(container);
      expect(before).toHaveLength(3);
      fireEvent.change(screen.getByLabelText("Variants (1–40)"), { target: { value: typed } });
      fireEvent.click(screen.getByRole("button", { name: "Make worksheet" }));
      const status = screen.getByRole("status").textContent ?? "";
      expect(status).toContain("a whole number from 1 to 40");
      expect(status).toContain("The worksheet below is unchanged.");
      expect(codes(container)).toEqual(before);
      expect(window.location.search).toBe("?variants=3&first=2000");
    },
  );

  it("marks the refused field invalid, names the message, takes focus, and clears the mark when typed in", () => {
    render(<WorksheetLive {...props} />);
    const count = screen.getByLabelText("Variants (1–40)");
    const first = screen.getByLabelText("First code");
    fireEvent.change(count, { target: { value: "ten" } });
    fireEvent.click(screen.getByRole("button", { name: "Make worksheet" }));
    expect(count.getAttribute("aria-invalid")).toBe("true");
    expect(first.hasAttribute("aria-invalid")).toBe(false);
    expect(document.getElementById(count.getAttribute("aria-describedby") ?? "")).toBe(screen.getByRole("status"));
    expect(document.activeElement).toBe(count);
    fireEvent.change(count, { target: { value: "5" } });
    expect(count.hasAttribute("aria-invalid")).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "Make worksheet" }));
    expect(screen.getByRole("status").textContent).toContain("5 variants");
  });

  it.each(["0", "41"])("in the link as %j: a note, and the default 4 variants", (count) => {
    window.history.replaceState(null, "", `/concepts/dot-product/worksheet/?variants=${count}`);
    const { container } = render(<WorksheetLive {...props} />);
    expect(screen.getByRole("status").textContent).toContain(`“variants=${count}” in the link was not used`);
    expect(codes(container)).toHaveLength(4);
  });
});

describe("before it hydrates", () => {
  it("loads the code of the families its sets use, and no other", async () => {
    expect(prepared).toEqual(["products"]);
    // Already loaded: preparing again fetches nothing.
    expect(await WorksheetLive.prepare(props)).toEqual([]);
  });
});
