import { useSyncExternalStore } from "react";
import { useExampleFrame, type ExampleFrameContext } from "./context.ts";

const noSubscription = () => () => {};

/**
 * How a control inside an example (a plot's draggable tip) changes the example's values: the
 * frame's setValues, the same checks, URL and shared edits as numbers typed in the editor. Null on
 * the server, while hydrating and outside a frame, so the prerendered HTML has no dead controls.
 */
export function useFrameEdits(): ExampleFrameContext["setValues"] | null {
  const frame = useExampleFrame();
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return frame && hydrated ? frame.setValues : null;
}
