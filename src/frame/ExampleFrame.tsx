import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ComponentType,
  type ReactElement,
} from "react";
import type { FieldValue } from "../math/parse-values.ts";
import { ExampleFrame, type ExampleFrameContext } from "./context.ts";
import { ExampleTools, type Panel } from "./ExampleTools.tsx";
import { applyCell, checkValues, type ExampleSpec, type Values } from "./spec.ts";
import { readUrlState, sameValue, writeUrlState } from "./url-state.ts";
import { useExampleHost } from "./host.ts";
import { useSharedEdits } from "./shared-edits.ts";
import { usePublishedValues } from "../values/usePublishedValues.ts";
import type { ValueOffer } from "../values/types.ts";

/** A message about a change the learner tried: where it belongs, and what it says. */
export interface EditMessage {
  /** The text field it belongs to, or null for a cell or a size button. */
  readonly key: string | null;
  readonly text: string;
}

interface FrameProps<P> {
  readonly View: ComponentType<P>;
  readonly spec: ExampleSpec;
  readonly props: P;
  /** What the example is, for file names, the embed title and messages: "Projection example". */
  readonly title: string;
  /** The named values the prose may quote (src/values/), computed from what the example shows. */
  readonly offer: ValueOffer<P> | undefined;
}

const noSubscription = () => () => {};

/** The editor is loaded when a learner first opens it: most visits never do. */
const ExampleEditor = lazy(() => import("./ExampleEditor.tsx").then((module) => ({ default: module.ExampleEditor })));

function pick(spec: ExampleSpec, props: object): Values {
  const values: Record<string, FieldValue | undefined> = {};
  for (const field of spec.fields) values[field.key] = (props as Record<string, FieldValue | undefined>)[field.key];
  return values;
}

/**
 * The frame around an editable example: a row of tools (Edit numbers, Reset, Copy link, Embed,
 * Download SVG and PNG), the editor, and the state that lives in the URL. The example itself
 * (`View`) receives the current values as props and is remounted only when a link or a reset
 * replaces them, so an inspection survives ordinary edits.
 *
 * The server and the first (hydrating) render show the authored numbers; the URL is read after
 * hydration, so the prerendered HTML and the page without JavaScript stay the authored example.
 */
function Frame<P extends { readonly id: string }>({ View, spec, props, title, offer }: FrameProps<P>) {
  const { id } = props;
  const host = useExampleHost();
  // The id the fields go under in links and shared edits: this example's, or the one it follows.
  const fieldsId = spec.shares ?? id;
  const authored = useMemo(() => pick(spec, props), [spec, props]);
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  // What a link asked for, read once the island is hydrated (null before, or without parameters).
  const link = useMemo(() => {
    const state = hydrated ? readUrlState(spec, id, authored, host.query(), fieldsId) : null;
    return state?.present ? state : null;
  }, [hydrated, spec, id, authored, fieldsId, host]);
  const [edited, setEdited] = useSharedEdits(`${host.scope}${fieldsId}`);
  // A restart remounts the example: after a reset, or when an edit removed the inspected number.
  const [restart, setRestart] = useState<{ readonly count: number; readonly inspect: string | null } | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const values = edited ?? link?.values ?? authored;
  const initialInspect = restart ? restart.inspect : (link?.inspect ?? null);
  const viewKey = `${link ? "link" : "page"}-${restart?.count ?? 0}`;
  const linkProblems = link && !dismissed ? link.problems : [];
  const [panel, setPanel] = useState<Panel>(null);
  const [message, setMessage] = useState<EditMessage | null>(null);
  const [refused, setRefused] = useState<ExampleFrameContext["refused"]>(null);
  const [drafts, setDrafts] = useState<ReadonlyMap<string, string>>(new Map());
  const inspected = useRef<string | null>(null);
  const messageId = `${useId()}-message`;
  const rootRef = useRef<HTMLDivElement>(null);

  // While a drag holds the URL, the latest write waits here and is made when the drag ends.
  const urlHeld = useRef(false);
  const heldWrite = useRef<readonly [Values, string | null] | null>(null);
  const writeUrl = useCallback(
    (next: Values, inspect: string | null) => {
      if (urlHeld.current) {
        heldWrite.current = [next, inspect];
        return;
      }
      host.replaceQuery(writeUrlState(spec, id, authored, next, inspect, host.query(), fieldsId));
    },
    [spec, id, authored, fieldsId, host],
  );
  const holdUrl = useCallback(
    (hold: boolean) => {
      urlHeld.current = hold;
      const held = heldWrite.current;
      if (hold || held === null) return;
      heldWrite.current = null;
      writeUrl(...held);
    },
    [writeUrl],
  );

  useEffect(() => {
    if (!link) return;
    if (link.problems.length > 0) host.reportProblems?.(link.problems);
    inspected.current = link.inspect;
    // Drop what could not be used, so a copied link carries only what the example shows.
    writeUrl(link.values, link.inspect);
    if (window.location.hash === `#${id}`)
      requestAnimationFrame(() => rootRef.current?.scrollIntoView({ block: "start" }));
  }, [link, id, writeUrl, host]);

  /** Accepts new values: the URL follows; an inspected target the values no longer have is dropped. */
  const accept = useCallback(
    (next: Values) => {
      setEdited(next);
      setMessage(null);
      setRefused(null);
      let inspect = inspected.current;
      if (inspect !== null && spec.inspect?.read(inspect, next) === null) {
        inspect = null;
        inspected.current = null;
        setRestart((before) => ({ count: (before?.count ?? 0) + 1, inspect: null }));
      }
      writeUrl(next, inspect);
    },
    [spec, writeUrl, setEdited],
  );

  // Values another example of the same story set (shared edits) may leave this one's inspected
  // number behind: drop it, as an edit here would.
  useEffect(() => {
    const inspect = inspected.current;
    if (inspect === null || spec.inspect?.read(inspect, values) !== null) return;
    inspected.current = null;
    setRestart((before) => ({ count: (before?.count ?? 0) + 1, inspect: null }));
    writeUrl(values, null);
  }, [values, spec, writeUrl]);

  // The inspected target is reported with the values of the moment, through a ref, so the
  // report keeps one identity and an edit does not make useInspection report again. A layout
  // effect updates the ref before any passive effect (useInspection's report) can read it.
  const current = useRef(values);
  useLayoutEffect(() => {
    current.current = values;
  }, [values]);
  const reportInspect = useCallback(
    (text: string | null) => {
      inspected.current = text;
      writeUrl(current.current, text);
    },
    [writeUrl],
  );

  const reset = useCallback(() => {
    setEdited(authored);
    setDrafts(new Map());
    setMessage(null);
    setRefused(null);
    setDismissed(true);
    inspected.current = null;
    setRestart((before) => ({ count: (before?.count ?? 0) + 1, inspect: null }));
    writeUrl(authored, null);
  }, [authored, writeUrl, setEdited]);

  const figure = useCallback(() => rootRef.current?.querySelector<HTMLElement>(".example") ?? null, []);

  const context = useMemo<ExampleFrameContext>(
    () => ({
      id,
      editing: panel === "edit",
      values,
      messageId,
      refused,
      initialInspect,
      inspect: spec.inspect,
      isEditable: (key) => values[key] !== undefined && spec.fields.some((field) => field.key === key),
      draftOf: (key, row, col) => drafts.get(`${key}:${row},${col}`),
      editCell: (key, row, col, text) => {
        setDrafts((before) => new Map(before).set(`${key}:${row},${col}`, text));
        const result = applyCell(spec, values, key, row, col, text);
        if (result.ok) accept(result.value);
        else {
          setMessage({ key: null, text: result.message });
          setRefused({ key, row, col });
        }
      },
      setValues: (patch) => {
        const result = checkValues(spec, { ...values, ...patch });
        if (!result.ok) return result.message;
        accept(result.value);
        return null;
      },
      endEdit: () => {
        setDrafts(new Map());
        setRefused(null);
      },
      reportInspect,
      holdUrl,
    }),
    [id, panel, values, messageId, refused, initialInspect, spec, drafts, accept, reportInspect, holdUrl],
  );

  const changed = spec.fields.some((field) => !sameValue(values[field.key], authored[field.key]));
  const shown = useMemo(() => ({ ...props, ...values }) as P, [props, values]);
  // Sentences that quote this example follow what it shows (src/values/publish.ts).
  const numbersChanged = spec.fields.some(
    (field) => !spec.viewFields?.includes(field.key) && !sameValue(values[field.key], authored[field.key]),
  );
  usePublishedValues({ id, offer, shown, changed: numbersChanged, reset, about: fieldsId === id ? [] : [fieldsId] });

  return (
    <ExampleFrame.Provider value={context}>
      <div
        className="example-frame"
        data-example-frame={id}
        data-shares={fieldsId === id ? undefined : fieldsId}
        ref={rootRef}
      >
        <ExampleTools
          id={id}
          title={title}
          panel={panel}
          setPanel={setPanel}
          editable={!spec.ownControls}
          changed={changed}
          onReset={reset}
          figure={figure}
        />
        {linkProblems.length > 0 ? (
          <div className="example-note" role="status">
            {linkProblems.map((problem) => (
              <p key={problem}>{problem}</p>
            ))}
          </div>
        ) : null}
        {panel === "edit" ? (
          <Suspense fallback={<p className="example-editor">Loading the editor …</p>}>
            <ExampleEditor
              spec={spec}
              values={values}
              onAccept={accept}
              onReset={reset}
              message={message}
              setMessage={setMessage}
              messageId={messageId}
              changed={changed}
            />
          </Suspense>
        ) : null}
        <View key={viewKey} {...shown} />
      </div>
    </ExampleFrame.Provider>
  );
}

/**
 * Makes `View` an editable, linkable, embeddable, exportable example: the island registry loads
 * the result instead of `View`. `spec` says what the learner may change (see spec.ts); it may
 * depend on the authored props (e.g. fields that are optional). `offer` names the values the
 * page's prose may quote with `<Value>` (src/values/types.ts), computed from what the example shows.
 */
export function editableExample<P extends { readonly id: string }, V extends object>(
  View: ComponentType<P>,
  spec: ExampleSpec<V> | ((props: P) => ExampleSpec<V>),
  title: string,
  offer?: ValueOffer<P>,
): (props: P) => ReactElement {
  function Editable(props: P): ReactElement {
    // The frame handles any example's values by key; the spec's own rules see them typed (V).
    const resolved = useMemo(
      () => (typeof spec === "function" ? spec(props) : spec) as unknown as ExampleSpec,
      [props],
    );
    return <Frame View={View} spec={resolved} props={props} title={title} offer={offer} />;
  }
  Editable.displayName = `Editable(${View.displayName ?? View.name})`;
  return Editable;
}
