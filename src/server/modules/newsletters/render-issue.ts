import type { AgentCategory } from '../../../shared/glossary.ts';
import { AGENT_CATEGORY_LABELS, NEWSLETTER_KIND_LABELS } from '../../../shared/glossary.ts';
import { academieLabel } from '../../../shared/territories.ts';
import { escapeHtml, formatFrenchDate } from '../../mail/template-kit.ts';
import type { IssueContent } from './issue-content.ts';

export interface RenderedIssue { subject: string; text: string; html: string }

/** What the outbox and the preview show in place of a recipient's unsubscribe link. */
export const MASKED_UNSUBSCRIBE = '[lien de désinscription personnel]';

// DSFR colours, inline (mail clients drop style sheets), no image at all: nothing is fetched when the mail opens.
const BLUE = '#000091';
const GREY = '#3a3a3a';
const FONT = 'font-family: Marianne, Arial, Helvetica, sans-serif;';

const absolute = (publicUrl: string, url: string) => (url.startsWith('/') ? `${publicUrl}${url}` : url);

function period(item: { startsOn: string | null; endsOn: string | null }): string {
  if (!item.startsOn) return '';
  const start = formatFrenchDate(`${item.startsOn}T12:00:00Z`);
  if (!item.endsOn || item.endsOn === item.startsOn) return `le ${start}`;
  return `du ${start} au ${formatFrenchDate(`${item.endsOn}T12:00:00Z`)}`;
}

/**
 * The mail of an issue for one recipient: the editorial, the items, the « focus » of the
 * recipient's category only, and their unsubscribe link. Every value is escaped; links are the
 * articles' own addresses, never rewritten, and there is no tracking pixel.
 */
export function renderIssue(content: IssueContent, options: { publicUrl: string; category: AgentCategory | null; unsubscribeUrl: string; archiveUrl: string }): RenderedIssue {
  const kindLabel = NEWSLETTER_KIND_LABELS[content.kind];
  const subject = `${kindLabel} — ${content.title}`;
  const sections = content.sections.filter((s) => options.category === null || s.category === options.category);
  const itemText = (i: IssueContent['items'][number]) => [
    `• ${i.title}${i.type === 'key_date' ? ` (${period(i)})` : ''}`,
    i.summary ? `  ${i.summary}` : '',
    i.url ? `  ${absolute(options.publicUrl, i.url)}` : '',
  ].filter(Boolean).join('\n');

  const text = [
    `${kindLabel} — ${academieLabel(content.academie)}`,
    content.title,
    content.editorial,
    content.items.length ? ['À la une', ...content.items.map(itemText)].join('\n\n') : '',
    ...sections.map((s) => [`Focus : ${s.title} (${AGENT_CATEGORY_LABELS[s.category]})`, s.body, ...s.items.map(itemText)].filter(Boolean).join('\n\n')),
    `Lire cette lettre en ligne : ${options.archiveUrl}`,
    `Vous recevez cette lettre parce que vous y êtes abonné(e) depuis votre espace ProxiRH. Se désinscrire : ${options.unsubscribeUrl}`,
  ].filter(Boolean).join('\n\n');

  const paragraph = (value: string, style = '') => value.split(/\n{2,}/).map((p) =>
    `<p style="margin: 0 0 16px; ${style}">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n');
  const itemHtml = (i: IssueContent['items'][number]) => [
    '<tr><td style="padding: 12px 16px; border-left: 4px solid #6a6af4; background: #f6f6f6;">',
    `<p style="margin: 0 0 4px; font-weight: bold; font-size: 17px; color: #161616;">${i.url
      ? `<a href="${escapeHtml(absolute(options.publicUrl, i.url))}" style="color: ${BLUE};">${escapeHtml(i.title)}</a>` : escapeHtml(i.title)}</p>`,
    i.type === 'key_date' ? `<p style="margin: 0 0 4px; color: ${GREY}; font-size: 14px;">Date-clé, ${escapeHtml(period(i))}</p>` : '',
    i.summary ? `<p style="margin: 0; color: ${GREY};">${escapeHtml(i.summary)}</p>` : '',
    '</td></tr><tr><td style="height: 12px;"></td></tr>',
  ].join('');
  const html = [
    '<!DOCTYPE html>',
    '<html lang="fr">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title></head>`,
    `<body style="margin: 0; padding: 0; background: #ffffff; ${FONT} font-size: 16px; line-height: 1.5; color: #161616;">`,
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width: 640px; margin: 0 auto;">',
    `<tr><td style="padding: 16px; border-bottom: 4px solid ${BLUE};">`,
    `<p style="margin: 0; font-weight: bold; font-size: 14px; letter-spacing: 0.5px;">RÉPUBLIQUE<br>FRANÇAISE</p>`,
    `<p style="margin: 8px 0 0; color: ${BLUE}; font-weight: bold;">${escapeHtml(kindLabel)} — ${escapeHtml(academieLabel(content.academie))}</p>`,
    '</td></tr>',
    '<tr><td style="padding: 24px 16px 8px;">',
    `<h1 style="margin: 0 0 16px; font-size: 28px; line-height: 1.25; color: #161616;">${escapeHtml(content.title)}</h1>`,
    content.editorial ? paragraph(content.editorial) : '',
    '</td></tr>',
    content.items.length ? `<tr><td style="padding: 8px 16px;"><h2 style="margin: 0 0 12px; font-size: 22px; color: ${BLUE};">À la une</h2>`
      + `<table role="presentation" width="100%" cellpadding="0" cellspacing="0">${content.items.map(itemHtml).join('')}</table></td></tr>` : '',
    ...sections.map((s) => `<tr><td style="padding: 8px 16px;"><h2 style="margin: 0 0 4px; font-size: 22px; color: ${BLUE};">Focus : ${escapeHtml(s.title)}</h2>`
      + `<p style="margin: 0 0 12px; color: ${GREY}; font-size: 14px;">${escapeHtml(AGENT_CATEGORY_LABELS[s.category])}</p>${paragraph(s.body)}`
      + (s.items.length ? `<table role="presentation" width="100%" cellpadding="0" cellspacing="0">${s.items.map(itemHtml).join('')}</table>` : '')
      + '</td></tr>'),
    `<tr><td style="padding: 16px; border-top: 1px solid #dddddd; color: ${GREY}; font-size: 14px;">`,
    `<p style="margin: 0 0 8px;"><a href="${escapeHtml(options.archiveUrl)}" style="color: ${BLUE};">Lire cette lettre en ligne</a></p>`,
    `<p style="margin: 0;">Vous recevez cette lettre parce que vous y êtes abonné(e) depuis votre espace ProxiRH. `
      + (options.unsubscribeUrl.startsWith('http') ? `<a href="${escapeHtml(options.unsubscribeUrl)}" style="color: ${BLUE};">Se désinscrire</a>` : escapeHtml(options.unsubscribeUrl))
      + '</p>',
    '</td></tr>',
    '</table>',
    '</body>',
    '</html>',
  ].filter(Boolean).join('\n');
  return { subject, text, html };
}
