import type { ErrorComponentProps } from '@tanstack/react-router';
import { Link } from '@tanstack/react-router';

/** Shown in place of a route that failed; the header stays usable. */
export function RouteError({ reset }: ErrorComponentProps) {
  return (
    <section role="alert" className="page">
      <h1>This page could not be shown</h1>
      <p>
        Something went wrong while showing it. Your saved triages are not
        affected.
      </p>
      <p className="actions">
        <button type="button" onClick={reset}>
          Try again
        </button>
        <Link to="/">Start over</Link>
      </p>
    </section>
  );
}
