import { Link, Outlet } from '@tanstack/react-router';

import { OfflineBadge } from './offline-badge';
import { SavedDataNotice } from './saved-data-notice';
import { UpdatePromptSlot } from './update-prompt-slot';

const NAV = [
  { to: '/', label: 'Triage' },
  { to: '/codes', label: 'Codes' },
  { to: '/saved', label: 'Saved' },
] as const;

export function AppShell() {
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell-header">
        <Link to="/" className="brand">
          Bounce Triage
        </Link>
        <nav aria-label="Main">
          <ul className="nav-list">
            {NAV.map((item) => (
              <li key={item.to}>
                <Link
                  to={item.to}
                  activeOptions={{ exact: item.to === '/' }}
                  activeProps={{ 'aria-current': 'page' }}
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <OfflineBadge />
      </header>
      <main id="main" className="shell-main" tabIndex={-1}>
        <UpdatePromptSlot />
        <SavedDataNotice />
        <Outlet />
      </main>
      <footer className="shell-footer">
        <p>
          Works offline. Nothing you paste leaves your browser: there is no
          server to send it to.
        </p>
      </footer>
    </div>
  );
}
