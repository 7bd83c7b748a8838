import { createFileRoute } from '@tanstack/react-router';
import { useEffect } from 'react';

import { PasteForm } from '../components/paste-form';
import { preloadEngine } from '../state/engine-loader';

export const Route = createFileRoute('/')({
  component: PastePage,
});

function PastePage() {
  useEffect(() => {
    // Fetch the reader and knowledge base once the page is up, so Start
    // triage answers at once without slowing the first paint.
    if ('requestIdleCallback' in window) {
      const handle = window.requestIdleCallback(preloadEngine);
      return () => {
        window.cancelIdleCallback(handle);
      };
    }
    const timer = setTimeout(preloadEngine, 200);
    return () => {
      clearTimeout(timer);
    };
  }, []);

  return (
    <section aria-labelledby="paste-title" className="page">
      <h1 id="paste-title">Why did my email bounce?</h1>
      <p className="lede">
        Paste the bounce you got back and Bounce Triage explains it, asks a few
        questions, and gives you a checklist to fix it.
      </p>
      <PasteForm />
    </section>
  );
}
