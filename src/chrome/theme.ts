/**
 * The theme switch in the header: System (follow the operating system), Light or Dark. The choice
 * is stored in localStorage under "theme" and applied as <html data-theme> — by public/theme-init.js
 * before the first paint on every later page load, and here when the reader changes it.
 */
export type ThemeChoice = "system" | "light" | "dark";

const STORAGE_KEY = "theme";

function storedChoice(): ThemeChoice {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === "light" || value === "dark" ? value : "system";
  } catch {
    return "system";
  }
}

/** Applies and remembers a choice; "system" removes both the attribute and the stored value. */
export function applyTheme(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (choice === "system") delete root.dataset.theme;
  else root.dataset.theme = choice;
  try {
    if (choice === "system") localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Storage blocked: the choice lasts for this page only.
  }
}

/** Shows the switch (hidden in the HTML, as it needs JavaScript) and wires it up. */
export function initThemeSwitch(doc: Document): void {
  const wrapper = doc.querySelector<HTMLElement>("[data-theme-switch]");
  const select = wrapper?.querySelector("select");
  if (!wrapper || !select) return;
  select.value = storedChoice();
  select.addEventListener("change", () => applyTheme(select.value as ThemeChoice));
  wrapper.hidden = false;
}
