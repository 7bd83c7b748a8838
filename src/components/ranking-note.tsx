import type { Shift } from '../engine/infer';

interface Props {
  moved: readonly Shift[];
  causeTitle: (id: string) => string;
}

function pct(p: number): string {
  return `${String(Math.round(p * 100))}%`;
}

/** What the last answer changed, announced politely to screen readers. */
export function RankingNote({ moved, causeTitle }: Props) {
  const top = moved.slice(0, 3);
  return (
    <p className="ranking-note" aria-live="polite">
      {top.length > 0 &&
        `Your last answer moved: ${top
          .map(
            (s) => `${causeTitle(s.cause)} ${pct(s.before)} → ${pct(s.after)}`,
          )
          .join('; ')}.`}
    </p>
  );
}
