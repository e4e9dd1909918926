import { createEvents, type EventAttributes } from 'ics';
import type { Executor } from '../../db/schema.ts';
import type { KeyDatesQuery } from '../../../shared/contracts/key-dates.ts';
import { AGENT_CATEGORY_LABELS, KEY_DATE_KIND_LABELS, type AgentCategory, type KeyDateKind } from '../../../shared/glossary.ts';
import { academieLabel } from '../../../shared/territories.ts';
import { publicKeyDates, type KeyDateRow } from './repository.ts';
import { findArticleSummaries } from './articles.ts';

/** The UID of a key date in every feed: the same for ever, so a calendar updates its copy instead of adding one. */
export function keyDateUid(id: string): string {
  return `key-date-${id}@proxirh`;
}

const ymd = (day: string): [number, number, number] => {
  const [y, m, d] = day.split('-').map(Number);
  return [y!, m!, d!];
};
/** The day after (iCalendar's DTEND of an all-day event is exclusive). */
const nextDay = (day: string): [number, number, number] => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
};

function eventOf(row: KeyDateRow, publicUrl: string, articleUrl: string | undefined): EventAttributes {
  const audience = (row.audience as AgentCategory[]).map((c) => AGENT_CATEGORY_LABELS[c]);
  const description = [
    row.description,
    audience.length ? `Personnels concernés : ${audience.join(', ')}.` : 'Tous les personnels.',
    articleUrl ? `En savoir plus : ${articleUrl}` : '',
  ].filter(Boolean).join('\n\n');
  return {
    uid: keyDateUid(row.id),
    sequence: row.sequence,
    title: row.status === 'cancelled' ? `Annulé : ${row.title}` : row.title,
    description,
    start: ymd(row.starts_on),
    end: nextDay(row.ends_on),
    status: row.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    categories: [KEY_DATE_KIND_LABELS[row.kind as KeyDateKind]],
    lastModified: row.updated_at.getTime(),
    url: articleUrl ?? `${publicUrl}/dates-cles`,
    transp: 'TRANSPARENT',
    busyStatus: 'FREE',
    productId: 'proxirh/dates-cles',
    calName: 'Dates-clés RH',
    ...(row.status === 'scheduled' && row.reminder_days.length
      ? { alarms: row.reminder_days.map((days) => ({ action: 'display' as const, description: row.title, trigger: { days, before: true } })) }
      : {}),
  };
}

/** The iCalendar feed (text/calendar) of the same key dates as the JSON list. */
export async function buildKeyDatesFeed(db: Executor, query: KeyDatesQuery, publicUrl: string): Promise<string> {
  const rows = await publicKeyDates(db, query).limit(1000).execute();
  const ids = [...new Set(rows.map((r) => r.article_id).filter((id): id is string => id !== null))];
  const articles = new Map((await findArticleSummaries(db, ids, query.academie ?? null)).map((a) => [a.id, a]));
  const name = query.academie ? `Dates-clés RH — ${academieLabel(query.academie)}` : 'Dates-clés RH — calendrier national';
  if (rows.length === 0) {
    return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:proxirh/dates-cles', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${name}`, 'END:VCALENDAR', ''].join('\r\n');
  }
  const { error, value } = createEvents(rows.map((row) => {
    const article = row.article_id ? articles.get(row.article_id) : undefined;
    return eventOf(row, publicUrl, article ? absolute(publicUrl, article.url) : undefined);
  }), { productId: 'proxirh/dates-cles', method: 'PUBLISH', calName: name });
  if (error || !value) throw error ?? new Error('Calendrier des dates-clés impossible à produire.');
  return value;
}

function absolute(publicUrl: string, url: string) {
  return url.startsWith('/') ? `${publicUrl}${url}` : url;
}
