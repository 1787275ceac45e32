import { useEffect, useRef, useState, type ComponentType } from "react";
import type { CheckYourselfProps } from "./CheckYourself.schema.ts";
import { seedParam } from "../exercises/seed-param.ts";

/**
 * The island of "Check yourself": an empty mount point that hydrates at once and costs almost no
 * JavaScript. It loads the exercises themselves (CheckYourselfLive) when the section comes within
 * a screen of the viewport, or at once when the URL carries a seed for them.
 */
export function CheckYourselfLoader(props: CheckYourselfProps) {
  const root = useRef<HTMLDivElement>(null);
  const [Live, setLive] = useState<ComponentType<CheckYourselfProps> | null>(null);

  useEffect(() => {
    const element = root.current;
    if (!element) return;
    let cancelled = false;
    const load = () => {
      observer?.disconnect();
      void import("./CheckYourselfLive.tsx").then((m) => {
        if (!cancelled) setLive(() => m.CheckYourselfLive);
      });
    };
    const seeded = window.location.search.includes(seedParam(`${props.id}-`));
    const observer =
      seeded || typeof IntersectionObserver === "undefined"
        ? null
        : new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), { rootMargin: "100% 0px" });
    if (observer) observer.observe(element.closest(".check-yourself") ?? element);
    else load();
    return () => {
      cancelled = true;
      observer?.disconnect();
    };
  }, [props.id]);

  return <div ref={root} className="check-live">{Live && <Live {...props} />}</div>;
}
