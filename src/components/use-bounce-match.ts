import { useEffect, useState } from 'react';

import { looksLikeBounce } from '../engine/search';
import type { Knowledge } from '../knowledge';
import { loadEngine } from '../state/engine-loader';

/** Wait this long after the last keystroke before reading the text. */
const PAUSE_MS = 250;

interface Match {
  text: string;
  id: string | null;
}

/**
 * The signature the real reader finds in a query that looks like a
 * bounce; null while it reads, for other queries, or when nothing fits.
 */
export function useBounceMatch(
  text: string,
  knowledge: Knowledge,
): string | null {
  const [match, setMatch] = useState<Match | null>(null);
  const wanted = looksLikeBounce(text);

  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const timer = setTimeout(() => {
      void loadEngine()
        .then((engine) => engine.matchBounce(text, knowledge))
        .then((id) => {
          if (live) setMatch({ text, id });
        })
        .catch(() => {
          console.error('[triage] could not read the search as a bounce');
        });
    }, PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, knowledge, wanted]);

  return wanted && match?.text === text ? match.id : null;
}
