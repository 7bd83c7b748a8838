/**
 * White space, tidied. Replacing every run of white space rewrites every
 * single space too, which is most of a diagnostic's characters; text that
 * is already tidy is found so with one search and returned as it is.
 */

const UNTIDY = /\s\s|[^\S ]/;

/** The text with every run of white space made one plain space. */
export function collapseSpaces(text: string): string {
  return UNTIDY.test(text) ? text.replace(/\s+/g, ' ') : text;
}
