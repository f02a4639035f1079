// `npm start` serves the built web app; it builds it first when the build is missing
// or older than the sources, so a fresh clone needs no separate build step.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const webRoot = join(projectRoot, 'dist', 'web');

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

function buildIsCurrent(): boolean {
  const index = join(webRoot, 'index.html');
  if (!existsSync(index)) return false;
  // The web app also bundles the API contract, money formatting and the import fields.
  const sources = [
    join(projectRoot, 'web'),
    join(projectRoot, 'src', 'http', 'contract'),
    join(projectRoot, 'src', 'domain'),
    join(projectRoot, 'src', 'app', 'import', 'fields.ts'),
    join(projectRoot, 'vite.config.ts'),
  ];
  const newestSource = Math.max(...sources.filter(existsSync).map(newestChange));
  return newestSource <= statSync(index).mtimeMs;
}

/** Builds the web app unless a current build exists; returns the folder to serve. */
export async function ensureWebBuild(log: (message: string) => void): Promise<string> {
  if (buildIsCurrent()) return webRoot;
  log('building the web app…');
  const { build } = await import('vite');
  await build({ configFile: join(projectRoot, 'vite.config.ts'), root: join(projectRoot, 'web'), logLevel: 'warn' });
  return webRoot;
}
