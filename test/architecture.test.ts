// The dependency rule of ARCHITECTURE.md as a test: imports point inward.
// domain ← store ← app ← (http, cli); formats are leaves that only domain may feed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function layerOf(file: string): string {
  return relative(src, file).split('/')[0]!;
}

function localImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'";]*?from\s+['"](\.[^'"]+)['"]/g)].map((m) => m[1]!);
  const dynamic = [...text.matchAll(/import\(\s*['"](\.[^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
  return [...specifiers, ...dynamic].map((s) => resolve(dirname(file), s));
}

// Which layers each layer may import from (besides itself).
const allowed: Record<string, string[]> = {
  domain: [],
  formats: ['domain'],
  store: ['domain'],
  app: ['domain', 'store', 'formats'],
  channels: ['domain', 'app'],
  worker: ['domain', 'app', 'store', 'channels'],
  http: ['domain', 'app', 'store'],
  cli: ['domain', 'app', 'store', 'http', 'formats', 'worker'],
};

describe('architecture', () => {
  const files = sourceFiles(src);
  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(10);
  });
  it('keeps imports pointing inward', () => {
    const violations: string[] = [];
    for (const file of files) {
      const layer = layerOf(file);
      for (const target of localImports(file)) {
        if (!target.startsWith(src)) {
          violations.push(`${relative(root, file)} imports outside src: ${relative(root, target)}`);
          continue;
        }
        const targetLayer = layerOf(target);
        if (targetLayer === layer) continue;
        // The API contract (zod shapes) is shared vocabulary, not the HTTP server.
        if (relative(src, target).startsWith('http/contract')) continue;
        if (!(allowed[layer] ?? []).includes(targetLayer)) {
          violations.push(`${relative(root, file)} (${layer}) imports ${relative(root, target)} (${targetLayer})`);
        }
      }
    }
    expect(violations).toEqual([]);
  });
  it('keeps the domain free of I/O and the clock', () => {
    const offending = files
      .filter((f) => layerOf(f) === 'domain')
      .filter((f) => /from\s+['"]node:|new Date\(\)|Date\.now\(\)/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(offending).toEqual([]);
  });
});
