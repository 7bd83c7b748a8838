import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { RootErrorBoundary } from './components/root-error-boundary';
import { router } from './router';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('[triage] #root is missing from index.html');

createRoot(container).render(
  <StrictMode>
    <RootErrorBoundary>
      <RouterProvider router={router} />
    </RootErrorBoundary>
  </StrictMode>,
);
