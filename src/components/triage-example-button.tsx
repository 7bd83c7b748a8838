import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';

import { loadEngine, loadKnowledgeOnce } from '../state/engine-loader';
import { newTriageId, useTriageStore } from '../state/triage-store';

/** Starts a triage with a signature's example, as if it had been pasted. */
export function TriageExampleButton({ example }: { example: string }) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const save = useTriageStore((s) => s.save);
  const navigate = useNavigate();

  async function start() {
    setBusy(true);
    setFailed(false);
    try {
      const [engine, knowledge] = await Promise.all([
        loadEngine(),
        loadKnowledgeOnce(),
      ]);
      const id = newTriageId();
      const now = new Date().toISOString();
      save(await engine.startTriage(example, knowledge, id, now));
      await navigate({ to: '/triage/$triageId', params: { triageId: id } });
    } catch {
      console.error('[triage] could not start a triage from an example');
      setFailed(true);
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" disabled={busy} onClick={() => void start()}>
        {busy ? 'Reading…' : 'Triage this example'}
      </button>
      {failed && (
        <p role="alert" className="error">
          Bounce Triage could not load its reader. Check that the app finished
          loading, then try again.
        </p>
      )}
    </>
  );
}
