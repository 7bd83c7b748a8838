import { useNavigate } from '@tanstack/react-router';
import { useState, type ChangeEvent } from 'react';

import type { ExportDocument } from '../engine/export/document';
import { fromJson, toJson } from '../engine/export/json';
import { toMarkdown } from '../engine/export/markdown';
import { toText } from '../engine/export/text';
import type { Triage } from '../engine/triage';
import { newTriageId, useTriageStore } from '../state/triage-store';
import { copyText, downloadText, exportName } from './checklist-files';

/** Far above any real export; a bigger file is not one of ours. */
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

interface Props {
  triage: Triage;
  doc: ExportDocument;
}

/** Read a chosen file as an exported checklist and save it as a new one. */
function useImport() {
  const save = useTriageStore((s) => s.save);
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setError('This file is too large to be a checklist export (over 5 MB).');
      return;
    }
    const result = fromJson(await file.text());
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setError(null);
    const id = newTriageId();
    save({ ...result.triage, id, updatedAt: new Date().toISOString() });
    await navigate({
      to: '/triage/$triageId/checklist',
      params: { triageId: id },
    });
  }
  return { error, importFile };
}

/** Copy, download, print and import the checklist. */
export function ChecklistExport({ triage, doc }: Props) {
  const [status, setStatus] = useState('');
  const { error, importFile } = useImport();

  async function copyMarkdown() {
    const copied = await copyText(toMarkdown(doc));
    setStatus(
      copied
        ? 'Markdown copied.'
        : 'This browser did not allow copying. Use "Download Markdown" instead.',
    );
  }

  function download(extension: string, type: string, text: string) {
    downloadText(exportName(triage.id, extension), type, text);
  }

  return (
    <section aria-labelledby="export-title" className="checklist-export">
      <h2 id="export-title">Save or print</h2>
      <div className="actions">
        <button type="button" onClick={() => void copyMarkdown()}>
          Copy Markdown
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            download('md', 'text/markdown', toMarkdown(doc));
          }}
        >
          Download Markdown
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            download('txt', 'text/plain', toText(doc));
          }}
        >
          Download text
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            const now = new Date().toISOString();
            download('json', 'application/json', toJson(triage, doc, now));
          }}
        >
          Download JSON
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            window.print();
          }}
        >
          Print
        </button>
        <label className="button secondary file-button">
          Import checklist
          <input
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            onChange={(e) => void importFile(e)}
          />
        </label>
      </div>
      <p role="status" className="hint">
        {status}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
