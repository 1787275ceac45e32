/**
 * The query keys presenter mode owns in a page's address (`?present=<deck id>&slide=<n>`, see
 * ./address.ts). No imports: the site script and the lesson format read them too.
 */
export const PRESENT_KEY = "present";
export const SLIDE_KEY = "slide";
