import { describe, expect, it } from "vitest";
import { useId } from "react";
import { prerender } from "react-dom/static";
import { renderToString } from "react-dom/server";
import { Island, IslandCollector, type IslandRecord } from "./Island.tsx";
import { renderIslands } from "./render-islands.ts";
import { islandIdPrefix } from "./prefix.ts";

function Labelled({ text }: { text: string }) {
  const id = useId();
  return <span id={id}>{text}</span>;
}

async function renderPage(element: React.ReactElement): Promise<{ html: string; islands: IslandRecord[] }> {
  const islands: IslandRecord[] = [];
  const { prelude } = await prerender(<IslandCollector value={islands}>{element}</IslandCollector>, {
    onError: () => undefined, // the tests assert on the rejection instead of React's log
  });
  return { html: await new Response(prelude).text(), islands };
}

describe("Island and renderIslands", () => {
  it("renders each island on its own with its id prefix, exactly as hydrateRoot will", async () => {
    const { html, islands } = await renderPage(
      <main>
        <Labelled text="page" />
        <Island name="ProjectionExample" id="first" props={{ text: "a" }}>
          <Labelled text="a" />
        </Island>
      </main>,
    );
    const page = renderIslands(html, islands);
    const expected = renderToString(<Labelled text="a" />, { identifierPrefix: islandIdPrefix("first") });
    expect(page).toContain(`data-island="ProjectionExample"`);
    expect(page).toContain(`data-props="{&quot;text&quot;:&quot;a&quot;}"`);
    expect(page).toContain(expected);
    expect(page).not.toContain("<!--island:");
  });

  it("rejects two islands with the same id on one page, naming the id", async () => {
    await expect(
      renderPage(
        <>
          <Island name="ProjectionExample" id="twin" props={{}}>
            <span />
          </Island>
          <Island name="ProjectionExample" id="twin" props={{}}>
            <span />
          </Island>
        </>,
      ),
    ).rejects.toThrow(/"twin"/);
  });

  it("escapes props so page text cannot break out of the attribute", async () => {
    const { html, islands } = await renderPage(
      <Island name="ProjectionExample" id="x" props={{ text: '"><script>alert(1)</script>' }}>
        <span />
      </Island>,
    );
    expect(renderIslands(html, islands)).not.toContain("<script>");
  });
});
