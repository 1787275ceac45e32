import { useEffect, useLayoutEffect, useRef, useState, type ComponentType } from "react";
import type { CheckYourselfProps } from "./CheckYourself.schema.ts";
import type { LiveOptions, Reporting } from "./CheckYourselfLive.tsx";
import { legacySeedParam } from "./seed-param.ts";

/**
 * Where the end of the section is on screen, when the section starts above the top of the screen
 * (a reader below its start, say at the page's Next link); null when it starts on screen or below.
 */
function endAboveReader(section: Element | null): number | null {
  if (!section) return null;
  const box = section.getBoundingClientRect();
  return box.top < 0 ? box.bottom : null;
}

/**
 * The island of "Check yourself": an empty mount point that hydrates at once and costs almost no
 * JavaScript. It loads the exercises themselves (CheckYourselfLive) when the section comes within
 * a screen of the viewport, or at once when the URL carries a seed for them.
 *
 * The exercises are taller than the server copy they replace. For a reader below the section's
 * start, the swap would push what they are looking at (often the Next link) down the screen, so
 * the page is scrolled by the difference and what follows the section stays where it was.
 */
export function CheckYourselfLoader(props: CheckYourselfProps) {
  const root = useRef<HTMLDivElement>(null);
  const [Live, setLive] = useState<ComponentType<CheckYourselfProps & LiveOptions> | null>(null);
  const [reporting, setReporting] = useState<Reporting | null>(null);
  const endBefore = useRef<number | null>(null);

  useEffect(() => {
    const element = root.current;
    if (!element) return;
    let cancelled = false;
    const load = () => {
      observer?.disconnect();
      // The exercises' own code, and the code of the exercise families they use (fetched together),
      // and on an embed page the completion messages' code.
      const families = import("./families.ts").then((m) => m.loadFamilies(props.exercises.map((e) => e.kind)));
      const live = import("./CheckYourselfLive.tsx").then(async (m) => ({ m, reports: await m.loadReporting() }));
      void Promise.all([live, families]).then(([{ m, reports }]) => {
        if (cancelled) return;
        endBefore.current = endAboveReader(element.closest(".check-yourself"));
        setReporting(() => reports);
        setLive(() => m.CheckYourselfLive);
      });
    };
    const keys = [...new URLSearchParams(window.location.search).keys()];
    const seeded = keys.some(
      (key) =>
        (key.startsWith(`${props.id}-`) && key.endsWith(".seed")) || key.startsWith(legacySeedParam(`${props.id}-`)),
    );
    const observer =
      seeded || typeof IntersectionObserver === "undefined"
        ? null
        : new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), {
            rootMargin: "100% 0px",
          });
    if (observer) observer.observe(element.closest(".check-yourself") ?? element);
    else load();
    return () => {
      cancelled = true;
      observer?.disconnect();
    };
  }, [props.id, props.exercises]);

  // Runs once the exercises are in and the server copy is hidden (the child's layout effect runs
  // first), before the browser paints.
  useLayoutEffect(() => {
    const end = endBefore.current;
    endBefore.current = null;
    const section = root.current?.closest(".check-yourself");
    if (!Live || end === null || !section) return;
    const moved = section.getBoundingClientRect().bottom - end;
    if (moved !== 0) window.scrollBy({ top: moved, behavior: "instant" });
  }, [Live]);

  return (
    <div ref={root} className="check-live">
      {Live && <Live {...props} reporting={reporting} />}
    </div>
  );
}
