import { Link } from '@tanstack/react-router';

import type { TriageReport } from '../engine/report';
import { ACTOR_LABEL, SEVERITY_LABEL, providerName } from './labels';

interface Props {
  report: TriageReport;
  provider: string | null;
}

/** The facts of the bounce and, where known, what they mean. */
export function Finding({ report, provider }: Props) {
  const { recipient: r, signature: s } = report;
  const codes = [r?.replyCode, r?.status].filter(Boolean).join(' ');
  return (
    <div className="finding">
      {s ? (
        <h2>{s.title}</h2>
      ) : (
        <h2>Not recognised: a {r?.reason ?? 'undefined'} bounce</h2>
      )}
      <dl className="facts">
        <dt>Provider</dt>
        <dd>{providerName(r?.provider ?? provider)}</dd>
        <dt>Codes</dt>
        <dd>{codes || 'none shown'}</dd>
        {r?.tag && (
          <>
            <dt>Provider tag</dt>
            <dd>{r.tag}</dd>
          </>
        )}
        {s && (
          <>
            <dt>Severity</dt>
            <dd>{SEVERITY_LABEL[s.severity]}</dd>
            <dt>Permanent?</dt>
            <dd>
              {s.permanent
                ? 'Permanent: resending unchanged will fail again'
                : 'Temporary: the sending server retries'}
            </dd>
            <dt>Who has to act</dt>
            <dd>{ACTOR_LABEL[s.actor]}</dd>
          </>
        )}
        {r?.remoteMta && (
          <>
            <dt>Receiving server</dt>
            <dd>{r.remoteMta}</dd>
          </>
        )}
      </dl>
      {r?.diagnostic && (
        <blockquote className="diagnostic">{r.diagnostic}</blockquote>
      )}
      {s ? (
        <>
          <p>{s.happening}</p>
          {s.undocumented && <p className="note">{s.undocumented}</p>}
          <p>
            <Link to="/codes/$signatureId" params={{ signatureId: s.id }}>
              Reference page for this code
            </Link>
          </p>
        </>
      ) : (
        <p>
          Bounce Triage does not know this exact bounce. The questions still
          narrow down the usual causes of a {r?.reason ?? 'undefined'} bounce.
        </p>
      )}
    </div>
  );
}
