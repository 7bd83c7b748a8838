import { useSyncExternalStore } from 'react';

import {
  dismissSetAside,
  setAsideSoFar,
  subscribeSetAside,
} from '../state/safe-storage';

/** Tells the person when saved data could not be read and was kept aside. */
export function SavedDataNotice() {
  const aside = useSyncExternalStore(subscribeSetAside, setAsideSoFar);
  if (aside.length === 0) return null;

  const count = aside.reduce((n, a) => n + a.count, 0);
  return (
    <div role="status" className="notice">
      <p>
        {count === 1
          ? 'One saved triage could not be read, '
          : `${String(count)} saved triages could not be read, `}
        so it was set aside instead of opened. It is still in this
        browser&apos;s storage under a key starting with{' '}
        <code>{aside[0]?.key.split('.set-aside.')[0]}.set-aside</code>.
      </p>
      <button type="button" className="secondary" onClick={dismissSetAside}>
        Dismiss
      </button>
    </div>
  );
}
