import { createFileRoute } from '@tanstack/react-router';

import { ChecklistScreen } from '../../../components/checklist-screen';

export const Route = createFileRoute('/triage/$triageId/checklist')({
  component: ChecklistScreen,
});
