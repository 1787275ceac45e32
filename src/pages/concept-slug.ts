import { createContext } from "react";

/**
 * The slug of the concept page being rendered, for server-rendered parts of its content that link
 * to its own sub-pages (the exercises' worksheet and answer key). Null outside a concept page.
 */
export const ConceptSlug = createContext<string | null>(null);
