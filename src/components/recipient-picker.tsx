import type { RecipientReading } from '../engine/reading';

interface Props {
  recipients: readonly RecipientReading[];
  selected: number;
  onSelect: (index: number) => void;
}

function describe(r: RecipientReading): string {
  const code = [r.replyCode, r.status].filter(Boolean).join(' ');
  return `${r.address ?? 'unknown address'}${code ? ` — ${code}` : ''} (${r.reason})`;
}

/** When recipients failed differently, let the person pick one. */
export function RecipientPicker({ recipients, selected, onSelect }: Props) {
  return (
    <fieldset className="choices">
      <legend>Which recipient do you want to triage?</legend>
      {recipients.map((r, i) => (
        <label key={`${String(i)}-${r.address ?? ''}`} className="choice">
          <input
            type="radio"
            name="recipient"
            checked={i === selected}
            onChange={() => {
              onSelect(i);
            }}
          />
          {describe(r)}
        </label>
      ))}
    </fieldset>
  );
}
