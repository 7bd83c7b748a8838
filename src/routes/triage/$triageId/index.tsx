import { createFileRoute, Link } from '@tanstack/react-router';

import { Finding } from '../../../components/finding';
import { KIND_EXPLAINED } from '../../../components/labels';
import { RecipientPicker } from '../../../components/recipient-picker';
import { useFocusHeading } from '../../../components/use-focus-heading';
import { useTriageView } from '../../../components/use-triage-view';

export const Route = createFileRoute('/triage/$triageId/')({
  component: FoundPage,
});

function differentErrors(codes: string[]): boolean {
  return new Set(codes).size > 1;
}

function FoundPage() {
  const { triageId, triage, report, change } = useTriageView();
  const heading = useFocusHeading<HTMLHeadingElement>(triageId);
  if (!triage || !report) return null;

  const { reading } = triage;
  if (reading.kind !== 'bounce') {
    const explained = KIND_EXPLAINED[reading.kind];
    return (
      <section aria-labelledby="found-title" className="page">
        <h1 id="found-title" ref={heading} tabIndex={-1}>
          {explained.title}
        </h1>
        <p>{explained.text}</p>
        <p className="actions">
          <Link to="/">Paste another message</Link>
        </p>
      </section>
    );
  }

  const choices = reading.recipients.map(
    (r) => `${r.replyCode ?? ''} ${r.status ?? ''} ${r.signature ?? r.reason}`,
  );
  return (
    <section aria-labelledby="found-title" className="page">
      <h1 id="found-title" ref={heading} tabIndex={-1}>
        What we found
      </h1>
      {differentErrors(choices) && (
        <RecipientPicker
          recipients={reading.recipients}
          selected={triage.recipientIndex}
          onSelect={(i) => {
            change((t) => ({ ...t, recipientIndex: i }));
          }}
        />
      )}
      <Finding report={report} provider={reading.provider} />
      <p className="actions">
        <Link
          to="/triage/$triageId/questions"
          params={{ triageId }}
          className="button"
        >
          {report.generic ? 'Start the generic triage' : 'Find the cause'}
        </Link>
      </p>
    </section>
  );
}
