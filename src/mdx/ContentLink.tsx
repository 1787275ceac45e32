import type { ComponentProps } from "react";
import { href } from "../site.ts";

/**
 * Markdown links in content (`[softmax](/concepts/softmax/)`): a site-absolute link gets the deploy
 * base, so the same content works when the site is served from a sub-path. Other links (relative,
 * `#anchor`, other sites) are left as written.
 */
export function ContentLink({ href: target, ...rest }: ComponentProps<"a">) {
  const resolved = target?.startsWith("/") && !target.startsWith("//") ? href(target) : target;
  return <a href={resolved} {...rest} />;
}
