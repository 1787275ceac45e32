/// <reference types="vite/client" />

declare module "virtual:concept-catalog" {
  import type { Category, Concept } from "./catalog/schema.ts";
  const catalog: { readonly categories: readonly Category[]; readonly concepts: readonly Concept[] };
  export default catalog;
}

declare module "*.mdx" {
  import type { ComponentType } from "react";
  const MDXContent: ComponentType<{ components?: Record<string, ComponentType<never>> }>;
  export default MDXContent;
}
