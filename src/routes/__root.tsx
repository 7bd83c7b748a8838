import { createRootRoute } from '@tanstack/react-router';

import { AppShell } from '../components/app-shell';
import { NotFound } from '../components/not-found';
import { RouteError } from '../components/route-error';

export const Route = createRootRoute({
  component: AppShell,
  errorComponent: RouteError,
  notFoundComponent: NotFound,
});
