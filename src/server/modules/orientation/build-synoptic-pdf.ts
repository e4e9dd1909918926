import PDFDocument from 'pdfkit';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../errors/app-error.ts';
import { ACADEMIES, academieLabel } from '../../../shared/territories.ts';
import { TOPIC_LABELS } from '../../../shared/glossary.ts';
import { CONTACT_POINT_KIND_LABELS, SYNOPTIC_GROUPS, type PublicContactPoint } from '../../../shared/contracts/orientation.ts';
import { listPublicContactPoints } from './list-public-contact-points.ts';

/** The characters of WinAnsiEncoding beyond Latin-1 (0x80–0x9F): what the PDF standard fonts can show. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/**
 * Text for the PDF's standard fonts (WinAnsiEncoding): « œ », « ’ », « « » » and the accents of
 * French are in it; the narrow no-break space French typography puts before « ; : ! ? » and
 * inside guillemets is not, so it becomes a no-break space; a letter with an accent the encoding
 * lacks loses it; anything else becomes « ? » rather than a wrong glyph.
 */
export function toWinAnsi(text: string): string {
  return [...text.replace(/[\u202f\u2007\u2009]/g, '\u00a0').replace(/[\u2010\u2011]/g, '-')].map((c) => {
    const code = c.codePointAt(0)!;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || c === '\n' || WIN_ANSI_EXTRA.has(c)) return c;
    const plain = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    return /^[\u0020-\u007e]$/.test(plain) ? plain : '?';
  }).join('');
}

const BLUE = '#000091';
const GREY = '#3a3a3a';

/**
 * The synoptic document of an académie as a PDF: every support actor of its directory, in the
 * three parts of the page (individual support, collective support and management, external
 * partners), with how to reach each. Public. `compress: false` leaves the text readable (tests).
 */
export async function buildSynopticPdf(db: Kysely<DB>, academieCode: string, options: { pageUrl: string; compress?: boolean; now?: Date }) {
  const academie = ACADEMIES.find((a) => a.code === academieCode);
  if (!academie) throw notFound('Cette académie est inconnue.');
  const actors = await listPublicContactPoints(db, { academie: academie.code });
  const now = options.now ?? new Date();
  const day = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(now);
  const title = `Qui contacter ? Les acteurs de l’accompagnement des personnels`;

  const doc = new PDFDocument({
    size: 'A4', margins: { top: 50, bottom: 60, left: 50, right: 50 }, compress: options.compress ?? true, bufferPages: true, lang: 'fr-FR',
    displayTitle: true, info: { Title: toWinAnsi(`${title} — ${academieLabel(academie.code)}`), Author: 'ProxiRH — RH de proximité', CreationDate: now },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => { doc.on('end', resolve); doc.on('error', reject); });

  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const write = (text: string, font: string, size: number, color: string, gap = 2) => {
    doc.font(font).fontSize(size).fillColor(color).text(toWinAnsi(text), { width });
    doc.moveDown(gap / size);
  };
  /** Starts a new page when fewer than `height` points are left. */
  const keep = (height: number) => {
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  };

  write(academieLabel(academie.code), 'Helvetica-Bold', 11, BLUE, 4);
  write(title, 'Helvetica-Bold', 20, '#161616', 6);
  write(`Document synoptique mis à jour le ${day}. Votre conseiller RH de proximité vous aide à trouver le bon interlocuteur.`,
    'Helvetica', 10, GREY, 14);

  if (actors.length === 0) write('Cette académie n’a pas encore publié son annuaire.', 'Helvetica', 11, GREY);
  for (const group of SYNOPTIC_GROUPS) {
    const members = actors.filter((a) => group.kinds.includes(a.kind));
    if (members.length === 0) continue;
    keep(120);
    doc.moveDown(0.5);
    write(group.title, 'Helvetica-Bold', 15, BLUE, 3);
    write(group.intro, 'Helvetica-Oblique', 9.5, GREY, 10);
    for (const actor of members) writeActor(actor);
  }

  function writeActor(actor: PublicContactPoint) {
    keep(90);
    write(actor.name, 'Helvetica-Bold', 11, '#161616', 1);
    const where = actor.territories.map((t) => t.label).join(', ');
    write(`${CONTACT_POINT_KIND_LABELS[actor.kind]} · ${where}`, 'Helvetica', 8.5, GREY, 3);
    if (actor.description) write(actor.description, 'Helvetica', 9.5, '#161616', 2);
    const lines = [
      actor.email && `Courriel : ${actor.email}`,
      actor.phone && `Téléphone : ${actor.phone}`,
      actor.hours && `Horaires : ${actor.hours}`,
      actor.address && `Adresse : ${actor.address}`,
      actor.website && `Site : ${actor.website}`,
      actor.topics.length > 0 && `Pour : ${actor.topics.map((t) => TOPIC_LABELS[t].toLowerCase()).join(' ; ')}`,
    ].filter((l): l is string => typeof l === 'string' && l !== '');
    for (const line of lines) write(line, 'Helvetica', 9, '#161616', 0.5);
    doc.moveDown(0.8);
  }

  // The footer of every page: where the page lives online, and the page number.
  const pages = doc.bufferedPageRange();
  for (let i = 0; i < pages.count; i++) {
    doc.switchToPage(pages.start + i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8).fillColor(GREY)
      .text(toWinAnsi(`ProxiRH — ${options.pageUrl} — page ${i + 1} sur ${pages.count}`), doc.page.margins.left, doc.page.height - 40,
        { width, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  await ended;
  return { filename: `qui-contacter-academie-${academie.code.toLowerCase()}-synoptique.pdf`, content: Buffer.concat(chunks) };
}
