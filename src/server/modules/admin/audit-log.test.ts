import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type Caller, type TestApp } from '../../../../tests/support/test-app.ts';
import { buildRequest } from '../../../../tests/support/factories.ts';
import { AUDIT_ACTION_LABELS } from '../../../shared/audit-actions.ts';
import { parisDate } from '../../clock.ts';

let t: TestApp;
let admin: Caller;
let reference: string;
let requestId: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signInAs(DEMO.admin);
  const agent = await t.db.selectFrom('persons').select('id').where('email', '=', DEMO.agentSomme).executeTakeFirstOrThrow();
  const request = await buildRequest(t.db, { agent, topic: 'career_project' });
  requestId = request.id;
  reference = (await t.db.selectFrom('requests').select('reference').where('id', '=', request.id).executeTakeFirstOrThrow()).reference;
  // The coordinator reads the request: one « request.read » row about it.
  const coordinator = await t.signInAs(DEMO.coordinator);
  expect((await t.call(coordinator, 'GET', `/api/requests/${request.id}`)).statusCode).toBe(200);
});
afterAll(async () => t?.close());

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('the audit log, readable', () => {
  it('has a French label for every action the server writes', () => {
    const written = new Set<string>();
    for (const file of sourceFiles(path.resolve('src/server'))) {
      for (const match of fs.readFileSync(file, 'utf8').matchAll(/action: '([a-z_]+\.[a-z_.]+)'/g)) written.add(match[1]!);
    }
    expect(written.size).toBeGreaterThan(15);
    expect([...written].filter((action) => !(action in AUDIT_ACTION_LABELS))).toEqual([]);
  });

  it('shows the action in French, the person by name and the request by its reference, filtered by record', async () => {
    const response = await t.call(admin, 'GET', `/api/admin/audit-log?record=${reference.toLowerCase()}`);
    expect(response.statusCode).toBe(200);
    const items = response.json().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]).toMatchObject({
      action: 'request.read', actionLabel: 'Consultation d’une demande', targetLabel: `Demande ${reference}`,
      actor: { displayName: 'Hélène Dumont' }, actorRole: 'coordinator',
    });
    expect(items.every((e: { targetId: string }) => e.targetId === requestId)).toBe(true);
  });

  it('filters by person, action and period; a reversed period is refused on its field', async () => {
    const byPerson = (await t.call(admin, 'GET', '/api/admin/audit-log?person=dumont&action=request.read')).json().items;
    expect(byPerson.length).toBeGreaterThan(0);
    expect(byPerson.every((e: { actor: { displayName: string }; action: string }) => e.actor.displayName === 'Hélène Dumont' && e.action === 'request.read')).toBe(true);
    const today = parisDate(new Date());
    expect((await t.call(admin, 'GET', `/api/admin/audit-log?record=${reference}&from=${today}&to=${today}`)).json().items.length).toBeGreaterThan(0);
    expect((await t.call(admin, 'GET', `/api/admin/audit-log?record=${reference}&to=2020-01-01`)).json().items).toEqual([]);
    const reversed = await t.call(admin, 'GET', '/api/admin/audit-log?from=2026-05-01&to=2026-04-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors).toEqual([{ field: 'to', message: 'La fin de la période doit suivre son début.' }]);
    expect((await t.call(admin, 'GET', '/api/admin/audit-log?action=unknown.code')).statusCode).toBe(400);
  });

  it('exports the filtered view as a French CSV (BOM, « ; », French dates and labels), and audits the export without what was typed', async () => {
    const response = await t.call(admin, 'GET', `/api/admin/audit-log.csv?record=${reference}&person=dumont`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="journal-audit-\d{4}-\d{2}-\d{2}\.csv"/);
    const raw = response.rawPayload;
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = raw.subarray(3).toString('utf8').trim().split('\n');
    expect(lines[0]).toBe('Date et heure (Paris);Personne;Rôle;Action;Objet;Code de l’action;Identifiant de l’objet');
    const cells = lines[1]!.split(';');
    expect(cells[0]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
    expect(cells.slice(1, 7)).toEqual(['Hélène Dumont', 'Coordonnateur du service RH de proximité', 'Consultation d’une demande', `Demande ${reference}`, 'request.read', requestId]);
    expect(lines.slice(1).every((line) => line.includes(reference))).toBe(true);

    const exported = await t.db.selectFrom('audit_log').select(['actor_id', 'details']).where('action', '=', 'audit.export').execute();
    expect(exported).toHaveLength(1);
    expect(exported[0]!.actor_id).toBe(admin.personId);
    expect(exported[0]!.details).toMatchObject({ count: lines.length - 1, byPerson: true, byRecord: true });
    expect(JSON.stringify(exported[0]!.details)).not.toMatch(/dumont|AMI-/i);
  });
});
