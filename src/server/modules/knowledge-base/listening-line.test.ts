import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type Caller, type TestApp } from '../../../../tests/support/test-app.ts';
import { buildStaff } from '../../../../tests/support/factories.ts';
import type { AssistantAnswer } from '../../../shared/contracts/knowledge-base.ts';
import type { ListeningLineSettings } from '../../../shared/contracts/knowledge-base-editor.ts';
import { frenchPhoneNumber } from '../../../shared/listening-line.ts';

let t: TestApp;
let editor: Caller;
let lilleEditor: Caller;
let nationalEditor: Caller;

beforeAll(async () => {
  t = await createTestApp();
  editor = await t.signInAs(DEMO.editor);
  lilleEditor = await t.signInAsPerson((await buildStaff(t.db, { role: 'editor', territory: { level: 'academie', code: 'LILLE' } })).id);
  nationalEditor = await t.signInAsPerson((await buildStaff(t.db, { role: 'editor', territory: { level: 'national', code: 'FR' } })).id);
});
afterAll(async () => t?.close());

const NEW_LINE = { label: 'Cellule d’écoute du rectorat d’Amiens', phone: '+33 3.22.82.39.00', hours: 'Du lundi au vendredi, de 8 h 30 à 18 h' };
const storedLine = async (academie: string) => t.db.selectFrom('academie_settings')
  .select(['listening_line_label', 'listening_line_phone', 'listening_line_hours']).where('academie_code', '=', academie).executeTakeFirst();

describe('the académie’s listening line, set by its editors', () => {
  it('shows the editor their académie’s line as the assistant gives it', async () => {
    const response = await t.call(editor, 'GET', '/api/editor/listening-line');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      academie: { code: 'AMIENS', name: expect.stringContaining('Amiens') },
      listeningLine: { label: 'Cellule d’écoute des psychologues du travail de l’académie d’Amiens', phone: '03 22 82 38 25', hours: 'Du lundi au vendredi, de 9 h à 12 h et de 14 h à 17 h' },
    });
  });

  it('saves a new line, written as agents dial it, that the assistant gives at once when it hands over; the change is audited', async () => {
    const saved = await t.call(editor, 'PUT', '/api/editor/listening-line', NEW_LINE);
    expect(saved.statusCode).toBe(200);
    expect((saved.json() as ListeningLineSettings).listeningLine).toEqual({ label: NEW_LINE.label, phone: '03 22 82 39 00', hours: NEW_LINE.hours });

    const answer = await t.call(null, 'POST', '/api/assistant', { question: 'je suis harcelé par mon chef', academie: 'AMIENS' });
    expect((answer.json() as AssistantAnswer).handover!.listeningLine).toEqual({ label: NEW_LINE.label, phone: '03 22 82 39 00', hours: NEW_LINE.hours });
    const mallette = await t.call(null, 'GET', '/api/mallette/AMIENS');
    expect(mallette.json().listeningLine).toMatchObject({ phone: '03 22 82 39 00' });

    const audit = await t.db.selectFrom('audit_log').select(['action', 'target_type', 'target_id', 'academie_code'])
      .where('action', '=', 'knowledge.listening_line').execute();
    expect(audit).toEqual([{ action: 'knowledge.listening_line', target_type: 'academie', target_id: 'AMIENS', academie_code: 'AMIENS' }]);
  });

  it('keeps the hours unsaid when left blank', async () => {
    const saved = await t.call(editor, 'PUT', '/api/editor/listening-line', { ...NEW_LINE, hours: '  ' });
    expect((saved.json() as ListeningLineSettings).listeningLine).toMatchObject({ hours: null });
    expect(await storedLine('AMIENS')).toMatchObject({ listening_line_hours: null });
  });

  it('refuses a number that is not French, an empty name and a name too long, in French on each field', async () => {
    const before = await storedLine('AMIENS');
    const foreign = await t.call(editor, 'PUT', '/api/editor/listening-line', { ...NEW_LINE, phone: '+44 20 7946 0958' });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors).toEqual([{ field: 'phone', message: expect.stringMatching(/^Indiquez un numéro français/) }]);
    const short = await t.call(editor, 'PUT', '/api/editor/listening-line', { ...NEW_LINE, phone: '03 22 82' });
    expect(short.json().errors[0].field).toBe('phone');
    const blank = await t.call(editor, 'PUT', '/api/editor/listening-line', { ...NEW_LINE, label: ' ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().errors).toEqual([{ field: 'label', message: 'Ce champ ne peut pas être vide.' }]);
    const long = await t.call(editor, 'PUT', '/api/editor/listening-line', { ...NEW_LINE, label: 'x'.repeat(201) });
    expect(long.json().errors).toEqual([{ field: 'label', message: 'Au plus 200 caractères.' }]);
    expect(await storedLine('AMIENS')).toEqual(before);
  });

  it('reads French numbers however they are typed, and only them', () => {
    expect(frenchPhoneNumber('0322823825')).toBe('03 22 82 38 25');
    expect(frenchPhoneNumber('03-22-82-38-25')).toBe('03 22 82 38 25');
    expect(frenchPhoneNumber('+33 (0)3 22 82 38 25')).toBe('03 22 82 38 25');
    expect(frenchPhoneNumber('0033 3 22 82 38 25')).toBe('03 22 82 38 25');
    expect(frenchPhoneNumber('+262 262 40 00 00')).toBe('02 62 40 00 00');
    expect(frenchPhoneNumber('3114')).toBe('3114');
    for (const wrong of ['', '1234', '00 22 82 38 25', '03 22 82 38 2', '+44 20 7946 0958', '03 22 82 38 25 12', 'zéro trois']) expect(frenchPhoneNumber(wrong), wrong).toBeNull();
  });

  it('answers 404 to an editor of another académie, for reading as for writing, and changes nothing', async () => {
    const before = await storedLine('AMIENS');
    expect((await t.call(lilleEditor, 'GET', '/api/editor/listening-line?academie=AMIENS')).statusCode).toBe(404);
    expect((await t.call(lilleEditor, 'PUT', '/api/editor/listening-line?academie=AMIENS', NEW_LINE)).statusCode).toBe(404);
    expect((await t.call(editor, 'PUT', '/api/editor/listening-line?academie=LILLE', NEW_LINE)).statusCode).toBe(404);
    expect(await storedLine('AMIENS')).toEqual(before);
    expect(await storedLine('LILLE')).toBeUndefined();
    // Their own académie has no line yet: the assistant gives none there.
    expect((await t.call(lilleEditor, 'GET', '/api/editor/listening-line')).json()).toEqual({ academie: { code: 'LILLE', name: expect.any(String) }, listeningLine: null });
  });

  it('answers 403 to the other roles, signed in or not', async () => {
    for (const email of [DEMO.agentSomme, DEMO.adviserSomme, DEMO.coordinator, DEMO.steeringAcademie, DEMO.admin]) {
      const caller = await t.signInAs(email);
      expect((await t.call(caller, 'GET', '/api/editor/listening-line?academie=AMIENS')).statusCode, email).toBe(403);
      expect((await t.call(caller, 'PUT', '/api/editor/listening-line?academie=AMIENS', NEW_LINE)).statusCode, email).toBe(403);
    }
    expect((await t.call(null, 'GET', '/api/editor/listening-line?academie=AMIENS')).statusCode).toBe(401);
  });

  it('asks a national editor which académie, and lets them set any', async () => {
    const unnamed = await t.call(nationalEditor, 'GET', '/api/editor/listening-line');
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().errors).toEqual([{ field: 'academie', message: 'Choisissez l’académie dont vous réglez la ligne d’écoute.' }]);
    const saved = await t.call(nationalEditor, 'PUT', '/api/editor/listening-line?academie=LILLE', { ...NEW_LINE, label: 'Cellule d’écoute de Lille', phone: '03 20 15 60 00' });
    expect(saved.statusCode).toBe(200);
    expect((await t.call(lilleEditor, 'GET', '/api/editor/listening-line')).json().listeningLine).toMatchObject({ label: 'Cellule d’écoute de Lille', phone: '03 20 15 60 00' });
    const answer = await t.call(null, 'POST', '/api/assistant', { question: 'je suis harcelé par mon chef', academie: 'LILLE' });
    expect((answer.json() as AssistantAnswer).handover!.listeningLine).toMatchObject({ phone: '03 20 15 60 00' });
  });
});
