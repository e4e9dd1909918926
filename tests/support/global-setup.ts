import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/server/db/database.ts';
import { migrateToLatest } from '../../src/server/db/migrator.ts';
import { seedDemo } from '../../src/server/modules/demo/index.ts';
import { JobQueue } from '../../src/server/jobs/queue.ts';

/**
 * Migrates and seeds one database for the whole run; each test file then starts from a copy
 * (PGlite: the dumped data dir; PostgreSQL: CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const started = Date.now();
  if (serverUrl) {
    const templateName = `proxirh_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${templateName}`);
    await admin.query(`create database ${templateName}`);
    const url = new URL(serverUrl);
    url.pathname = `/${templateName}`;
    const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 2 });
    await migrateToLatest(database.db);
    await seedDemo(database.db);
    // pg-boss creates its schema at first start: done once here, copied with the template.
    await (await JobQueue.start({ database, databaseUrl: url.toString(), work: false })).stop();
    await database.close();
    project.provide('testDatabase', { kind: 'postgres', serverUrl, templateName });
    console.log(`Base de test PostgreSQL prête (${templateName}) en ${Date.now() - started} ms, seed de démo 20261123.`);
    return async () => {
      await admin.query(`drop database if exists ${templateName}`);
      await admin.end();
    };
  }
  const dir = path.resolve('.test-data');
  fs.mkdirSync(dir, { recursive: true });
  const dumpPath = path.join(dir, `template-${process.pid}.tar.gz`);
  const database = await openDatabase({});
  await migrateToLatest(database.db);
  await seedDemo(database.db);
  await (await JobQueue.start({ database, work: false })).stop();
  const dump = await database.pglite!.dumpDataDir('gzip');
  fs.writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('testDatabase', { kind: 'pglite', dumpPath });
  console.log(`Base de test PGlite prête en ${Date.now() - started} ms, seed de démo 20261123.`);
  return () => fs.rmSync(dumpPath, { force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: { kind: 'pglite'; dumpPath: string } | { kind: 'postgres'; serverUrl: string; templateName: string };
  }
}
