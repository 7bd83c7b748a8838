import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * No inline script, no eval, and no request to any other host. Styles set
 * through React's `style` prop go through the CSSOM, which style-src
 * allows; only `<style>` elements and style attributes in markup would
 * need 'unsafe-inline', and the build has none.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

/**
 * The policy goes into the built page only: the dev server's React Refresh
 * preamble is an inline script, which the policy rightly refuses.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'bounce-triage:csp',
    apply: 'build',
    // Right after the charset, before anything the policy must cover.
    transformIndexHtml: (html) =>
      html.replace(
        /<meta charset="UTF-8" \/>/,
        (charset) =>
          `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

export default defineConfig({
  plugins: [
    // The router plugin must come before React's so routes are generated
    // (and code-split) before JSX is transformed.
    tanstackRouter({ target: 'react', autoCodeSplitting: true }),
    react(),
    contentSecurityPolicy(),
    VitePWA({
      // Ask before switching versions: never reload in the middle of a
      // triage. The app registers the worker itself, after first paint.
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        id: '/',
        name: 'Bounce Triage',
        short_name: 'Triage',
        description:
          'Read an email bounce, find its cause, and fix it: in the browser, offline.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1d4ed8',
        background_color: '#ffffff',
        icons: [
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // Every route chunk and every knowledge-base chunk, so any page
        // opens with no network once the app has been visited.
        globPatterns: ['**/*.{js,css,html,svg,png,txt,webmanifest}'],
        navigateFallback: '/index.html',
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the app supports preloads modules natively; the
    // polyfill would only add bytes to the first page.
    modulePreload: { polyfill: false },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
});
