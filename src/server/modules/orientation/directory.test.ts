import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../../../../tests/support/test-app.ts';
import { buildStaff } from '../../../../tests/support/factories.ts';
import { seedOrientationNetwork } from '../demo/orientation-network.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.db.transaction().execute(async (trx) => { await seedOrientationNetwork(trx); });
});
afterAll(async () => t?.close());

type Entry = { id: string; kind: string; name: string; email: string | null; phone: string | null; territories: Array<{ level: string; code: string }>; topics: string[] };

const somme = { level: 'departement' as const, code: '80' };
const newCell = (overrides: Record<string, unknown> = {}) => ({
  kind: 'cell', name: 'Cellule accompagnement des contractuels', academieCode: 'AMIENS', email: 'cellule-contractuels@ac-amiens.fr',
  topics: ['career_project'], categories: ['second_degree'], territories: [{ level: 'academie', code: 'AMIENS' }], ...overrides,
});

describe('the public directory « Qui contacter ? »', () => {
  it('lists the advisers first, then the actors covering the département, with the services’ contacts and never a member', async () => {
    const response = await t.call(null, 'GET', '/api/contact-points?departement=80');
    expect(response.statusCode).toBe(200);
    const entries = response.json() as Entry[];
    expect(entries[0]).toMatchObject({ kind: 'adviser', name: 'Conseillers RH de proximité de la Somme', email: 'rh-proximite80@ac-amiens.fr' });
    expect(entries.filter((e) => e.kind === 'adviser')).toHaveLength(1);
    const names = entries.map((e) => e.name);
    expect(names).toContain('Conseiller mobilité carrière de la Somme');
    expect(names).not.toContain('Conseiller mobilité carrière de l’Oise');
    expect(names).toContain('Correspondant RH du bassin d’Abbeville');
    expect(names).not.toContain('Correspondant RH du bassin de Beauvais');
    expect(names).toContain('Réseau PAS de la MGEN (Prévention, aide et suivi)');
    expect(entries.find((e) => e.kind === 'occupational_psychologist')).toMatchObject({ phone: '03 22 82 38 25' });
    // Members are people: their names and addresses are not public.
    expect(response.body).not.toMatch(/delattre|poulain|demarcy/i);
  });

  it('lists the advisers of every département of an académie first', async () => {
    const entries = (await t.call(null, 'GET', '/api/contact-points?academie=AMIENS')).json() as Entry[];
    expect(entries.slice(0, 3).map((e) => e.kind)).toEqual(['adviser', 'adviser', 'adviser']);
    expect(entries.slice(3).some((e) => e.kind === 'adviser')).toBe(false);
    expect(entries.map((e) => e.name)).toContain('Correspondant RH du bassin de Beauvais');
  });

  it('asks for a territory, and says when it is unknown', async () => {
    expect((await t.call(null, 'GET', '/api/contact-points')).statusCode).toBe(400);
    expect((await t.call(null, 'GET', '/api/contact-points?departement=99')).statusCode).toBe(404);
    const other = await t.call(null, 'GET', '/api/contact-points?academie=LILLE');
    expect(other.statusCode).toBe(200);
    // Only the national partners, for an académie that has not written its network yet.
    expect((other.json() as Entry[]).every((e) => e.territories.every((x) => x.level === 'national'))).toBe(true);
  });
});

describe('managing the directory', () => {
  it('lets the académie’s coordinator add a cell, change it and add a member; each change is audited', async () => {
    const coordinator = await t.signInAs(DEMO.coordinator);
    const created = await t.call(coordinator, 'POST', '/api/contact-points', newCell());
    expect(created.statusCode).toBe(201);
    const cell = created.json();
    expect(cell).toMatchObject({ kind: 'cell', members: [], acceptsReferrals: false, abilities: { manage: true } });

    const changed = await t.call(coordinator, 'PATCH', `/api/contact-points/${cell.id}`, { phone: '03 00 00 00 00', hours: 'Le mardi' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ phone: '03 00 00 00 00', hours: 'Le mardi' });

    const member = await buildStaff(t.db, { role: 'contact_point', territory: somme });
    expect((await t.call(coordinator, 'POST', `/api/contact-points/${cell.id}/members`, { personId: member.id })).statusCode).toBe(204);
    const again = await t.call(coordinator, 'POST', `/api/contact-points/${cell.id}/members`, { personId: member.id });
    expect(again.statusCode).toBe(409);
    const read = (await t.call(coordinator, 'GET', `/api/contact-points/${cell.id}`)).json();
    expect(read).toMatchObject({ acceptsReferrals: true, members: [{ id: member.id, displayName: member.displayName }] });

    const audit = await t.db.selectFrom('audit_log').select('action').where('target_type', '=', 'contact_point').where('target_id', '=', cell.id)
      .orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['contact_point.create', 'contact_point.update', 'contact_point.member_add']);
  });

  it('refuses a member who does not hold the contact point role', async () => {
    const coordinator = await t.signInAs(DEMO.coordinator);
    const cell = (await t.call(coordinator, 'POST', '/api/contact-points', newCell({ name: 'Cellule des stagiaires' }))).json();
    const adviser = await buildStaff(t.db, { role: 'adviser', territory: somme });
    const refused = await t.call(coordinator, 'POST', `/api/contact-points/${cell.id}/members`, { personId: adviser.id });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toMatchObject({ field: 'personId' });
  });

  it('refuses changes outside the manager’s territory', async () => {
    const oiseCoordinator = await buildStaff(t.db, { role: 'coordinator', territory: { level: 'departement', code: '60' } });
    const caller = await t.signInAsPerson(oiseCoordinator.id);
    // A cell of the whole académie is not theirs…
    const refused = await t.call(caller, 'POST', '/api/contact-points', newCell({ name: 'Cellule hors territoire' }));
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toMatch(/territoire/);
    const listeningLine = await t.db.selectFrom('contact_points').select('id').where('kind', '=', 'occupational_psychologist').executeTakeFirstOrThrow();
    expect((await t.call(caller, 'PATCH', `/api/contact-points/${listeningLine.id}`, { hours: 'Jamais' })).statusCode).toBe(403);
    expect((await t.call(caller, 'POST', `/api/contact-points/${listeningLine.id}/archive`)).statusCode).toBe(403);
    // …nor a national partner, nor a territory of another académie…
    const national = await t.call(caller, 'POST', '/api/contact-points', newCell({ kind: 'external_partner', academieCode: null, territories: [{ level: 'national', code: 'FR' }] }));
    expect(national.statusCode).toBe(403);
    const elsewhere = await t.call(caller, 'POST', '/api/contact-points', newCell({ territories: [{ level: 'departement', code: '59' }] }));
    expect(elsewhere.statusCode).toBe(400);
    // …but an actor of the Oise alone is, and it cannot be stretched to the Somme.
    const oise = await t.call(caller, 'POST', '/api/contact-points', newCell({ name: 'Correspondant RH de Noyon', kind: 'hr_correspondent',
      territories: [{ level: 'bassin', code: 'AMIENS-60-NOY', departementCode: '60', label: 'Bassin de Noyon' }] }));
    expect(oise.statusCode).toBe(201);
    expect(oise.json().territories).toEqual([{ level: 'bassin', code: 'AMIENS-60-NOY', label: 'Bassin de Noyon', departementCode: '60' }]);
    const stretched = await t.call(caller, 'PATCH', `/api/contact-points/${oise.json().id}`, { territories: [somme] });
    expect(stretched.statusCode).toBe(403);
    const audit = await t.db.selectFrom('audit_log').select('action').where('target_id', '=', oise.json().id).execute();
    expect(audit.map((a) => a.action)).toEqual(['contact_point.create']);
  });

  it('leaves the national partners to the national level', async () => {
    const national = await buildStaff(t.db, { role: 'coordinator', territory: { level: 'national', code: 'FR' } });
    const caller = await t.signInAsPerson(national.id);
    const created = await t.call(caller, 'POST', '/api/contact-points', newCell({
      kind: 'external_partner', name: 'Numéro vert national d’écoute', academieCode: null, territories: [{ level: 'national', code: 'FR' }],
    }));
    expect(created.statusCode).toBe(201);
    const academieCoordinator = await t.signInAs(DEMO.coordinator);
    expect((await t.call(academieCoordinator, 'PATCH', `/api/contact-points/${created.json().id}`, { hours: 'Jour et nuit' })).statusCode).toBe(403);
  });

  it('archives a contact point: it leaves the public directory', async () => {
    const admin = await t.signInAs(DEMO.admin);
    const cell = (await t.call(admin, 'POST', '/api/contact-points', newCell({ name: 'Cellule éphémère' }))).json();
    expect((await t.call(null, 'GET', '/api/contact-points?academie=AMIENS')).body).toContain('Cellule éphémère');
    expect((await t.call(admin, 'POST', `/api/contact-points/${cell.id}/archive`)).statusCode).toBe(204);
    expect((await t.call(null, 'GET', '/api/contact-points?academie=AMIENS')).body).not.toContain('Cellule éphémère');
    expect((await t.call(admin, 'POST', `/api/contact-points/${cell.id}/archive`)).statusCode).toBe(422);
  });

  it('gives staff the directory page by page, with who may receive a referral', async () => {
    const adviser = await t.signInAs(DEMO.adviserSomme);
    const first = await t.call(adviser, 'GET', '/api/directory?departement=80&limit=5');
    expect(first.statusCode).toBe(200);
    const page = first.json();
    expect(page.items).toHaveLength(5);
    const second = (await t.call(adviser, 'GET', `/api/directory?departement=80&limit=5&cursor=${page.nextCursor}`)).json();
    expect(second.items.map((i: { id: string }) => i.id)).not.toContain(page.items[0].id);
    const receiving = (await t.call(adviser, 'GET', '/api/directory?departement=80&receiving=true&limit=200')).json();
    const mobility = receiving.items.find((i: { name: string }) => i.name === 'Cellule mobilité');
    expect(mobility).toMatchObject({ acceptsReferrals: true, abilities: { manage: false } });
    expect(mobility.members.map((m: { email: string }) => m.email)).toContain(DEMO.contactPoint);
    expect(receiving.items.some((i: { kind: string }) => i.kind === 'adviser')).toBe(false);
    expect((await t.call(adviser, 'GET', '/api/directory?cursor=bm9wZQ')).statusCode).toBe(400);
  });
});
