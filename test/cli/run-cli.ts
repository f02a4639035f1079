// Runs `duly` as a user runs it: a child process, its output and exit code, on the
// embedded database (a data directory) or on a new database of the PostgreSQL server.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { createTestPostgresDatabase, testedDatabases } from '../databases';

const bin = resolve(__dirname, '..', '..', 'bin', 'duly.js');

export type Run = { code: number; stdout: string; stderr: string };

/** Runs the command line with the environment on top of this process's one, `stdin` as its standard input. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}, stdin = ''): Promise<Run> {
  return new Promise((done) => {
    const child = execFile(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 2) : 0;
      done({ code, stdout, stderr });
    });
    child.stdin?.end(stdin);
  });
}

export type CliHome = {
  /** Runs a command against this home's database. */
  run(args: string[], stdin?: string): Promise<Run>;
  /** Writes a file into this home's temporary directory and returns its path. */
  file(name: string, text: string): string;
};

/** The suite once per database kind, each on a new database created before its first test and removed after its last. */
export function describeCliOnEachDatabase(title: string, suite: (home: CliHome) => void): void {
  for (const kind of testedDatabases()) {
    // A test runs a few commands, and each command is a new Node process that loads the
    // whole CLI (several seconds on a small machine): more than the default timeout.
    describe(`${title} [${kind}]`, { timeout: 120_000 }, () => {
      const dir = mkdtempSync(join(tmpdir(), 'duly-cli-'));
      const env: NodeJS.ProcessEnv = { DULY_DATA_DIR: join(dir, 'data'), DATABASE_URL: '' };
      let drop: (() => Promise<void>) | undefined;

      beforeAll(async () => {
        if (kind === 'postgres') {
          const created = await createTestPostgresDatabase();
          env.DATABASE_URL = created.url;
          drop = created.drop;
        }
      });
      afterAll(async () => {
        await drop?.();
        rmSync(dir, { recursive: true, force: true });
      });

      suite({
        run: (args, stdin) => runCli(args, env, stdin),
        file(name, text) {
          const path = join(dir, name);
          writeFileSync(path, text);
          return path;
        },
      });
    });
  }
}
