import { createFileRoute } from '@tanstack/react-router';

import { CodeSearch } from '../../components/code-search';
import {
  type QuerySearch,
  validateQuery,
} from '../../components/search-params';
import { useFocusHeading } from '../../components/use-focus-heading';
import { loadKnowledgeOnce } from '../../state/engine-loader';

/** Room for a pasted bounce's first lines; longer ones fall back. */
const MAX_QUERY = 2000;

export const Route = createFileRoute('/codes/')({
  // An oversized or non-text `q` shows the whole list. It is replaced,
  // not dropped: the raw value would otherwise pass through from the root.
  validateSearch: (search): QuerySearch => ({
    q: validateQuery(search, MAX_QUERY).q ?? '',
  }),
  loader: () => loadKnowledgeOnce(),
  component: CodesPage,
});

function CodesPage() {
  const knowledge = Route.useLoaderData();
  const { q } = Route.useSearch();
  const heading = useFocusHeading<HTMLHeadingElement>('codes');

  return (
    <section aria-labelledby="codes-title" className="page">
      <h1 id="codes-title" ref={heading} tabIndex={-1}>
        Bounce codes
      </h1>
      <p className="lede">
        Every bounce Bounce Triage knows: what it means, why it happens and how
        to fix it.
      </p>
      <CodeSearch knowledge={knowledge} initial={q ?? ''} />
    </section>
  );
}
