import { useNavigate } from '@tanstack/react-router';
import { useDeferredValue, useMemo, useState } from 'react';

import { groupByProvider, promote, searchSignatures } from '../engine/search';
import type { Knowledge } from '../knowledge';
import { PROVIDER_NAMES } from './code-labels';
import { GroupedCodes, RankedCodes } from './code-results';
import { useBounceMatch } from './use-bounce-match';
import './codes.css';

interface Props {
  knowledge: Knowledge;
  /** The query from the address, if any. */
  initial: string;
}

function countLine(count: number, query: string): string {
  if (query === '') return `${String(count)} codes, grouped by provider.`;
  if (count === 0) return `No codes match “${query}”.`;
  const noun = count === 1 ? 'code matches' : 'codes match';
  return `${String(count)} ${noun} “${query}”.`;
}

/** Short enough to quote back in the result count. */
function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}

export function CodeSearch({ knowledge, initial }: Props) {
  const [text, setText] = useState(initial);
  const navigate = useNavigate({ from: '/codes/' });
  const query = useDeferredValue(text).trim();
  const matchedId = useBounceMatch(query, knowledge);

  const ranked = useMemo(
    () => searchSignatures(query, knowledge.signatures, PROVIDER_NAMES),
    [query, knowledge],
  );
  const results = promote(ranked, matchedId, knowledge.signatures);

  function change(value: string) {
    setText(value);
    void navigate({
      search: value.trim() ? { q: value } : {},
      replace: true,
    });
  }

  return (
    <div className="code-search">
      <div role="search" aria-label="Bounce codes">
        <label htmlFor="code-query" className="field-label">
          Search codes
        </label>
        <p className="hint" id="code-query-hint">
          A code such as 5.7.26 or OU-002, a provider, a few words, or a whole
          bounce: the code it matches comes first.
        </p>
        <input
          id="code-query"
          type="search"
          value={text}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="code-query-hint"
          onChange={(e) => {
            change(e.target.value);
          }}
        />
        <p role="status" aria-live="polite" className="code-count">
          {countLine(results.length, quoted(query))}
        </p>
      </div>
      {query === '' ? (
        <GroupedCodes
          groups={groupByProvider(knowledge.signatures, PROVIDER_NAMES)}
        />
      ) : (
        <RankedCodes signatures={results} matchedId={matchedId} />
      )}
    </div>
  );
}
