// Builds the web workspace for a browser test, the way `npm run build` does, but into
// a directory of its own so a test never depends on (or disturbs) dist/web.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const projectRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/** Builds web/ into a new temporary directory and returns that directory. */
export async function buildWebInto(parent = tmpdir()): Promise<string> {
  const outDir = mkdtempSync(join(parent, 'duly-web-'));
  await build({
    configFile: join(projectRoot, 'vite.config.ts'),
    root: join(projectRoot, 'web'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
