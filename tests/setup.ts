import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom lays nothing out, so it has no scrolling; the router restores
// scroll positions on every navigation, which jsdom reports as an error.
window.scrollTo = () => undefined;

// Vitest runs without globals, so Testing Library cannot register its
// own cleanup: unmount after every test here.
afterEach(() => {
  cleanup();
});
