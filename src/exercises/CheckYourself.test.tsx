// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { IslandCollector, type IslandRecord } from "../islands/Island.tsx";
import { PROGRESS_KEY, readProgress } from "./progress.ts";
import { CheckYourself } from "./CheckYourself.tsx";
import { checkYourselfSchema } from "./CheckYourself.schema.ts";
import { CheckYourselfLive } from "./CheckYourselfLive.tsx";
import { describePropsProblem } from "../mdx/props-problem.ts";
import { variantSeed, worksheetVariants } from "./worksheet/variants.ts";

afterEach(cleanup);
beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, "", "/concepts/qkv-projections/");
});

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
      j: 1,
    },
    { kind: "scaled-score" as const, score: 10, dk: 9 },
  ],
};

describe("checkYourselfSchema", () => {
  it("accepts exercises whose numbers fit their kind", () => {
    expect(checkYourselfSchema.safeParse(props).success).toBe(true);
  });

  it("names the exercise whose index is out of range", () => {
    const bad = {
      id: "c",
      exercises: [
        {
          kind: "projection-entry",
          x: [2, 3],
          W: [
            [1, 10],
            [0, -1],
          ],
          j: 2,
        },
      ],
    };
    expect(describePropsProblem("CheckYourself", checkYourselfSchema, bad)).toContain("exercise 1 (projection-entry)");
  });

  it("refuses a choice with no correct option, an unknown kind and a fifth exercise", () => {
    const choice = {
      kind: "choice",
      question: "?",
      hint: "h",
      options: [
        { text: "a", why: "w" },
        { text: "b", why: "w" },
      ],
    };
    expect(checkYourselfSchema.safeParse({ id: "c", exercises: [choice] }).success).toBe(false);
    expect(checkYourselfSchema.safeParse({ id: "c", exercises: [{ kind: "guess" }] }).success).toBe(false);
    expect(checkYourselfSchema.safeParse({ id: "c", exercises: Array(5).fill(props.exercises[0]) }).success).toBe(
      false,
    );
  });
});

describe("CheckYourself on the server", () => {
  it("renders every question with its answer and working in a closed <details>, beside an island", () => {
    const islands: IslandRecord[] = [];
    const html = renderToStaticMarkup(
      <IslandCollector value={islands}>
        <CheckYourself {...props} />
      </IslandCollector>,
    );
    expect(html).toContain("Compute y₁, component 1 of y = xW.");
    expect(html).toContain('<details class="ex-details"><summary>Answer and working</summary><p>Answer: 17</p>');
    expect(html).toContain("y₁ = 2·10 + 3·(−1) = 17");
    // 10 / √9 = 10 / 3 = 3.333…, asked to 2 decimals.
    expect(html).toContain("10 / √9 = 10 / 3 ≈ 3.33");
    expect(html).toContain('data-island="CheckYourself"');
    expect(islands.map((r) => r.id)).toEqual(["qkv-check"]);
  });
});

describe("CheckYourselfLive", () => {
  const exercise = (n: number) => within(document.querySelector<HTMLElement>(`[data-exercise="qkv-check-${n}"]`)!);

  it("checks a typed answer, names a slip and remembers a right answer", () => {
    render(<CheckYourselfLive {...props} />);
    const first = exercise(1);
    const input = first.getByLabelText("Your answer");
    fireEvent.change(input, { target: { value: "−3" } });
    fireEvent.submit(input.closest("form")!);
    expect(first.getByRole("status").textContent).toContain("you used row 1 of W");
    fireEvent.change(input, { target: { value: "17" } });
    fireEvent.submit(input.closest("form")!);
    expect(first.getByRole("status").textContent).toContain("✓ Right.");
    expect(first.getByText("✓ Done")).toBeTruthy();
    expect(readProgress()).toEqual({ "qkv-projections": { done: ["qkv-check-1"], total: 2 } });
    expect(localStorage.getItem(PROGRESS_KEY)).not.toBeNull();
  });

  it("is done only while right before the answer was shown, for these numbers, and says so", () => {
    render(<CheckYourselfLive {...props} />);
    const first = exercise(1);
    const input = first.getByLabelText("Your answer");
    const answer = (value: string) => {
      fireEvent.change(input, { target: { value } });
      fireEvent.submit(input.closest("form")!);
    };
    answer("17");
    expect(first.getByText("✓ Done").parentElement!.textContent).toBe(
      "✓ Done answered right before the answer was shown, for these numbers",
    );
    // A later wrong answer takes the mark away; the saved progress keeps the earlier right one.
    answer("−3");
    expect(first.getByRole("status").textContent).toContain("✗ Not yet.");
    expect(first.queryByText("✓ Done")).toBeNull();
    expect(readProgress()["qkv-projections"]?.done).toEqual(["qkv-check-1"]);
    answer("17");
    expect(first.getByText("✓ Done")).toBeTruthy();
    // New numbers: a fresh question is not done yet.
    fireEvent.click(first.getByRole("button", { name: "New numbers" }));
    expect(first.queryByText("✓ Done")).toBeNull();
  });

  it("counts the answer typed after Show answer as right but not done", () => {
    render(<CheckYourselfLive {...props} />);
    const second = exercise(2);
    fireEvent.click(second.getByRole("button", { name: "Show answer" }));
    const input = second.getByLabelText("Your answer");
    // 10 / √9 = 10 / 3 ≈ 3.33.
    fireEvent.change(input, { target: { value: "3.33" } });
    fireEvent.submit(input.closest("form")!);
    expect(second.getByRole("status").textContent).toContain("✓ Right.");
    expect(second.getByRole("status").textContent).toContain("It does not count as done: the answer was shown first.");
    expect(second.queryByText("✓ Done")).toBeNull();
    expect(readProgress()["qkv-projections"]).toBeUndefined();
  });

  it("accepts 3.33 for 10 / √9 within ±0.005 and says 3.3 is not an answer to 2 decimals", () => {
    render(<CheckYourselfLive {...props} />);
    const second = exercise(2);
    const input = second.getByLabelText("Your answer");
    fireEvent.change(input, { target: { value: "3.3" } });
    fireEvent.submit(input.closest("form")!);
    expect(second.getByRole("status").textContent).toContain("✗ Not yet.");
    fireEvent.change(input, { target: { value: "3.33" } });
    fireEvent.submit(input.closest("form")!);
    expect(second.getByRole("status").textContent).toContain("✓ Right.");
    expect(second.getByText("2 decimals; within ±0.005 counts.")).toBeTruthy();
  });

  it("reads a seed from the URL and writes a new one on New numbers", () => {
    window.history.replaceState(null, "", "/concepts/qkv-projections/?seed.qkv-check-1=7");
    render(<CheckYourselfLive {...props} />);
    expect(document.querySelector('[data-exercise="qkv-check-1"]')!.getAttribute("data-seed")).toBe("7");
    fireEvent.click(exercise(2).getByRole("button", { name: "New numbers" }));
    // Written in the site's one link form, `<id>.<value>`; the older form of exercise 1 is still read.
    expect(new URL(window.location.href).searchParams.get("qkv-check-2.seed")).toMatch(/^\d+$/);
    expect(new URL(window.location.href).searchParams.get("seed.qkv-check-1")).toBe("7");
  });

  it("opens a worksheet variant's numbers from ?set=<code>, and says so when the code is bad", () => {
    window.history.replaceState(null, "", "/concepts/qkv-projections/?set=1234");
    render(<CheckYourselfLive {...props} />);
    const first = document.querySelector('[data-exercise="qkv-check-1"]')!;
    expect(first.getAttribute("data-seed")).toBe(String(variantSeed(1234, 1)));
    const printed = worksheetVariants([props], 1, 1234)[0]!.exercises[0]!.solved;
    expect(first.querySelector(".ex-prompt")!.textContent).toBe(printed.prompt);
    cleanup();
    window.history.replaceState(null, "", "/concepts/qkv-projections/?set=abc");
    render(<CheckYourselfLive {...props} />);
    expect(document.querySelector('[data-exercise="qkv-check-1"]')!.hasAttribute("data-seed")).toBe(false);
    expect(exercise(1).getByRole("status").textContent).toMatch(
      /worksheet code was not used.*“abc”.*page's own numbers/,
    );
  });

  it("reads a seed written in the site's link form, <id>.seed", () => {
    window.history.replaceState(null, "", "/concepts/qkv-projections/?qkv-check-1.seed=9");
    render(<CheckYourselfLive {...props} />);
    expect(document.querySelector('[data-exercise="qkv-check-1"]')!.getAttribute("data-seed")).toBe("9");
  });

  it("hides the server's static copy once it is mounted", () => {
    const block = document.createElement("div");
    block.className = "check-yourself";
    block.innerHTML = "<div data-check-static>static</div><div id='mount'></div>";
    document.body.append(block);
    render(<CheckYourselfLive {...props} />, { container: block.querySelector("#mount")! });
    expect(block.querySelector<HTMLElement>("[data-check-static]")!.hidden).toBe(true);
    screen.getAllByText("Exercise 1");
    block.remove();
  });
});
