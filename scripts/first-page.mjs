// The JavaScript a first visit to `/` needs before it can paint: the
// entry chunk, everything it imports statically, and the paste page's own
// route chunk with its static imports. Chunks loaded later (the reader,
// postal-mime, the knowledge base, the service worker's window code, every
// other route) are not counted. Read from Vite's build manifest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The route chunk the router loads to show `/`. */
const PASTE_PAGE = /^src\/routes\/index\.tsx\?tsr-split=component/;

function staticClosure(manifest, keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`[perf] ${key} is not in the build manifest`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return [...seen].map((key) => manifest[key].file);
}

/** Files and gzip sizes (bytes) of the first page's JavaScript. */
export function firstPageScripts(outDir) {
  const manifest = JSON.parse(
    readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'),
  );
  const keys = Object.keys(manifest);
  const entry = keys.find((key) => manifest[key].isEntry);
  const pastePage = keys.find((key) => PASTE_PAGE.test(key));
  if (!entry) throw new Error('[perf] the build has no entry chunk');
  if (!pastePage) throw new Error('[perf] no route chunk for `/` was found');

  return staticClosure(manifest, [entry, pastePage]).map((file) => ({
    file,
    gzip: gzipSync(readFileSync(join(outDir, file))).length,
  }));
}
