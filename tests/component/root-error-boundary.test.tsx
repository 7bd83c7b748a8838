import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { RootErrorBoundary } from '../../src/components/root-error-boundary';

function Broken(): never {
  throw new Error('render failed');
}

describe('RootErrorBoundary', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows its children while nothing fails', () => {
    render(
      <RootErrorBoundary>
        <p>All well</p>
      </RootErrorBoundary>,
    );
    expect(screen.getByText('All well')).toBeInTheDocument();
  });

  it('replaces a failed render with an alert and a way back', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <RootErrorBoundary>
        <Broken />
      </RootErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Bounce Triage stopped working',
    );
    expect(
      screen.getByRole('button', { name: 'Reload the app' }),
    ).toBeInTheDocument();
  });
});
