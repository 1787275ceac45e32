/** The prefix React's useId gets inside an island, the same on the server and in the browser. */
export function islandIdPrefix(id: string): string {
  return `${id}-`;
}
