/** Browser-only helpers for the checklist's exports: files and clipboard. */

/** A file name that is safe everywhere, from a triage id. */
export function exportName(triageId: string, extension: string): string {
  const safe = triageId.replace(/[^\w-]+/g, '-').slice(0, 64);
  return `bounce-triage-${safe}.${extension}`;
}

/** Save text as a file through the browser's own download. */
export function downloadText(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click returns; free it a little later.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

/** Copy text; false where the browser has no clipboard or refuses. */
export async function copyText(text: string): Promise<boolean> {
  try {
    // Missing outside secure contexts, whatever the types say.
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) return false;
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
