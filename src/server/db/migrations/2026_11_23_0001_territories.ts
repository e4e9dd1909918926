import { sql, type Kysely } from 'kysely';
import { ACADEMIES } from '../../../shared/territories.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('academies')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('reference_prefix', 'text', (c) => c.notNull().unique())
    .execute();
  await db.schema.createTable('departements')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('academie_code', 'text', (c) => c.notNull().references('academies.code'))
    .execute();
  await db.schema.createIndex('departements_academie_idx').on('departements').column('academie_code').execute();
  await db.schema.createTable('bassins')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('departement_code', 'text', (c) => c.notNull().references('departements.code'))
    .execute();
  await db.schema.createIndex('bassins_departement_idx').on('bassins').column('departement_code').execute();
  await db.schema.createTable('establishments')
    .addColumn('uai', 'text', (c) => c.primaryKey().check(sql`uai ~ '^[0-9]{7}[A-Z]$'`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('commune', 'text', (c) => c.notNull())
    .addColumn('departement_code', 'text', (c) => c.notNull().references('departements.code'))
    .addColumn('bassin_code', 'text', (c) => c.references('bassins.code'))
    .execute();
  await db.schema.createIndex('establishments_departement_idx').on('establishments').column('departement_code').execute();

  await db.insertInto('academies')
    .values(ACADEMIES.map((a) => ({ code: a.code, name: a.name, reference_prefix: a.referencePrefix })))
    .execute();
  await db.insertInto('departements')
    .values(ACADEMIES.flatMap((a) => a.departements.map((d) => ({ code: d.code, name: d.name, academie_code: a.code }))))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['establishments', 'bassins', 'departements', 'academies']) await db.schema.dropTable(table).execute();
}
