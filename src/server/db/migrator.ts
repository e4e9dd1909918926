import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as m20261123_0001 from './migrations/2026_11_23_0001_territories.ts';
import * as m20261123_0002 from './migrations/2026_11_23_0002_people_and_roles.ts';
import * as m20261123_0003 from './migrations/2026_11_23_0003_sessions.ts';
import * as m20261123_0004 from './migrations/2026_11_23_0004_audit_log.ts';
import * as m20261123_0005 from './migrations/2026_11_23_0005_requests.ts';
import * as m20261123_0010 from './migrations/2026_11_23_0010_mail_outbox.ts';
import * as m20261123_0020 from './migrations/2026_11_23_0020_request_follow_up.ts';
import * as m20261123_0030 from './migrations/2026_11_23_0030_steering.ts';
import * as m20261123_0040 from './migrations/2026_11_23_0040_performance_indexes.ts';
import * as m20261125_0001 from './migrations/2026_11_25_0001_service_settings.ts';
import * as m20261126_0001 from './migrations/2026_11_26_0001_statistical_keys.ts';
import * as m20261127_0001 from './migrations/2026_11_27_0001_secret_links.ts';
import * as m20261128_0001 from './migrations/2026_11_28_0001_session_changes.ts';
import * as m20261130_0001 from './migrations/2026_11_30_0001_orientation.ts';
import * as m20261130_0020 from './migrations/2026_11_30_0020_referral_statistical_keys.ts';
import * as m20261202_0001 from './migrations/2026_12_02_0001_appointments.ts';
import * as m20261203_0010 from './migrations/2026_12_03_0010_agenda.ts';
import * as m20261204_0001 from './migrations/2026_12_04_0001_collective_sessions.ts';
import * as m20261204_0010 from './migrations/2026_12_04_0010_phone_line.ts';
import * as m20261205_0001 from './migrations/2026_12_05_0001_knowledge_base.ts';
import * as m20261206_0001 from './migrations/2026_12_06_0001_key_dates.ts';
import * as m20261206_0010 from './migrations/2026_12_06_0010_newsletters.ts';
import * as m20261207_0001 from './migrations/2026_12_07_0001_appointment_statistical_keys.ts';
import * as m20261208_0001 from './migrations/2026_12_08_0001_knowledge_search_generation.ts';

// Migrations are imported statically so that the same list runs from sources, from a bundle
// and in tests. One change per file; a landed file is never edited.
const migrations: Record<string, Migration> = {
  '2026_11_23_0001_territories': m20261123_0001,
  '2026_11_23_0002_people_and_roles': m20261123_0002,
  '2026_11_23_0003_sessions': m20261123_0003,
  '2026_11_23_0004_audit_log': m20261123_0004,
  '2026_11_23_0005_requests': m20261123_0005,
  '2026_11_23_0010_mail_outbox': m20261123_0010,
  '2026_11_23_0020_request_follow_up': m20261123_0020,
  '2026_11_23_0030_steering': m20261123_0030,
  '2026_11_23_0040_performance_indexes': m20261123_0040,
  '2026_11_25_0001_service_settings': m20261125_0001,
  '2026_11_26_0001_statistical_keys': m20261126_0001,
  '2026_11_27_0001_secret_links': m20261127_0001,
  '2026_11_28_0001_session_changes': m20261128_0001,
  '2026_11_30_0001_orientation': m20261130_0001,
  '2026_11_30_0020_referral_statistical_keys': m20261130_0020,
  '2026_12_02_0001_appointments': m20261202_0001,
  '2026_12_03_0010_agenda': m20261203_0010,
  '2026_12_04_0001_collective_sessions': m20261204_0001,
  '2026_12_04_0010_phone_line': m20261204_0010,
  '2026_12_05_0001_knowledge_base': m20261205_0001,
  '2026_12_06_0001_key_dates': m20261206_0001,
  '2026_12_06_0010_newsletters': m20261206_0010,
  '2026_12_07_0001_appointment_statistical_keys': m20261207_0001,
  '2026_12_08_0001_knowledge_search_generation': m20261208_0001,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Applies every pending migration; throws with the failing migration's name. */
// Migrations run on the database as it was, not as the schema types say it is now (Kysely's advice).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`La migration ${failed?.migrationName ?? '(inconnue)'} a échoué : ${cause}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
