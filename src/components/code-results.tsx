import { Link } from '@tanstack/react-router';

import type { ProviderGroup } from '../engine/search';
import type { Signature } from '../knowledge/schema';
import { codesLine, providerLabel } from './code-labels';

interface ItemProps {
  signature: Signature;
  matched?: boolean;
}

function CodeItem({ signature, matched = false }: ItemProps) {
  const codes = codesLine(signature);
  return (
    <li className="code-item">
      <Link to="/codes/$signatureId" params={{ signatureId: signature.id }}>
        {signature.title}
      </Link>
      {matched && <span className="badge">Matches your bounce</span>}
      <span className="code-meta">
        {providerLabel(signature.provider)}
        {codes && ` · ${codes}`}
      </span>
    </li>
  );
}

interface RankedProps {
  signatures: readonly Signature[];
  /** The signature the reader found in a pasted bounce, listed first. */
  matchedId: string | null;
}

/** Search results, best first. */
export function RankedCodes({ signatures, matchedId }: RankedProps) {
  return (
    <ol className="code-list" aria-label="Matching codes">
      {signatures.map((s) => (
        <CodeItem key={s.id} signature={s} matched={s.id === matchedId} />
      ))}
    </ol>
  );
}

/** Every signature, under a heading per provider. */
export function GroupedCodes({ groups }: { groups: readonly ProviderGroup[] }) {
  return (
    <>
      {groups.map((group) => (
        <section
          key={group.provider}
          aria-labelledby={`codes-${group.provider}`}
          className="code-group"
        >
          <h2 id={`codes-${group.provider}`}>{group.name}</h2>
          <ul className="code-list">
            {group.signatures.map((s) => (
              <CodeItem key={s.id} signature={s} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
