import { useEffect, useLayoutEffect, useMemo, useRef } from "react";
import { publishExampleState } from "./publish.ts";
import type { OfferedValues, ValueOffer } from "./types.ts";

interface PublishOptions<P> {
  readonly id: string;
  /** The example's offer; nothing is published without one (but AboutAuthored notes still follow `changed`). */
  readonly offer: ValueOffer<P> | undefined;
  /** The props the view shows now (the learner's numbers, or the page's). */
  readonly shown: P;
  readonly changed: boolean;
  readonly reset: () => void;
  /** Further ids whose AboutAuthored text follows this example (the example it shares fields with). */
  readonly about: readonly string[];
}

const NOTHING: OfferedValues = {};

/**
 * Publishes what an example shows to the sentences that quote it (publish.ts), after every change:
 * from the example's frame, once it has hydrated. Publishing never re-renders anything in React.
 */
export function usePublishedValues<P>({ id, offer, shown, changed, reset, about }: PublishOptions<P>): void {
  // An offer that cannot compute a value for these numbers must not break the example: its
  // sentences then show a dash for every value (publish.ts).
  const values = useMemo(() => {
    if (!offer) return NOTHING;
    try {
      return offer(shown);
    } catch {
      return NOTHING;
    }
  }, [offer, shown]);
  const resetRef = useRef(reset);
  useLayoutEffect(() => {
    resetRef.current = reset;
  }, [reset]);
  const aboutKey = about.join(" ");
  useEffect(() => {
    publishExampleState({
      id,
      values,
      changed,
      reset: () => resetRef.current(),
      about: aboutKey === "" ? [] : aboutKey.split(" "),
    });
  }, [id, values, changed, aboutKey]);
}
