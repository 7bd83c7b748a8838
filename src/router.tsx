import { createRouter } from '@tanstack/react-router';

import { NotFound } from './components/not-found';
import { RouteError } from './components/route-error';
import { routeTree } from './routeTree.gen';

export const router = createRouter({
  routeTree,
  defaultErrorComponent: RouteError,
  defaultNotFoundComponent: NotFound,
  defaultPreload: 'intent',
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
