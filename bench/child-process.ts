// Benchmarks that report peak memory run in a child process of their own, so the figure
// is theirs and not what an earlier scenario left behind. The child logs to stderr and
// writes its result as the last line of stdout, as JSON.
import { spawn } from 'node:child_process';

/** Runs the benchmark script with the arguments; resolves with the JSON of its last line. */
export function runBenchChild<T>(script: string, args: readonly string[], label: string): Promise<T> {
  const child = spawn(process.execPath, [...process.execArgv, script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  return new Promise((done, failed) => {
    child.on('error', failed);
    child.on('close', (code) => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !last.startsWith('{')) failed(new Error(`${label} failed (exit ${code})`));
      else done(JSON.parse(last) as T);
    });
  });
}
