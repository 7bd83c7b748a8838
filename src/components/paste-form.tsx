import { useNavigate } from '@tanstack/react-router';
import { useId, useState, type DragEvent, type SyntheticEvent } from 'react';

import {
  loadEngine,
  loadKnowledgeOnce,
  loadTriageStore,
} from '../state/engine-loader';
import { PASTE_EXAMPLES } from './paste-examples';

/** Larger than any real bounce; a bigger file is almost surely not one. */
const MAX_BYTES = 20 * 1024 * 1024;

function tooLarge(bytes: number): string {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return `That file is ${mb} MB. Bounces are rarely over 1 MB and Bounce Triage reads up to 20 MB: paste just the bounce, or its first part.`;
}

export function PasteForm() {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();
  const errorId = useId();

  async function loadFile(file: File) {
    if (file.size > MAX_BYTES) {
      setError(tooLarge(file.size));
      return;
    }
    setError(null);
    setText(await file.text());
  }

  async function start(event: SyntheticEvent) {
    event.preventDefault();
    if (text.trim().length === 0) {
      setError('Paste a bounce first: the reply line or the whole message.');
      return;
    }
    if (text.length > MAX_BYTES) {
      setError(tooLarge(text.length));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setError(await startAndOpen(text));
    } finally {
      setBusy(false);
    }
  }

  /** Start a triage and open it; a message for the person if it fails. */
  async function startAndOpen(input: string): Promise<string | null> {
    let loaded;
    try {
      loaded = await Promise.all([
        loadEngine(),
        loadKnowledgeOnce(),
        loadTriageStore(),
      ]);
    } catch {
      console.error('[triage] the reader or knowledge base did not load');
      return 'Bounce Triage could not load its reader. Check that the app finished loading (or reload it), then try again.';
    }
    const [engine, knowledge, store] = loaded;
    try {
      const id = store.newTriageId();
      const now = new Date().toISOString();
      const triage = await engine.startTriage(input, knowledge, id, now);
      store.useTriageStore.getState().save(triage);
      await navigate({ to: '/triage/$triageId', params: { triageId: id } });
      return null;
    } catch (error) {
      // The error's kind only: its message could quote the bounce.
      console.error('[triage] reading failed:', (error as Error).name);
      return 'Bounce Triage could not read this text. Your paste is still here: try pasting the whole bounce message, or just the line with the server’s reply.';
    }
  }

  function drop(event: DragEvent) {
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    void loadFile(file);
  }

  return (
    <form className="paste-form" onSubmit={(e) => void start(e)}>
      <label htmlFor="bounce" className="field-label">
        Bounce message
      </label>
      <p className="hint" id="bounce-hint">
        One SMTP reply line, a log line, or the whole bounce email. You can also
        drop an .eml or .txt file here.
      </p>
      <textarea
        id="bounce"
        name="bounce"
        rows={12}
        spellCheck={false}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
        }}
        onDrop={drop}
        aria-describedby={error ? `bounce-hint ${errorId}` : 'bounce-hint'}
        aria-invalid={error ? true : undefined}
      />
      {error && (
        <p id={errorId} role="alert" className="error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Reading…' : 'Start triage'}
        </button>
        <label className="button secondary file-button">
          Open a bounce file
          <input
            type="file"
            accept=".eml,.txt,message/rfc822,text/plain"
            className="visually-hidden"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void loadFile(file);
            }}
          />
        </label>
      </div>
      <h2 className="examples-title">Or try an example</h2>
      <ul className="examples">
        {PASTE_EXAMPLES.map((example) => (
          <li key={example.label}>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setText(example.text);
                setError(null);
              }}
            >
              {example.label}
            </button>
          </li>
        ))}
      </ul>
    </form>
  );
}
