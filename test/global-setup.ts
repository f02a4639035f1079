// Migrates one template database per kind before any test file runs; every test
// database is then a copy of it (see test/databases.ts), which is several times
// faster than opening an empty database and migrating it again in each file.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/store/database';
import { createTestPostgresDatabase, testedDatabases } from './databases';

type Template = { provide(project: TestProject): void; remove(): Promise<void> };

/** A migrated PGlite data directory, dumped to a tarball in a temporary directory. */
async function pgliteTemplate(): Promise<Template> {
  const dir = await mkdtemp(join(tmpdir(), 'duly-test-template-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  const path = join(dir, 'pglite.tar');
  const database = await openDatabase({ memory: true });
  try {
    await database.migrate();
    const dump = await database.dumpDataDir!();
    await writeFile(path, new Uint8Array(await dump.arrayBuffer()));
  } catch (error) {
    await remove();
    throw error;
  } finally {
    await database.close();
  }
  return { provide: (project) => project.provide('pgliteTemplatePath', path), remove };
}

/** A migrated database on the PostgreSQL server, with no session left open on it. */
async function postgresTemplate(): Promise<Template> {
  const template = await createTestPostgresDatabase();
  const database = await openDatabase({ url: template.url, poolSize: 1 });
  try {
    await database.migrate();
  } catch (error) {
    await database.close();
    await template.drop();
    throw error;
  }
  // Copying needs the template free of sessions.
  await database.close();
  return { provide: (project) => project.provide('postgresTemplateName', template.name), remove: template.drop };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const kinds = testedDatabases();
  // PGlite works in this process, PostgreSQL in the server: build both at once.
  const built = await Promise.allSettled([
    ...(kinds.includes('pglite') ? [pgliteTemplate()] : []),
    ...(kinds.includes('postgres') ? [postgresTemplate()] : []),
  ]);
  const templates = built.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const removeAll = async () => {
    for (const template of templates) await template.remove();
  };
  const failed = built.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) {
    await removeAll();
    throw failed.reason;
  }
  for (const template of templates) template.provide(project);
  return removeAll;
}
