import { useId, useState } from 'react';

import { redactTriage } from '../engine/export/redact';
import { encodeShare, shareTooLarge } from '../engine/export/share';
import type { Triage } from '../engine/triage';
import { copyText } from './checklist-files';

interface Made {
  url: string;
  /** The triage version and choice the link was made from. */
  key: string;
}

const TOO_LARGE =
  'This triage is too large for a link (over 64 kB). Use "Download JSON" and send the file instead.';

function canShare(): boolean {
  return typeof navigator.share === 'function';
}

/** Make a link that carries the whole triage in its fragment. */
export function ChecklistShare({ triage }: { triage: Triage }) {
  const [include, setInclude] = useState(false);
  const [made, setMade] = useState<Made | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const linkId = useId();
  const key = `${triage.updatedAt}|${String(include)}`;
  const link = made?.key === key ? made.url : null;

  async function makeLink() {
    const fragment = await encodeShare(include ? triage : redactTriage(triage));
    if (shareTooLarge(fragment)) {
      setError(TOO_LARGE);
      setMade(null);
      return;
    }
    setError(null);
    setMessage('');
    setMade({ url: `${window.location.origin}/shared#${fragment}`, key });
  }

  async function copyLink(url: string) {
    const copied = await copyText(url);
    setMessage(
      copied
        ? 'Link copied.'
        : 'This browser did not allow copying. Select the link and copy it.',
    );
  }

  async function shareLink(url: string) {
    try {
      await navigator.share({ title: 'Bounce triage checklist', url });
    } catch {
      // Closing the share sheet is not an error worth showing.
    }
  }

  return (
    <section aria-labelledby="share-title" className="checklist-share">
      <h2 id="share-title">Share</h2>
      <p className="hint">
        The link holds the whole triage: the reading, answers, ticks and notes.
        Nothing is sent to a server; whoever opens the link reads it in their
        own browser.
      </p>
      <div className="choice">
        <input
          type="checkbox"
          id={`${linkId}-include`}
          checked={include}
          onChange={(e) => {
            setInclude(e.target.checked);
          }}
        />
        <label htmlFor={`${linkId}-include`}>
          Include addresses, IPs and domains
        </label>
      </div>
      <p className="hint">
        {include
          ? 'Anyone with the link will see the addresses, IPs and domains from the bounce.'
          : 'Addresses, IPs and domains from the bounce are replaced by stand-ins such as [address 1].'}
      </p>
      <div className="actions">
        <button type="button" onClick={() => void makeLink()}>
          Share link
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {made && !link && (
        <p className="hint">
          The checklist changed since the link was made. Make it again to
          include the changes.
        </p>
      )}
      {link && (
        <div className="checklist-link">
          <label htmlFor={linkId} className="field-label">
            Share link
          </label>
          <input
            id={linkId}
            type="text"
            readOnly
            value={link}
            onFocus={(e) => {
              e.target.select();
            }}
          />
          <div className="actions">
            <button type="button" onClick={() => void copyLink(link)}>
              Copy link
            </button>
            {canShare() && (
              <button
                type="button"
                className="secondary"
                onClick={() => void shareLink(link)}
              >
                Share…
              </button>
            )}
          </div>
        </div>
      )}
      <p role="status" className="hint">
        {message}
      </p>
    </section>
  );
}
