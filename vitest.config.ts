import { availableParallelism } from 'node:os';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/** Files whose tests drive child processes (the `duly` command line) or a browser. */
const drivesProcesses = (file: TestSpecification) => /\/(e2e\/[^/]+|cli[^/]*)\.test\.ts$/.test(file.moduleId);

// Without timings from an earlier run (always so on CI) vitest starts the largest files
// first. The longest ones here are not the largest but those that drive processes;
// started last, they would keep one worker busy long after the other ran out of files.
class ProcessDrivingFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter(drivesProcesses), ...sorted.filter((file) => !drivesProcesses(file))];
  }
}

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Migrates one template database per kind; test databases are copies of it.
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    // Vitest keeps one core free by default, which on a two-core CI runner means a
    // single worker. The main process is mostly idle during a run, and many tests wait
    // on PostgreSQL or a child process, so every core gets a worker.
    maxWorkers: availableParallelism(),
    // A worker process runs file after file with the modules it already loaded: no
    // re-import of fastify, drizzle and PGlite, and PGlite's WebAssembly stays warm,
    // which halves the CPU time of the database tests. Test files share no state
    // beyond memoized lookups; each opens and closes its own databases.
    isolate: false,
    sequence: { sequencer: ProcessDrivingFirst },
    // i18next-icu's ES build default-imports the CommonJS intl-messageformat, which
    // Node cannot resolve to the class; letting Vite transform it applies the interop.
    server: { deps: { inline: ['i18next-icu'] } },
  },
});
