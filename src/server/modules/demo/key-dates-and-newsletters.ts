import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AgentCategory, KeyDateKind } from '../../../shared/glossary.ts';
import { DEMO_ACADEMIE } from './amiens.ts';

/*
 * The demo académie's key dates of the 2026–2027 school year (national and Amiens'), a second
 * editor (a newsletter is approved by another editor than its author), and one past issue of
 * the quarterly letter, readable in the archive (issue 16).
 */

interface DemoKeyDate {
  national?: true; kind: KeyDateKind; title: string; description: string; startsOn: string; endsOn: string;
  audience: AgentCategory[]; article?: string; reminders?: number[];
}

const KEY_DATES: DemoKeyDate[] = [
  { kind: 'training_plan', title: 'Inscriptions au plan académique de formation', startsOn: '2026-09-07', endsOn: '2026-09-25', audience: [], article: 'amiens-eafc-inscription',
    description: 'Inscription aux formations de l’école académique de la formation continue (EAFC), dans GAIA, avec l’avis du supérieur hiérarchique.', reminders: [7] },
  { national: true, kind: 'retirement', title: 'Demandes de départ à la retraite au 1er septembre 2027', startsOn: '2026-09-15', endsOn: '2026-12-15', audience: [],
    article: 'retraite-dossier-depart', description: 'Les personnels qui souhaitent partir à la retraite à la rentrée 2027 déposent leur demande sur l’ENSAP.', reminders: [30, 7] },
  { national: true, kind: 'career_appointments', title: 'Rendez-vous de carrière 2026-2027 : notification des rendez-vous', startsOn: '2026-09-21', endsOn: '2026-10-02',
    audience: ['first_degree', 'second_degree'], article: 'rendez-vous-de-carriere-ppcr', description: 'Les enseignants concernés reçoivent leur calendrier de rendez-vous de carrière dans I-Prof.' },
  { national: true, kind: 'time_savings_account', title: 'Campagne d’alimentation du compte épargne-temps', startsOn: '2026-11-02', endsOn: '2026-12-31', audience: ['biatss', 'leadership'],
    article: 'compte-epargne-temps', description: 'Les jours de congé non pris en 2026 peuvent être versés sur le compte épargne-temps, ou utilisés selon les options choisies.', reminders: [14] },
  { national: true, kind: 'mobility_inter', title: 'Mobilité inter-académique : saisie des vœux', startsOn: '2026-11-18', endsOn: '2026-12-09', audience: ['second_degree'],
    article: 'mobilite-inter-academique', description: 'Saisie des vœux sur SIAM (I-Prof) pour le mouvement inter-académique des personnels du second degré.', reminders: [7, 1] },
  { national: true, kind: 'mobility_inter', title: 'Permutations informatisées du premier degré : saisie des vœux', startsOn: '2026-11-12', endsOn: '2026-12-02', audience: ['first_degree'],
    article: 'mutation-premier-degre', description: 'Saisie des vœux sur MVT1D pour changer de département.', reminders: [7, 1] },
  { kind: 'other', title: 'Demandes de temps partiel pour la rentrée 2027', startsOn: '2027-01-11', endsOn: '2027-03-31', audience: [], article: 'temps-partiel',
    description: 'Demande ou renouvellement du temps partiel, auprès de la DSDEN (premier degré) ou du rectorat (second degré et BIATSS).' },
  { kind: 'promotions', title: 'Avancement à la hors-classe : examen des dossiers', startsOn: '2027-02-01', endsOn: '2027-02-26', audience: ['first_degree', 'second_degree'],
    article: 'promotion-hors-classe', description: 'Les dossiers des promouvables sont examinés ; vérifiez votre dossier I-Prof avant le 1er février.' },
  { kind: 'mobility_intra', title: 'Mobilité intra-académique : saisie des vœux', startsOn: '2027-03-18', endsOn: '2027-04-01', audience: ['second_degree'],
    article: 'amiens-calendrier-mouvement', description: 'Saisie des vœux pour le mouvement intra-académique de l’académie d’Amiens.', reminders: [7, 1] },
  { kind: 'mobility_intra', title: 'Mouvement départemental du premier degré : saisie des vœux', startsOn: '2027-04-06', endsOn: '2027-04-19', audience: ['first_degree'],
    article: 'amiens-calendrier-mouvement', description: 'Saisie des vœux pour le mouvement dans l’Aisne, l’Oise et la Somme.', reminders: [7] },
  { kind: 'telework', title: 'Campagne de télétravail 2027-2028', startsOn: '2027-05-03', endsOn: '2027-05-28', audience: ['biatss', 'leadership'],
    article: 'amiens-teletravail-calendrier', description: 'Demande ou renouvellement d’une autorisation de télétravail pour l’année scolaire 2027-2028.', reminders: [7] },
  { kind: 'retirement', title: 'Réunions d’information retraite', startsOn: '2027-03-09', endsOn: '2027-03-09', audience: [], article: 'amiens-reunions-retraite',
    description: 'Réunion d’information pour les personnels à cinq ans de la retraite, à la DSDEN de la Somme.' },
];

export async function seedDemoKeyDatesAndNewsletter(trx: Transaction<DB>) {
  const slugs = [...new Set(KEY_DATES.flatMap((k) => (k.article ? [k.article] : [])))];
  const articles = new Map((await trx.selectFrom('articles').select(['id', 'slug']).where('slug', 'in', slugs).execute()).map((a) => [a.slug, a.id]));
  const editor = await trx.selectFrom('persons').select('id').where('email', '=', 'marion.lecomte@ac-amiens.fr').executeTakeFirstOrThrow();

  // A second editor: the letter is approved by another editor than its author.
  const second = await trx.insertInto('persons').values({
    email: 'julie.moreau@ac-amiens.fr', display_name: 'Julie Moreau', given_name: 'Julie', family_name: 'Moreau', category: 'biatss',
    employment_status: 'tenured', gender: 'female', birth_year: 1981, departement_code: '80', academie_code: DEMO_ACADEMIE,
  }).returning('id').executeTakeFirstOrThrow();
  await trx.insertInto('role_assignments').values({ person_id: second.id, role: 'editor', territory_level: 'academie', territory_code: DEMO_ACADEMIE }).execute();
  const { n } = await trx.selectFrom('demo_accounts').select((eb) => eb.fn.max<number>('position').as('n')).executeTakeFirstOrThrow();
  await trx.insertInto('demo_accounts').values({ person_id: second.id, description: 'Éditrice de la lettre d’information RH (valide les lettres)', position: (n ?? 0) + 1 }).execute();

  const rows = await trx.insertInto('key_dates').values(KEY_DATES.map((k) => ({
    academie_code: k.national ? null : DEMO_ACADEMIE, kind: k.kind, title: k.title, description: k.description, starts_on: k.startsOn, ends_on: k.endsOn,
    audience: JSON.stringify(k.audience), article_id: (k.article && articles.get(k.article)) || null, reminder_days: JSON.stringify(k.reminders ?? []),
    created_by: editor.id, updated_by: editor.id,
  }))).returning(['id', 'title']).execute();
  const keyDate = (title: string) => rows.find((r) => r.title === title)!.id;

  const articleItems = ['mobilite-inter-academique', 'retraite-dossier-depart'].flatMap((slug) => (articles.has(slug) ? [{ type: 'article', articleId: articles.get(slug)! }] : []));
  const sentAt = new Date('2026-10-06T08:00:00Z');
  await trx.insertInto('newsletter_issues').values({
    academie_code: DEMO_ACADEMIE, kind: 'quarterly', title: 'Lettre RH de rentrée — octobre 2026',
    editorial: 'La rentrée est faite : voici les rendez-vous RH du trimestre. Mobilité, retraite, formation : le service RH de proximité vous accompagne à chaque étape.\n\nLes conseillers RH de proximité vous reçoivent sur rendez-vous dans chaque département.',
    items: JSON.stringify([
      { type: 'key_date', keyDateId: keyDate('Mobilité inter-académique : saisie des vœux') },
      { type: 'key_date', keyDateId: keyDate('Demandes de départ à la retraite au 1er septembre 2027') },
      ...articleItems,
    ]),
    sections: JSON.stringify([
      { category: 'second_degree', title: 'Professeurs du second degré', body: 'Vous envisagez une mutation en 2027 ? Le conseiller mobilité carrière vous aide à préparer vos vœux avant l’ouverture de SIAM.' },
      { category: 'first_degree', title: 'Professeurs des écoles', body: 'Les permutations informatisées ouvrent mi-novembre : vérifiez votre barème et vos pièces justificatives.' },
      { category: 'biatss', title: 'Personnels BIATSS', body: 'La campagne d’alimentation du compte épargne-temps commence le 2 novembre.' },
    ]),
    status: 'sent', send_at: sentAt, created_by: editor.id, updated_by: editor.id, submitted_by: editor.id, approved_by: second.id,
    approved_at: new Date('2026-10-05T14:00:00Z'), sending_started_at: sentAt, sent_at: new Date('2026-10-06T08:40:00Z'), recipient_count: 0,
  }).execute();
}
