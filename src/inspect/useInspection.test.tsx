// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useInspection } from "./useInspection.ts";

afterEach(cleanup);

/** Two inspectable buttons; every render records what it showed as inspected. */
function Probe({ seen }: { seen: (string | null)[] }) {
  const inspection = useInspection<string>();
  seen.push(inspection.active);
  return (
    <div onKeyDown={inspection.onKeyDown}>
      {["a", "b"].map((name) => (
        <button key={name} type="button" {...inspection.bind(name)}>
          {name}
        </button>
      ))}
    </div>
  );
}

const nextFrame = () => act(() => new Promise<void>((done) => requestAnimationFrame(() => done())));

describe("useInspection: hover", () => {
  it("moving from one number to the next renders the next only, never nothing in between", async () => {
    const seen: (string | null)[] = [];
    render(<Probe seen={seen} />);
    fireEvent.pointerOver(screen.getByText("a"), { pointerType: "mouse" });
    const before = seen.length;
    // The browser sends the leave of a and the enter of b in one task.
    fireEvent.pointerOut(screen.getByText("a"), { pointerType: "mouse", relatedTarget: screen.getByText("b") });
    fireEvent.pointerOver(screen.getByText("b"), { pointerType: "mouse", relatedTarget: screen.getByText("a") });
    await nextFrame();
    expect(seen.slice(before)).toEqual(["b"]);
  });

  it("a hover that ends clears on the next frame, and Escape clears a pending one at once", async () => {
    const seen: (string | null)[] = [];
    render(<Probe seen={seen} />);
    fireEvent.pointerOver(screen.getByText("a"), { pointerType: "mouse" });
    fireEvent.pointerOut(screen.getByText("a"), { pointerType: "mouse" });
    expect(seen.at(-1)).toBe("a");
    await nextFrame();
    expect(seen.at(-1)).toBeNull();

    fireEvent.click(screen.getByText("b"));
    fireEvent.pointerOver(screen.getByText("a"), { pointerType: "mouse" });
    fireEvent.pointerOut(screen.getByText("a"), { pointerType: "mouse" });
    fireEvent.keyDown(screen.getByText("a"), { key: "Escape" });
    expect(seen.at(-1)).toBeNull();
    await nextFrame();
    expect(seen.at(-1)).toBeNull();
  });

  it("a touch or pen leaves the pinned number alone", () => {
    const seen: (string | null)[] = [];
    render(<Probe seen={seen} />);
    fireEvent.click(screen.getByText("b"));
    fireEvent.pointerOver(screen.getByText("a"), { pointerType: "touch" });
    fireEvent.pointerOut(screen.getByText("a"), { pointerType: "touch" });
    expect(seen.at(-1)).toBe("b");
  });
});
