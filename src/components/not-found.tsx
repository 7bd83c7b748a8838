import { Link } from '@tanstack/react-router';

export function NotFound() {
  return (
    <section aria-labelledby="not-found-title" className="page">
      <h1 id="not-found-title">Page not found</h1>
      <p>
        There is nothing at this address. It may have moved, or the link may be
        mistyped.
      </p>
      <p>
        <Link to="/">Start a new triage</Link>, or{' '}
        <Link to="/codes">browse the bounce codes</Link>.
      </p>
    </section>
  );
}
