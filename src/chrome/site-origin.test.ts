// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { fillSiteOrigin } from "./site-origin.ts";

describe("fillSiteOrigin", () => {
  const sheet = () => {
    document.body.innerHTML =
      '<p><code><span data-site-origin=""></span>/concepts/softmax/?set=1000#check-yourself</code></p>' +
      '<p><code><span data-site-origin=""></span>/concepts/softmax/?set=1001#check-yourself</code></p>';
    return [...document.querySelectorAll("code")];
  };

  it("makes every printed path whole with the page's origin", () => {
    const codes = sheet();
    fillSiteOrigin(document, "https://class.example:8443");
    expect(codes.map((code) => code.textContent)).toEqual([
      "https://class.example:8443/concepts/softmax/?set=1000#check-yourself",
      "https://class.example:8443/concepts/softmax/?set=1001#check-yourself",
    ]);
  });

  it('leaves the paths alone for a page opened from a file (origin "null")', () => {
    const codes = sheet();
    fillSiteOrigin(document, "null");
    expect(codes[0]!.textContent).toBe("/concepts/softmax/?set=1000#check-yourself");
  });
});
