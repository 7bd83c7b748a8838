import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { OfflineBadge } from '../../src/components/offline-badge';
import { UpdateBanner } from '../../src/components/update-banner';

function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the offline badge', () => {
  it('appears when the network goes and leaves when it comes back', () => {
    render(<OfflineBadge />);
    expect(screen.queryByText('Offline')).not.toBeInTheDocument();

    setOnline(false);
    expect(screen.getByText('Offline')).toBeVisible();

    setOnline(true);
    expect(screen.queryByText('Offline')).not.toBeInTheDocument();
  });
});

describe('the update banner', () => {
  it('says nothing until a new version is waiting', () => {
    render(
      <UpdateBanner waiting={false} onReload={vi.fn()} onLater={vi.fn()} />,
    );
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('asks before reloading into the new version', async () => {
    const reload = vi.fn();
    const later = vi.fn();
    render(<UpdateBanner waiting onReload={reload} onLater={later} />);

    expect(screen.getByRole('status')).toHaveTextContent(
      'A new version is available',
    );
    expect(reload).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(later).toHaveBeenCalledOnce();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledOnce();
  });
});
