import { Link } from '@tanstack/react-router';
import type { ReactNode, Ref } from 'react';

import type { CodeReference as Reference } from '../engine/reference';
import type { Signature } from '../knowledge/schema';
import { CodeFixes } from './code-fixes';
import { CONFIDENCE_WORDS, codesLine, providerLabel } from './code-labels';
import { ACTOR_LABEL, SEVERITY_LABEL } from './labels';
import { TriageExampleButton } from './triage-example-button';
import './codes.css';

const percent = new Intl.NumberFormat('en', {
  style: 'percent',
  maximumFractionDigits: 0,
});

function TitleLine({ signature: s }: { signature: Signature }) {
  return (
    <dl className="facts">
      <dt>Codes</dt>
      <dd>{codesLine(s) || 'none fixed: matched by its wording'}</dd>
      <dt>Provider</dt>
      <dd>{providerLabel(s.provider)}</dd>
      <dt>Severity</dt>
      <dd>{SEVERITY_LABEL[s.severity]}</dd>
      <dt>Permanent?</dt>
      <dd>
        {s.permanent
          ? 'Permanent: resending unchanged will fail again'
          : 'Temporary: the sending server retries'}
      </dd>
      <dt>Who has to act</dt>
      <dd>{ACTOR_LABEL[s.actor]}</dd>
      <dt>How sure we are</dt>
      <dd>{CONFIDENCE_WORDS[s.confidence]}</dd>
    </dl>
  );
}

function Section(props: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={props.id} className="code-section">
      <h2 id={props.id}>{props.title}</h2>
      {props.children}
    </section>
  );
}

interface Props {
  reference: Reference;
  heading: Ref<HTMLHeadingElement>;
}

/** The reference page for one signature. */
export function CodeReference({ reference, heading }: Props) {
  const { signature: s, causes, fixes, related } = reference;
  return (
    <article aria-labelledby="code-title" className="page code-page">
      <p className="code-back">
        <Link to="/codes">All bounce codes</Link>
      </p>
      <h1 id="code-title" ref={heading} tabIndex={-1}>
        {s.title}
      </h1>
      <TitleLine signature={s} />
      {s.undocumented && (
        <p className="note code-undocumented">
          <strong>Not documented by the provider. </strong>
          {s.undocumented}
        </p>
      )}
      <Section id="code-see" title="What you see">
        <blockquote className="diagnostic">{s.example}</blockquote>
        <p className="actions">
          <TriageExampleButton example={s.example} />
        </p>
      </Section>
      <Section id="code-happening" title="What's actually happening">
        <p>{s.happening}</p>
      </Section>
      <Section id="code-causes" title="Common causes">
        <ul className="code-causes">
          {causes.map((c) => (
            <li key={c.cause}>
              {c.title}{' '}
              <span className="code-share">
                (about {percent.format(c.share)} of cases)
              </span>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="code-fix" title="How to fix it">
        <CodeFixes phases={fixes} />
      </Section>
      <Section id="code-prevent" title="Stop it recurring">
        <ul>
          {s.prevent.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </Section>
      {related.length > 0 && (
        <Section id="code-related" title="Related errors">
          <ul>
            {related.map((r) => (
              <li key={r.id}>
                <Link to="/codes/$signatureId" params={{ signatureId: r.id }}>
                  {r.title}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section id="code-sources" title="Sources">
        <ul>
          {s.sources.map((source) => (
            <li key={source.url}>
              <a href={source.url} rel="noreferrer">
                {source.title}
              </a>
            </li>
          ))}
        </ul>
      </Section>
    </article>
  );
}
