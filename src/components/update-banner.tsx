interface Props {
  /** A new version has been fetched and waits for the person's go-ahead. */
  waiting: boolean;
  onReload: () => void;
  onLater: () => void;
}

/**
 * The "new version" banner. The empty polite region is there first, so
 * the banner is announced when it appears; the banner itself is the
 * status message.
 */
export function UpdateBanner({ waiting, onReload, onLater }: Props) {
  return (
    <div aria-live="polite">
      {waiting && (
        <div role="status" className="update-banner">
          <p>A new version is available</p>
          <button type="button" onClick={onReload}>
            Reload
          </button>
          <button type="button" className="secondary" onClick={onLater}>
            Later
          </button>
        </div>
      )}
    </div>
  );
}
