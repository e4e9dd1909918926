import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type Caller, type TestApp } from '../../../../tests/support/test-app.ts';
import { buildAgent, buildStaff } from '../../../../tests/support/factories.ts';

let t: TestApp;
let admin: Caller;
let adminId: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signInAs(DEMO.admin);
  adminId = admin.personId;
});
afterAll(async () => t?.close());

let serial = 0;
const newcomer = (overrides: Record<string, unknown> = {}) => {
  serial += 1;
  return { givenName: 'Inès', familyName: `Nouvelle${serial}`, email: `ines.nouvelle${serial}@ac-amiens.fr`, academie: 'AMIENS', departement: '80', category: 'second_degree', ...overrides };
};

async function create(body = newcomer(), caller = admin) {
  const response = await t.call(caller, 'POST', '/api/admin/accounts', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; email: string; active: boolean; roles: unknown[] };
}

const auditOf = (personId: string, action: string) => t.db.selectFrom('audit_log').selectAll()
  .where('target_type', '=', 'person').where('target_id', '=', personId).where('action', '=', action).execute();

describe('an administrator creates a person', () => {
  it('creates the person of their académie with no role, audited, and finds them in the list', async () => {
    const body = newcomer();
    const account = await create(body);
    expect(account).toMatchObject({ displayName: `Inès ${body.familyName}`, email: body.email, active: true, roles: [],
      academieCode: 'AMIENS', departementCode: '80', category: 'second_degree' });
    const rows = await auditOf(account.id, 'account.create');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor_id: adminId, actor_role: 'admin', academie_code: 'AMIENS' });
    const list = await t.call(admin, 'GET', `/api/admin/accounts?q=${encodeURIComponent(body.familyName)}`);
    expect(list.json().items.map((a: { id: string }) => a.id)).toEqual([account.id]);
  });

  it('refuses an e-mail already used, whatever its case, with a French message on the field', async () => {
    const body = newcomer();
    await create(body);
    const again = await t.call(admin, 'POST', '/api/admin/accounts', newcomer({ email: body.email.toUpperCase() }));
    expect(again.statusCode).toBe(409);
    expect(again.json().errors).toEqual([{ field: 'email', message: expect.stringContaining('Un compte existe déjà') }]);
  });

  it('names the fields it refuses: an address that is not one, a département of another académie', async () => {
    const response = await t.call(admin, 'POST', '/api/admin/accounts', newcomer({ email: 'ines.nouvelle', departement: '69' }));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['departement', 'email']);
  });

  it('refuses a person of another académie (403), and writes nothing', async () => {
    const body = newcomer({ academie: 'LYON', departement: '69' });
    const response = await t.call(admin, 'POST', '/api/admin/accounts', body);
    expect(response.statusCode).toBe(403);
    expect(response.json().detail).toBe('Vous ne pouvez créer un compte que dans le territoire que vous administrez.');
    expect(await t.db.selectFrom('persons').select('id').where('email', '=', body.email).execute()).toEqual([]);
  });
});

describe('roles, within the administrator’s territory', () => {
  it('grants a role on the académie or one of its départements; the open session holds it at once; audited', async () => {
    const account = await create();
    const person = await t.signInAsPerson(account.id);
    expect((await t.call(person, 'GET', '/api/auth/session')).json().abilities.submitRequests).toBe(false);
    const granted = await t.call(admin, 'POST', `/api/admin/accounts/${account.id}/roles`, { role: 'agent', territory: { level: 'departement', code: '80' } });
    expect(granted.statusCode, granted.body).toBe(201);
    expect(granted.json().roles).toEqual([{ role: 'agent', territory: { level: 'departement', code: '80' } }]);
    expect((await t.call(person, 'GET', '/api/auth/session')).json().abilities.submitRequests).toBe(true);
    const editor = await t.call(admin, 'POST', `/api/admin/accounts/${account.id}/roles`, { role: 'editor', territory: { level: 'academie', code: 'amiens' } });
    expect(editor.statusCode).toBe(201);
    const rows = await auditOf(account.id, 'account.grant_role');
    expect(rows.map((r) => r.details)).toEqual([
      { role: 'agent', level: 'departement', code: '80' },
      { role: 'editor', level: 'academie', code: 'AMIENS' },
    ]);
  });

  it('refuses a role outside the territory (a national role, another académie) with 403, and grants nothing', async () => {
    const account = await create();
    for (const territory of [{ level: 'national', code: 'FR' }, { level: 'academie', code: 'LYON' }, { level: 'departement', code: '69' }]) {
      const response = await t.call(admin, 'POST', `/api/admin/accounts/${account.id}/roles`, { role: 'steering', territory });
      expect(response.statusCode, JSON.stringify(territory)).toBe(403);
      expect(response.json().detail).toBe('Vous ne pouvez attribuer un rôle que sur le territoire que vous administrez.');
    }
    expect(await t.db.selectFrom('role_assignments').select('id').where('person_id', '=', account.id).execute()).toEqual([]);
  });

  it('refuses an unknown territory and an agent role on an académie, on the field', async () => {
    const account = await create();
    const unknown = await t.call(admin, 'POST', `/api/admin/accounts/${account.id}/roles`, { role: 'editor', territory: { level: 'departement', code: '99' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].field).toBe('territory.code');
    const agent = await t.call(admin, 'POST', `/api/admin/accounts/${account.id}/roles`, { role: 'agent', territory: { level: 'academie', code: 'AMIENS' } });
    expect(agent.statusCode).toBe(400);
    expect(agent.json().errors[0].field).toBe('territory.level');
  });

  it('answers 404 for a person of another académie: the account is not disclosed', async () => {
    const lyon = await buildAgent(t.db, { departement: '69' });
    expect((await t.call(admin, 'GET', `/api/admin/accounts/${lyon.id}`)).statusCode).toBe(404);
    expect((await t.call(admin, 'POST', `/api/admin/accounts/${lyon.id}/roles`, { role: 'editor', territory: { level: 'academie', code: 'AMIENS' } })).statusCode).toBe(404);
    expect((await t.call(admin, 'POST', `/api/admin/accounts/${lyon.id}/deactivate`)).statusCode).toBe(404);
  });

  it('refuses a role already held (409), withdraws one (the session loses it at once), audited', async () => {
    const account = await create();
    const grant = { role: 'agent', territory: { level: 'departement', code: '60' } };
    await t.call(admin, 'POST', `/api/admin/accounts/${account.id}/roles`, grant);
    expect((await t.call(admin, 'POST', `/api/admin/accounts/${account.id}/roles`, grant)).statusCode).toBe(409);
    const person = await t.signInAsPerson(account.id);
    expect((await t.call(person, 'GET', '/api/auth/session')).json().abilities.submitRequests).toBe(true);
    const withdrawn = await t.call(admin, 'POST', `/api/admin/accounts/${account.id}/roles/withdraw`, grant);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().roles).toEqual([]);
    expect((await t.call(person, 'GET', '/api/auth/session')).json().abilities.submitRequests).toBe(false);
    expect(await auditOf(account.id, 'account.withdraw_role')).toHaveLength(1);
    expect((await t.call(admin, 'POST', `/api/admin/accounts/${account.id}/roles/withdraw`, grant)).statusCode).toBe(404);
  });

  it('refuses to withdraw a role of a territory the administrator does not administer', async () => {
    const both = await buildStaff(t.db, { grants: [
      { role: 'steering', territory: { level: 'national', code: 'FR' } }, { role: 'editor', territory: { level: 'academie', code: 'AMIENS' } }], departement: '80' });
    const response = await t.call(admin, 'POST', `/api/admin/accounts/${both.id}/roles/withdraw`, { role: 'steering', territory: { level: 'national', code: 'FR' } });
    expect(response.statusCode).toBe(403);
  });

  it('never lets an administrator withdraw their own last administrator role', async () => {
    const response = await t.call(admin, 'POST', `/api/admin/accounts/${adminId}/roles/withdraw`, { role: 'admin', territory: { level: 'academie', code: 'AMIENS' } });
    expect(response.statusCode).toBe(422);
    expect(response.json().detail).toBe('Vous ne pouvez pas retirer votre dernier rôle d’administrateur : demandez-le à un autre administrateur.');
    expect((await t.call(admin, 'GET', '/api/auth/session')).json().abilities.administer).toBe(true);
  });

  it('lets a national administrator grant a role anywhere', async () => {
    const national = await buildStaff(t.db, { role: 'admin', territory: { level: 'national', code: 'FR' } });
    const caller = await t.signInAsPerson(national.id);
    const account = await create(newcomer({ academie: 'LYON', departement: '69', email: `lyon.${serial}@ac-lyon.fr` }), caller);
    const response = await t.call(caller, 'POST', `/api/admin/accounts/${account.id}/roles`, { role: 'steering', territory: { level: 'national', code: 'FR' } });
    expect(response.statusCode).toBe(201);
    expect(response.json().roles).toEqual([{ role: 'steering', territory: { level: 'national', code: 'FR' } }]);
  });
});

describe('deactivation and reactivation', () => {
  it('deactivates a person: their open sessions end at once, they cannot sign in; audited with the sessions ended', async () => {
    const account = await create();
    await t.call(admin, 'POST', `/api/admin/accounts/${account.id}/roles`, { role: 'agent', territory: { level: 'departement', code: '80' } });
    const first = await t.signInAsPerson(account.id);
    const second = await t.signInAsPerson(account.id);
    expect((await t.call(first, 'GET', '/api/auth/session')).statusCode).toBe(200);
    const response = await t.call(admin, 'POST', `/api/admin/accounts/${account.id}/deactivate`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().active).toBe(false);
    expect((await t.call(first, 'GET', '/api/auth/session')).statusCode).toBe(401);
    expect((await t.call(second, 'GET', '/api/requests')).statusCode).toBe(401);
    expect(await t.db.selectFrom('sessions').select('token_hash').where('person_id', '=', account.id).execute()).toEqual([]);
    const rows = await auditOf(account.id, 'account.deactivate');
    expect(rows.map((r) => r.details)).toEqual([{ sessionsEnded: 2 }]);
    expect((await t.call(admin, 'POST', `/api/admin/accounts/${account.id}/deactivate`)).statusCode).toBe(422);

    const back = await t.call(admin, 'POST', `/api/admin/accounts/${account.id}/reactivate`);
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({ active: true, roles: [{ role: 'agent', territory: { level: 'departement', code: '80' } }] });
    expect((await t.call(await t.signInAsPerson(account.id), 'GET', '/api/auth/session')).statusCode).toBe(200);
    expect(await auditOf(account.id, 'account.reactivate')).toHaveLength(1);
  });

  it('refuses to deactivate oneself, and a person holding a role beyond the territory', async () => {
    const self = await t.call(admin, 'POST', `/api/admin/accounts/${adminId}/deactivate`);
    expect(self.statusCode).toBe(422);
    expect(self.json().detail).toContain('votre propre compte');
    const national = await buildStaff(t.db, { grants: [
      { role: 'steering', territory: { level: 'national', code: 'FR' } }, { role: 'editor', territory: { level: 'academie', code: 'AMIENS' } }], departement: '80' });
    expect((await t.call(admin, 'POST', `/api/admin/accounts/${national.id}/deactivate`)).statusCode).toBe(403);
    const still = await t.db.selectFrom('persons').select('active').where('id', '=', national.id).executeTakeFirstOrThrow();
    expect(still.active).toBe(true);
  });

  it('shows every change in the person’s history, in French, newest first, and audits the reading', async () => {
    const account = await create();
    await t.call(admin, 'POST', `/api/admin/accounts/${account.id}/roles`, { role: 'editor', territory: { level: 'academie', code: 'AMIENS' } });
    await t.call(admin, 'POST', `/api/admin/accounts/${account.id}/deactivate`);
    const detail = await t.call(admin, 'GET', `/api/admin/accounts/${account.id}`);
    expect(detail.statusCode).toBe(200);
    const body = detail.json();
    expect(body.isSelf).toBe(false);
    expect(body.history.map((e: { actionLabel: string }) => e.actionLabel)).toEqual(['Désactivation d’un compte', 'Attribution d’un rôle', 'Création d’un compte']);
    expect(body.history[0].actor).toEqual({ id: adminId, displayName: 'Nicolas Bertin' });
    expect(await auditOf(account.id, 'account.read')).toHaveLength(1);
  });
});
