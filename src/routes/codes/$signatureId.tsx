import { createFileRoute, Link, notFound } from '@tanstack/react-router';

import { CodeReference } from '../../components/code-reference';
import { useFocusHeading } from '../../components/use-focus-heading';
import { codeReference } from '../../engine/reference';
import { loadKnowledgeOnce } from '../../state/engine-loader';

export const Route = createFileRoute('/codes/$signatureId')({
  loader: async ({ params }) => {
    const reference = codeReference(
      params.signatureId,
      await loadKnowledgeOnce(),
    );
    // The router's not-found signal is a plain object, not an Error.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (!reference) throw notFound();
    return reference;
  },
  component: CodePage,
  notFoundComponent: UnknownCode,
});

function CodePage() {
  const reference = Route.useLoaderData();
  const heading = useFocusHeading<HTMLHeadingElement>(reference.signature.id);
  return <CodeReference reference={reference} heading={heading} />;
}

function UnknownCode() {
  const { signatureId } = Route.useParams();
  const heading = useFocusHeading<HTMLHeadingElement>(signatureId);
  return (
    <section aria-labelledby="unknown-code-title" className="page">
      <h1 id="unknown-code-title" ref={heading} tabIndex={-1}>
        No such bounce code
      </h1>
      <p>
        Bounce Triage has no reference page called “{signatureId}”. The link may
        be mistyped, or the code may have been renamed.
      </p>
      <p>
        <Link to="/codes">Browse the bounce codes</Link> or search them for the
        code you have.
      </p>
    </section>
  );
}
