import type { ReactNode } from "react";
import { SITE_NAME, href } from "../site.ts";

interface LayoutProps {
  readonly children: ReactNode;
}

/** The frame every page shares: skip link, site header, main landmark, footer. */
export function Layout({ children }: LayoutProps) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <a className="site-name" href={href("/")}>
          {SITE_NAME}
        </a>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          Every number on this site is computed from the numbers shown; hover, focus or tap one to see how it is made.
        </p>
      </footer>
    </>
  );
}
