/**
 * White space, tidied. Replacing every run of white space would rewrite
 * every single space too, which is most of a text's characters; only the
 * runs that are not already one plain space are replaced.
 */

const UNTIDY = /\s{2,}|[^\S ]/g;

/** The text with every run of white space made one plain space. */
export function collapseSpaces(text: string): string {
  return text.replace(UNTIDY, ' ');
}
