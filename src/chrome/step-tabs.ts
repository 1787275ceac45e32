import { idsNamedByUrl } from "./example-links.ts";

/**
 * Steps shown one at a time (the server HTML of src/mdx/StepTabs.tsx shows them all, one after
 * the other): a row of tabs names every step and shows one; Back and Next under the step move
 * through them in order. The tabs follow the tab pattern of WAI-ARIA: one tab stop, ← and → (and
 * Home, End) move between the tabs and show the step at once. An address that names anything in
 * a step (`#id`, `?<example id>.…`) shows that step, on load and when the hash changes, so every
 * example and number stays linkable. "Present steps" above the tabs shows them one per screen in
 * presenter mode (src/present/). Printing shows every step (print.css). No React.
 */
export function initStepTabs(doc: Document, win: Window): void {
  const groups = [...doc.querySelectorAll<HTMLElement>("[data-step-tabs]")].map((group) => stepTabs(doc, group));
  if (groups.length === 0) return;
  const showTargets = () => {
    let moved = false;
    for (const id of idsNamedByUrl(win.location.search, win.location.hash)) {
      const panel = doc.getElementById(id)?.closest<HTMLElement>(".step-tab");
      for (const group of groups) if (panel && group.showPanel(panel)) moved = true;
    }
    // The browser scrolled to `#id` while every step still showed; hiding the steps above it moved
    // it. Go back to it at once, before the islands look at what is near the screen.
    const hashTarget = win.location.hash.length > 1 ? doc.getElementById(decodeHash(win.location.hash)) : null;
    if (moved && hashTarget?.closest(".step-tab")) hashTarget.scrollIntoView();
  };
  showTargets();
  win.addEventListener("hashchange", showTargets);
}

/** The id a hash names ("#a%20b" → "a b"; kept as written if it is not valid percent-encoding). */
function decodeHash(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

/** One enhanced group: shows the step whose panel is given; false if the panel is not one of its own. */
interface StepTabsGroup {
  showPanel(panel: HTMLElement): boolean;
}

/** The tab of a panel: the step's title, pointing at its panel. */
function tabFor(doc: Document, panel: HTMLElement): HTMLButtonElement {
  const tab = doc.createElement("button");
  tab.type = "button";
  tab.className = "step-tab-button";
  tab.id = `${panel.id}-tab`;
  tab.setAttribute("role", "tab");
  tab.setAttribute("aria-controls", panel.id);
  tab.textContent = panel.dataset.stepTitle ?? panel.id;
  return tab;
}

/** Turns one group's server HTML (every step shown) into tabs with one step shown. */
function stepTabs(doc: Document, group: HTMLElement): StepTabsGroup {
  const panels = [...group.querySelectorAll<HTMLElement>(":scope > .step-tab")];
  const tablist = doc.createElement("div");
  tablist.className = "step-tablist";
  tablist.setAttribute("role", "tablist");
  tablist.setAttribute("aria-label", group.dataset.stepTabs ?? "Steps");
  const tabs = panels.map((panel) => tabFor(doc, panel));
  tablist.append(...tabs);

  const nav = doc.createElement("div");
  nav.className = "step-tab-nav";
  const back = doc.createElement("button");
  const next = doc.createElement("button");
  for (const button of [back, next]) {
    button.type = "button";
    button.className = "step-tab-move";
  }
  nav.append(back, next);

  let shown = 0;
  const show = (index: number) => {
    shown = index;
    panels.forEach((panel, i) => {
      panel.hidden = i !== index;
      const tab = tabs[i];
      tab?.setAttribute("aria-selected", String(i === index));
      if (tab) tab.tabIndex = i === index ? 0 : -1;
    });
    const title = (i: number) => panels[i]?.dataset.stepTitle ?? "";
    back.hidden = index === 0;
    next.hidden = index === panels.length - 1;
    back.textContent = `← Back: ${title(index - 1)}`;
    next.textContent = `Next: ${title(index + 1)} →`;
  };
  /** Shows a step from the Back/Next buttons and keeps the reader at the top of the new step. */
  const move = (index: number) => {
    show(index);
    tabs[index]?.focus({ preventScroll: true });
    if (group.getBoundingClientRect().top < 0) group.scrollIntoView({ block: "start" });
  };

  tabs.forEach((tab, i) => tab.addEventListener("click", () => show(i)));
  tablist.addEventListener("keydown", (event) => {
    const last = tabs.length - 1;
    const target = {
      ArrowRight: shown === last ? 0 : shown + 1,
      ArrowLeft: shown === 0 ? last : shown - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    show(target);
    tabs[target]?.focus();
  });
  back.addEventListener("click", () => move(shown - 1));
  next.addEventListener("click", () => move(shown + 1));

  for (const panel of panels) {
    panel.setAttribute("role", "tabpanel");
    panel.setAttribute("aria-labelledby", `${panel.id}-tab`);
  }
  // Presenter mode shows the steps one per screen (src/chrome/present-trigger.ts opens it).
  const present = doc.createElement("button");
  present.type = "button";
  present.className = "step-tab-present";
  present.dataset.present = panels[0]?.id ?? "";
  present.textContent = "Present steps";
  const tools = doc.createElement("div");
  tools.className = "step-tab-tools";
  tools.append(present);
  group.prepend(tools, tablist);
  group.append(nav);
  group.classList.add("is-tabbed");
  show(0);
  return {
    showPanel(panel) {
      const index = panels.indexOf(panel);
      if (index < 0) return false;
      show(index);
      return true;
    },
  };
}
