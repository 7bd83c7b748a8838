import { createFileRoute } from '@tanstack/react-router';

export const Route = createFileRoute('/')({
  component: PastePage,
});

function PastePage() {
  return (
    <section aria-labelledby="paste-title" className="page">
      <h1 id="paste-title">Why did my email bounce?</h1>
      <p className="lede">
        Paste the bounce you got back, one line or the whole message, and Bounce
        Triage explains it and walks you to the fix.
      </p>
    </section>
  );
}
