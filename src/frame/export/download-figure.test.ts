// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { downloadFigure, figureFileName, saveBlob } from "./download-figure.ts";

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe("figureFileName", () => {
  it.each([
    ["qkv-projections-qkv-projection", "svg", "qkv-projections-qkv-projection.svg"],
    ["softmax-weights", "png", "softmax-weights.png"],
    ["../odd name?", "svg", "odd-name.svg"],
  ] as const)("figureFileName(%j, %j) is %j", (stem, format, expected) => {
    expect(figureFileName(stem, format)).toBe(expected);
  });

  it("figureFileName rejects a stem with no usable character, naming what it received", () => {
    expect(() => figureFileName("???", "svg")).toThrow('Received "???"');
  });

  it("figureFileName rejects an unknown format", () => {
    expect(() => figureFileName("a", "gif" as "svg")).toThrow('"svg" or "png". Received "gif"');
  });
});

describe("saveBlob", () => {
  it("saveBlob clicks a temporary <a download> with an object URL, removes it, then revokes the URL", () => {
    vi.useFakeTimers();
    const create = vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:figure-1");
    const revoke = vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
    const clicked: { download: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });
    const blob = new Blob(["<svg/>"], { type: "image/svg+xml" });
    saveBlob(blob, "fig.svg");
    expect(create).toHaveBeenCalledWith(blob);
    expect(clicked).toEqual([{ download: "fig.svg", href: "blob:figure-1" }]);
    expect(document.querySelector("a[download]")).toBeNull();
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith("blob:figure-1");
  });
});

describe("downloadFigure", () => {
  it("downloadFigure throws a clear error for an element with zero size", async () => {
    const element = document.createElement("div");
    document.body.append(element);
    await expect(downloadFigure(element, "svg", "qkv-projections-qkv-projection")).rejects.toThrow(
      'Cannot save "qkv-projections-qkv-projection.svg": the figure is not visible (it has zero size)',
    );
  });

  it("downloadFigure throws for an element that is not in the page", async () => {
    const element = document.createElement("div");
    element.getBoundingClientRect = () => new DOMRect(0, 0, 100, 50);
    await expect(downloadFigure(element, "png", "fig")).rejects.toThrow("not visible");
  });

  it("downloadFigure saves the SVG of a visible element under {stem}.svg", async () => {
    vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:figure-2");
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const element = document.createElement("div");
    element.setAttribute("aria-label", "Worked projection example");
    element.getBoundingClientRect = () => new DOMRect(0, 0, 100, 50);
    document.body.append(element);
    await downloadFigure(element, "svg", "qkv-projections-qkv-projection");
    expect(names).toEqual(["qkv-projections-qkv-projection.svg"]);
  });
});
