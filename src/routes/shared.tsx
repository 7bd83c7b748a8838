import { createFileRoute } from '@tanstack/react-router';

import { SharedChecklist } from '../components/shared-checklist';
import { loadKnowledgeOnce } from '../state/engine-loader';

export const Route = createFileRoute('/shared')({
  loader: () => loadKnowledgeOnce(),
  component: SharedPage,
});

function SharedPage() {
  return <SharedChecklist knowledge={Route.useLoaderData()} />;
}
