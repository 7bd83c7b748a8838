import { useRegisterSW } from 'virtual:pwa-register/react';

import { UpdateBanner } from './update-banner';

/**
 * Registers the service worker and, when a new version has been fetched,
 * asks before switching to it: a reload in the middle of a triage would
 * lose the person's place, so it only happens when they choose it.
 */
export default function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisterError() {
      console.error('[triage] the offline copy could not be set up');
    },
  });

  return (
    <UpdateBanner
      waiting={needRefresh}
      onReload={() => {
        void updateServiceWorker(true);
      }}
      onLater={() => {
        setNeedRefresh(false);
      }}
    />
  );
}
