import { href } from "../site.ts";

/** Served for any unknown URL. */
export function NotFoundPage() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. The list of <a href={href("/")}>all concepts</a> has every page on the site.
      </p>
    </>
  );
}
