// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { CheckYourselfLive, loadReporting } from "../CheckYourselfLive.tsx";
import { loadFamilies } from "../families.ts";
import * as reporting from "./report.ts";

// The embed's height is measured in a hidden frame in a browser; here it is a fixed 900 px.
vi.mock("../../frame/embed-measure.ts", () => ({ measureEmbedHeight: () => Promise.resolve(900) }));

const props = {
  id: "qkv-check",
  exercises: [
    {
      kind: "projection-entry" as const,
      x: [2, 3],
      W: [
        [1, 10],
        [0, -1],
      ],
      j: 0,
    },
  ],
};

// As CheckYourselfLoader does before it shows the exercises.
beforeAll(() => loadFamilies(props.exercises.map((e) => e.kind)));
afterEach(() => {
  cleanup();
  document.body.removeAttribute("data-embed");
});
beforeEach(() => localStorage.clear());

describe("on a concept page", () => {
  beforeEach(() => window.history.replaceState(null, "", "/concepts/qkv-projections/?qkv-check-1.seed=7&x.y=1"));

  it("Share → Embed gives the exercises' embed code with the current seed; the checkbox adds report=1", async () => {
    render(<CheckYourselfLive {...props} />);
    fireEvent.click(screen.getByRole("button", { name: "Share" }));
    fireEvent.click(screen.getByRole("menuitem", { name: "Embed" }));
    // The panel's code arrives with the first use of the menu; the Share button keeps the focus.
    const code = (await screen.findByLabelText(/^Embed code/)) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Share" }));
    await waitFor(() => expect(code.value).toContain('height="900"'));
    expect(code.value).toContain(
      '<iframe src="http://localhost:3000/embed/qkv-projections/exercises/?qkv-check-1.seed=7"',
    );
    expect(code.value).toContain('"attention-by-hand:embed-height"');
    fireEvent.click(screen.getByRole("checkbox", { name: /Tell the course page/ }));
    expect(code.value).toContain("/embed/qkv-projections/exercises/?qkv-check-1.seed=7&amp;report=1");
  });

  it("works from the keyboard: ↓ opens the menu on Copy link, which copies; the focus returns to Share", async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    render(<CheckYourselfLive {...props} />);
    const share = screen.getByRole("button", { name: "Share" });
    share.focus();
    fireEvent.keyDown(share, { key: "ArrowDown" });
    const copy = screen.getByRole("menuitem", { name: "Copy link" });
    await waitFor(() => expect(document.activeElement).toBe(copy));
    fireEvent.click(copy);
    expect(document.activeElement).toBe(share);
    await waitFor(() =>
      expect(screen.getAllByRole("status").map((s) => s.textContent)).toContain(
        "Link copied. It opens these exercises with these numbers.",
      ),
    );
    expect(writeText).toHaveBeenCalledWith(
      "http://localhost:3000/concepts/qkv-projections/?qkv-check-1.seed=7#qkv-check",
    );
    // Embed, then Embed again: the panel opens and closes; the report choice is kept.
    const embed = () => {
      fireEvent.click(share);
      fireEvent.click(screen.getByRole("menuitem", { name: "Embed" }));
    };
    embed();
    fireEvent.click(await screen.findByRole("checkbox", { name: /Tell the course page/ }));
    embed();
    await waitFor(() => expect(screen.queryByLabelText(/^Embed code/)).toBeNull());
    embed();
    expect(await screen.findByRole("checkbox", { name: /Tell the course page/ })).toHaveProperty("checked", true);
  });
});

describe("on the exercises' embed page", () => {
  beforeEach(() => document.body.setAttribute("data-embed", ""));

  it("loads the completion messages' code there only", async () => {
    expect(await loadReporting()).toMatchObject({ readReportSetting: expect.any(Function) });
    document.body.removeAttribute("data-embed");
    expect(await loadReporting()).toBeNull();
  });

  it("has no Share menu, and a bad report= gets a note while the exercises work", () => {
    window.history.replaceState(null, "", "/embed/qkv-projections/exercises/?report=%3Cb%3Eyes");
    render(<CheckYourselfLive {...props} reporting={reporting} />);
    expect(screen.queryByRole("button", { name: "Share" })).toBeNull();
    const note = screen.getByRole("note");
    expect(note.textContent).toContain("“report=<b>yes” was not used");
    expect(note.querySelector("b")).toBeNull();
    fireEvent.change(screen.getByLabelText("Your answer"), { target: { value: "2" } });
    fireEvent.click(screen.getByRole("button", { name: "Check" }));
    expect(screen.getByRole("status").textContent).toContain("✓ Right.");
  });

  it("shows no note for report=1 or without report", () => {
    for (const search of ["?report=1", ""]) {
      window.history.replaceState(null, "", `/embed/qkv-projections/exercises/${search}`);
      render(<CheckYourselfLive {...props} reporting={reporting} />);
      expect(screen.queryByRole("note"), search).toBeNull();
      cleanup();
    }
  });
});
