/** The "Required concept" marker, in text so it never relies on colour. */
export function RequiredBadge() {
  return <span className="badge badge-required">Required concept</span>;
}
