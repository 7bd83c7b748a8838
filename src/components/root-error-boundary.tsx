import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
}

interface State {
  failed: boolean;
}

/**
 * The last line of defence: if the app itself fails to render, say so in
 * words and offer a way back instead of a blank page.
 */
export class RootErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Only the error's name and stack location: never the pasted bounce.
    console.error('[triage] render failed:', error.name, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" className="page">
        <h1>Bounce Triage stopped working</h1>
        <p>
          Something unexpected went wrong. Your saved triages are kept in this
          browser and are not lost.
        </p>
        <p className="actions">
          <button
            type="button"
            onClick={() => {
              window.location.assign('/');
            }}
          >
            Reload the app
          </button>
        </p>
      </div>
    );
  }
}
