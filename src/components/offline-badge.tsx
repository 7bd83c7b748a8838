import { useSyncExternalStore } from 'react';

import './pwa.css';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

const isOnline = () => navigator.onLine;

/**
 * Says in the header when the browser has no network. The polite live
 * region is always there, so the change is announced when it happens; it
 * is not a `status` role, which pages keep for their own messages.
 */
export function OfflineBadge() {
  const online = useSyncExternalStore(subscribe, isOnline, () => true);
  return (
    <p aria-live="polite" className="offline-status">
      {!online && (
        <>
          <span className="offline-badge">Offline</span>
          <span className="visually-hidden">
            : Bounce Triage keeps working without a network.
          </span>
        </>
      )}
    </p>
  );
}
