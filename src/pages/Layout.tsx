import type { ReactNode } from "react";
import { SITE_NAME, href } from "../site.ts";

interface LayoutProps {
  readonly children: ReactNode;
  /** The route being rendered, so the header can mark the current section. */
  readonly path?: string;
}

/**
 * The frame every page shares: skip link, site header with the main links, the search button and
 * the theme switch, main landmark, footer. The search button and the theme switch are hidden
 * until src/chrome/ (site-search.ts, theme.ts) can make them work.
 */
export function Layout({ children, path }: LayoutProps) {
  const current = (route: string) => (path === route ? "page" : undefined);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <a className="site-name" href={href("/")}>
          {SITE_NAME}
        </a>
        <nav aria-label="Site" className="site-nav">
          <a href={href("/")} aria-current={current("/")}>
            All concepts
          </a>
          <a href={href("/map/")} aria-current={current("/map/")}>
            Concept map
          </a>
          <a href={href("/notation/")} aria-current={current("/notation/")}>
            Notation
          </a>
        </nav>
        <button
          type="button"
          className="site-search-button"
          data-site-search=""
          hidden
          aria-haspopup="dialog"
          aria-keyshortcuts="/"
        >
          <svg
            className="site-search-icon"
            viewBox="0 0 16 16"
            width="16"
            height="16"
            aria-hidden="true"
            focusable="false"
          >
            <circle cx="6.75" cy="6.75" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.75" />
            <path d="M10.25 10.25 14 14" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
          </svg>
          Search
          <kbd className="site-search-key" aria-hidden="true">
            /
          </kbd>
        </button>
        <div className="theme-switch" data-theme-switch hidden>
          <label htmlFor="theme-choice">Theme</label>
          <select id="theme-choice" defaultValue="system">
            <option value="system">System</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          Every number on this site is computed from the numbers shown; hover, focus or tap one to see how it is made.
        </p>
      </footer>
      <p className="visually-hidden" role="status" data-copy-status></p>
    </>
  );
}
