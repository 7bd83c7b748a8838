/**
 * Search params checked by hand rather than with zod. A route's
 * `validateSearch` is part of the route tree, which the first page loads
 * before anything else; a zod schema there would put zod's whole parser
 * (about 7 kB gzip) on the first page for one optional text field. The
 * rules are the same as the schema's were: text within a length, or
 * nothing, so a bad value falls back instead of failing.
 */

/** The search of a page with an optional free-text `q`. */
export interface QuerySearch {
  q?: string;
}

/** Keep `q` when it is text of at most `max` characters; drop it if not. */
export function validateQuery(
  search: Record<string, unknown>,
  max: number,
): QuerySearch {
  const { q } = search;
  return typeof q === 'string' && q.length <= max ? { q } : {};
}
