import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../../../../tests/support/test-app.ts';
import { buildStaff } from '../../../../tests/support/factories.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => t?.close());

type Candidates = { items: Array<{ id: string; displayName: string; email: string }>; more: boolean };

const newCell = (overrides: Record<string, unknown> = {}) => ({
  kind: 'cell', name: 'Cellule des candidats', academieCode: 'AMIENS', topics: [], categories: [],
  territories: [{ level: 'academie', code: 'AMIENS' }], ...overrides,
});

async function createCell(caller: Awaited<ReturnType<TestApp['signInAs']>>, overrides: Record<string, unknown> = {}) {
  const created = await t.call(caller, 'POST', '/api/contact-points', newCell(overrides));
  expect(created.statusCode).toBe(201);
  return created.json() as { id: string };
}

describe('the people who may become members of a contact point', () => {
  it('lists the active holders of the contact point role in the académie, not the members yet, and each may be added', async () => {
    const coordinator = await t.signInAs(DEMO.coordinator);
    const cell = await createCell(coordinator, { name: 'Cellule promotions et candidats' });
    const somme = await buildStaff(t.db, { role: 'contact_point', territory: { level: 'departement', code: '80' } });
    const academie = await buildStaff(t.db, { role: 'contact_point', territory: { level: 'academie', code: 'AMIENS' } });
    const national = await buildStaff(t.db, { role: 'contact_point', territory: { level: 'national', code: 'FR' } });
    const lille = await buildStaff(t.db, { role: 'contact_point', territory: { level: 'departement', code: '59' } });
    const adviser = await buildStaff(t.db, { role: 'adviser', territory: { level: 'departement', code: '80' } });
    const gone = await buildStaff(t.db, { role: 'contact_point', territory: { level: 'departement', code: '60' } });
    await t.db.updateTable('persons').set({ active: false }).where('id', '=', gone.id).execute();

    const listed = async () => {
      const response = await t.call(coordinator, 'GET', `/api/contact-points/${cell.id}/candidates?q=`);
      expect(response.statusCode).toBe(200);
      return (response.json() as Candidates).items.map((c) => c.id);
    };
    const ids = await listed();
    expect(ids).toEqual(expect.arrayContaining([somme.id, academie.id, national.id]));
    expect(ids).not.toContain(lille.id);
    expect(ids).not.toContain(adviser.id);
    expect(ids).not.toContain(gone.id);

    for (const id of [somme.id, academie.id, national.id]) {
      expect((await t.call(coordinator, 'POST', `/api/contact-points/${cell.id}/members`, { personId: id })).statusCode).toBe(204);
    }
    const after = await listed();
    expect(after).not.toContain(somme.id);
    expect(after).not.toContain(national.id);
  });

  it('finds a person by part of the name or the e-mail, accents and case ignored', async () => {
    const admin = await t.signInAs(DEMO.admin);
    const cell = await createCell(admin, { name: 'Cellule de recherche' });
    const person = await buildStaff(t.db, { role: 'contact_point', territory: { level: 'academie', code: 'AMIENS' } });
    await t.db.updateTable('persons').set({ display_name: 'Éloïse Béranger', email: 'eloise.beranger@ac-amiens.fr' }).where('id', '=', person.id).execute();

    for (const q of ['beranger', 'BÉRANG', 'eloise', 'se.ber']) {
      const found = (await t.call(admin, 'GET', `/api/contact-points/${cell.id}/candidates?q=${encodeURIComponent(q)}`)).json() as Candidates;
      expect(found.items.map((c) => c.displayName)).toEqual(['Éloïse Béranger']);
    }
    const none = (await t.call(admin, 'GET', `/api/contact-points/${cell.id}/candidates?q=${encodeURIComponent('%')}`)).json() as Candidates;
    expect(none).toEqual({ items: [], more: false });
  });

  it('is for the managers of that contact point: 404 when unknown, 403 outside their territory, 422 when archived', async () => {
    const coordinator = await t.signInAs(DEMO.coordinator);
    const cell = await createCell(coordinator, { name: 'Cellule réservée' });
    const unknown = await t.call(coordinator, 'GET', '/api/contact-points/00000000-0000-0000-0000-000000000000/candidates');
    expect(unknown.statusCode).toBe(404);

    const oiseCoordinator = await buildStaff(t.db, { role: 'coordinator', territory: { level: 'departement', code: '60' } });
    const outside = await t.call(await t.signInAsPerson(oiseCoordinator.id), 'GET', `/api/contact-points/${cell.id}/candidates`);
    expect(outside.statusCode).toBe(403);
    expect(outside.json().detail).toMatch(/territoire/);

    const adviser = await t.signInAs(DEMO.adviserSomme);
    expect((await t.call(adviser, 'GET', `/api/contact-points/${cell.id}/candidates`)).statusCode).toBe(403);

    expect((await t.call(coordinator, 'GET', `/api/contact-points/${cell.id}/candidates?q=${'x'.repeat(101)}`)).statusCode).toBe(400);
    expect((await t.call(coordinator, 'POST', `/api/contact-points/${cell.id}/archive`)).statusCode).toBe(204);
    const archived = await t.call(coordinator, 'GET', `/api/contact-points/${cell.id}/candidates`);
    expect(archived.statusCode).toBe(422);
    expect(archived.json().detail).toMatch(/archivé/);
  });

  it('says when more people match than it lists', async () => {
    const coordinator = await t.signInAs(DEMO.coordinator);
    const cell = await createCell(coordinator, { name: 'Cellule très demandée' });
    for (let i = 0; i < 21; i += 1) {
      const person = await buildStaff(t.db, { role: 'contact_point', territory: { level: 'academie', code: 'AMIENS' } });
      await t.db.updateTable('persons').set({ display_name: `Zoé Multiple ${String(i).padStart(2, '0')}` }).where('id', '=', person.id).execute();
    }
    const page = (await t.call(coordinator, 'GET', `/api/contact-points/${cell.id}/candidates?q=multiple`)).json() as Candidates;
    expect(page.items).toHaveLength(20);
    expect(page.more).toBe(true);
    expect(page.items[0]!.displayName).toBe('Zoé Multiple 00');
  });
});
