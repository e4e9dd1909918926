import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { seedOrientationNetwork } from '../demo/orientation-network.ts';
import { toWinAnsi } from './build-synoptic-pdf.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.db.transaction().execute(async (trx) => { await seedOrientationNetwork(trx); });
});
afterAll(async () => t?.close());

type Entry = { kind: string; name: string; topics: string[]; categories: string[]; territories: Array<{ level: string; label: string }> };
const names = (entries: Entry[]) => entries.map((e) => e.name);

/**
 * The text a PDF shows, line by line: every content stream inflated, the strings of its text
 * operators (`<hex> Tj`, `[<hex> kerning <hex>] TJ`) decoded from WinAnsiEncoding.
 */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  // WinAnsiEncoding: Latin-1, and these characters at 0x80–0x9F (Node's decoders read those bytes as C1 controls).
  const extra = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
  const decode = (bytes: Buffer) => [...bytes].map((b) => (b >= 0x80 && b <= 0x9f ? extra[b - 0x80] : String.fromCharCode(b))).join('');
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      content = raw.slice(start, end);
    }
    for (const operator of content.matchAll(/\[((?:<[0-9a-f]*>\s*-?[\d.]*\s*)+)\]\s*TJ|<([0-9a-f]*)>\s*Tj/g)) {
      const hex = operator[1] ? [...operator[1].matchAll(/<([0-9a-f]*)>/g)].map((m) => m[1]).join('') : operator[2]!;
      lines.push(decode(Buffer.from(hex, 'hex')));
    }
  }
  return lines.join(' ').replace(/\s+/g, ' ');
}

describe('the national page of « Qui contacter ? »', () => {
  it('lists every académie, overseas included, and says which have published their directory', async () => {
    const response = await t.call(null, 'GET', '/api/contact-points/academies');
    expect(response.statusCode).toBe(200);
    const academies = response.json() as Array<{ code: string; name: string; departements: Array<{ code: string }>; contactPoints: number; advisers: number }>;
    expect(academies).toHaveLength(30);
    const amiens = academies.find((a) => a.code === 'AMIENS')!;
    expect(amiens.departements.map((d) => d.code)).toEqual(['02', '60', '80']);
    expect(amiens.advisers).toBe(3);
    expect(amiens.contactPoints).toBeGreaterThan(20);
    expect(academies.find((a) => a.code === 'LA-REUNION')).toMatchObject({ name: 'La Réunion', contactPoints: 0, advisers: 0 });
  });
});

describe('« J’ai une question sur… »', () => {
  it('shows, for a health question of a primary teacher, the advisers first, then the social, medical and listening services, not the management offices', async () => {
    const response = await t.call(null, 'GET', '/api/contact-points?academie=AMIENS&topic=health_wellbeing&category=first_degree');
    expect(response.statusCode).toBe(200);
    const entries = response.json() as Entry[];
    expect(entries.slice(0, 3).map((e) => e.kind)).toEqual(['adviser', 'adviser', 'adviser']);
    expect(names(entries)).toEqual(expect.arrayContaining([
      'Service social des personnels de la Somme', 'Médecine de prévention de l’Aisne', 'Cellule d’écoute des psychologues du travail',
      'Correspondante handicap de l’académie',
    ]));
    expect(names(entries)).not.toContain('Cellule mobilité');
    expect(names(entries)).not.toContain('Division des personnels enseignants (DPE)');
    expect(entries.every((e) => e.topics.includes('health_wellbeing') && e.categories.includes('first_degree'))).toBe(true);
  });

  it('narrows a département to the actors for the category: the leadership mission for a head of school, not the DPE', async () => {
    const leaders = (await t.call(null, 'GET', '/api/contact-points?departement=80&topic=career_project&category=leadership')).json() as Entry[];
    expect(leaders[0]).toMatchObject({ kind: 'adviser', name: 'Conseillers RH de proximité de la Somme' });
    expect(names(leaders)).toContain('Mission d’accompagnement des personnels d’encadrement');
    expect(names(leaders)).toContain('Division des personnels d’administration et d’encadrement (DPAE)');
    expect(names(leaders)).not.toContain('Division des personnels enseignants (DPE)');
    // Bassin correspondents work for second-degree and BIATSS staff.
    expect(leaders.some((e) => e.kind === 'hr_correspondent')).toBe(false);
    const teachers = (await t.call(null, 'GET', '/api/contact-points?departement=80&topic=career_project&category=second_degree')).json() as Entry[];
    expect(names(teachers)).toEqual(expect.arrayContaining(['Correspondant RH du bassin d’Abbeville', 'Division des personnels enseignants (DPE)']));
    expect(names(teachers)).not.toContain('Correspondant RH du bassin de Beauvais');
  });

  it('refuses an unknown topic or category with a French message, and an unknown académie with 404', async () => {
    const topic = await t.call(null, 'GET', '/api/contact-points?academie=AMIENS&topic=salaire');
    expect(topic.statusCode).toBe(400);
    expect(topic.headers['content-type']).toContain('application/problem+json');
    expect(topic.json().errors[0]).toMatchObject({ field: 'topic' });
    expect(topic.json().errors[0].message).toMatch(/[éè]|valeur|autoris/i);
    expect((await t.call(null, 'GET', '/api/contact-points?academie=AMIENS&category=x')).statusCode).toBe(400);
    expect((await t.call(null, 'GET', '/api/contact-points?academie=amiens')).statusCode).toBe(400);
    const unknown = await t.call(null, 'GET', '/api/contact-points?academie=ATLANTIDE');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toBe('Cette académie est inconnue.');
  });
});

describe('the synoptic document in PDF', () => {
  it('downloads as a PDF with a French file name, holding every support actor of the académie and how to reach them', async () => {
    const response = await t.call(null, 'GET', '/api/contact-points/synoptic.pdf?academie=AMIENS');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe('attachment; filename="qui-contacter-academie-amiens-synoptique.pdf"');
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Qui contacter ? Les acteurs de l’accompagnement des personnels');
    expect(text).toContain('L’accompagnement individuel');
    expect(text).toContain('L’accompagnement collectif et la gestion');
    for (const name of ['Conseillers RH de proximité de la Somme', 'Cellule d’écoute des psychologues du travail', 'Cellule mobilité',
      'Division des personnels d’administration et d’encadrement (DPAE)', 'Correspondant RH du bassin de Saint-Quentin',
      'Réseau PAS de la MGEN (Prévention, aide et suivi)']) {
      expect(text).toContain(name);
    }
    expect(text).toContain('Téléphone : 03 22 82 38 25');
    expect(text).toContain('Courriel : cellule-mobilite@ac-amiens.fr');
    // Members are people: never in the public document.
    expect(text).not.toMatch(/delattre|demarcy/i);
  });

  it('says that an académie has not published its directory yet, and refuses an unknown or missing académie', async () => {
    const lille = await t.call(null, 'GET', '/api/contact-points/synoptic.pdf?academie=LILLE');
    expect(lille.statusCode).toBe(200);
    expect(pdfText(lille.rawPayload)).toContain('Académie de Lille');
    expect((await t.call(null, 'GET', '/api/contact-points/synoptic.pdf?academie=ATLANTIDE')).statusCode).toBe(404);
    const missing = await t.call(null, 'GET', '/api/contact-points/synoptic.pdf');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0]).toMatchObject({ field: 'academie' });
    expect((await t.call(null, 'GET', '/api/contact-points/synoptic.pdf?academie=%3Cscript%3E')).statusCode).toBe(400);
  });

  it('writes French with the standard fonts: « œ », « ’ » and guillemets kept, what they lack replaced', () => {
    expect(toWinAnsi('Cœur « d’Amiens » — 5 €')).toBe('Cœur « d’Amiens » — 5 €');
    expect(toWinAnsi('Vous\u202f? «\u202fOui\u202f»')).toBe('Vous\u00a0? «\u00a0Oui\u00a0»');
    expect(toWinAnsi('Dvořák ≥ 3')).toBe('Dvorák ? 3');
  });
});
