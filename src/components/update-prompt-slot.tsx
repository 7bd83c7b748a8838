import { lazy, Suspense, useEffect, useState } from 'react';

import './pwa.css';

// Workbox's window code is not part of the first page: it loads, and the
// service worker registers, once the page has finished loading.
const UpdatePrompt = lazy(() => import('./update-prompt'));

function whenLoadedAndIdle(run: () => void): () => void {
  // Safari has no requestIdleCallback, whatever the DOM types say.
  const hasIdle = 'requestIdleCallback' in window;
  let handle = 0;
  const idle = () => {
    handle = hasIdle
      ? window.requestIdleCallback(run, { timeout: 2000 })
      : window.setTimeout(run, 200);
  };
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
  return () => {
    window.removeEventListener('load', idle);
    if (hasIdle) window.cancelIdleCallback(handle);
    else window.clearTimeout(handle);
  };
}

/** Where the "new version" banner appears, once there is a worker. */
export function UpdatePromptSlot() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // No worker in development or in browsers without service workers.
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    return whenLoadedAndIdle(() => {
      setReady(true);
    });
  }, []);

  if (!ready) return null;
  return (
    <Suspense fallback={null}>
      <UpdatePrompt />
    </Suspense>
  );
}
