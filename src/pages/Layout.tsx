import type { ReactNode } from "react";
import { SITE_NAME, href } from "../site.ts";

interface LayoutProps {
  readonly children: ReactNode;
  /** The route being rendered, so the header can mark the current section. */
  readonly path?: string;
}

/**
 * The frame every page shares: skip link, site header with the main links and the theme switch,
 * main landmark, footer. The theme switch is hidden until src/chrome/theme.ts can make it work.
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
        </nav>
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
