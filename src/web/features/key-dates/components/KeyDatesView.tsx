import { useMemo, useState } from 'react';
import type { KeyDate } from '../../../../shared/contracts/key-dates.ts';
import { AGENT_CATEGORY_LABELS, KEY_DATE_KIND_LABELS } from '../../../../shared/glossary.ts';

const dayFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const WEEKDAYS = ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche'];

const utc = (day: string) => new Date(`${day}T00:00:00Z`);
export const formatDay = (day: string) => dayFormat.format(utc(day));
export function formatPeriod(k: Pick<KeyDate, 'startsOn' | 'endsOn'>): string {
  return k.startsOn === k.endsOn ? `le ${formatDay(k.startsOn)}` : `du ${formatDay(k.startsOn)} au ${formatDay(k.endsOn)}`;
}

/** One key date in a list: what, when, for whom, the article that explains it. */
export function KeyDateItem({ keyDate, headingLevel = 3 }: { keyDate: KeyDate; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const cancelled = keyDate.status === 'cancelled';
  return (
    <div className="fr-card fr-card--no-arrow fr-card--sm">
      <div className="fr-card__body"><div className="fr-card__content">
        <Heading className="fr-card__title">{cancelled ? <del>{keyDate.title}</del> : keyDate.title}</Heading>
        <p className="fr-card__desc">
          {keyDate.description}
          {keyDate.article && <><br /><a href={keyDate.article.url}>En savoir plus : {keyDate.article.title}</a></>}
        </p>
        <div className="fr-card__start">
          <ul className="fr-tags-group">
            <li><p className="fr-tag fr-tag--sm">{KEY_DATE_KIND_LABELS[keyDate.kind]}</p></li>
            {keyDate.academie === null && <li><p className="fr-tag fr-tag--sm">National</p></li>}
            {cancelled && <li><p className="fr-badge fr-badge--error fr-badge--sm">Annulée</p></li>}
          </ul>
          <p className="fr-card__detail fr-icon-calendar-line">{formatPeriod(keyDate)}</p>
        </div>
        <div className="fr-card__end">
          <p className="fr-card__detail">
            {keyDate.audience.length ? `Pour : ${keyDate.audience.map((c) => AGENT_CATEGORY_LABELS[c]).join(', ')}` : 'Pour tous les personnels'}
          </p>
        </div>
      </div></div>
    </div>
  );
}

/** The month grid: each day lists the key dates running that day (a table, read row by row by a screen reader). */
function MonthGrid({ month, items }: { month: string; items: KeyDate[] }) {
  const first = utc(`${month}-01`);
  const offset = (first.getUTCDay() + 6) % 7;
  const days = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  const cells: Array<string | null> = [...Array<null>(offset).fill(null), ...Array.from({ length: days }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`)];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  return (
    <div className="fr-table fr-table--no-caption proxirh-month">
      <table>
        <caption>Dates-clés de {monthFormat.format(first)}</caption>
        <thead><tr>{WEEKDAYS.map((d) => <th key={d} scope="col">{d}</th>)}</tr></thead>
        <tbody>
          {weeks.map((week, w) => (
            <tr key={w}>
              {week.map((day, d) => {
                // A campaign is named on its first and last days (and one-day deadlines on theirs), not on every day it runs.
                const running = day ? items.filter((k) => (k.startsOn === day || k.endsOn === day) && k.status === 'scheduled') : [];
                return (
                  <td key={d}>
                    {day && <span className="fr-text--bold">{Number(day.slice(8))}</span>}
                    {running.map((k) => (
                      <span key={k.id} className="fr-text--xs" style={{ display: 'block' }}>
                        {k.startsOn === k.endsOn ? k.title : k.startsOn === day ? `Début : ${k.title}` : `Fin : ${k.title}`}
                      </span>
                    ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The key dates as a month view (with its navigation) or as a list, the reader's choice. */
export function KeyDatesView({ items, emptyText }: { items: KeyDate[]; emptyText: string }) {
  const [mode, setMode] = useState<'list' | 'month'>('list');
  const today = new Date().toISOString().slice(0, 7);
  const [month, setMonth] = useState(today);
  const upcoming = useMemo(() => items.filter((k) => k.endsOn >= new Date().toISOString().slice(0, 10)), [items]);
  const shift = (delta: number) => {
    const d = utc(`${month}-01`);
    d.setUTCMonth(d.getUTCMonth() + delta);
    setMonth(d.toISOString().slice(0, 7));
  };
  return (
    <>
      <fieldset className="fr-segmented fr-mb-3w">
        <legend className="fr-segmented__legend">Affichage</legend>
        <div className="fr-segmented__elements">
          <div className="fr-segmented__element">
            <input type="radio" id="vue-liste" name="vue-dates" checked={mode === 'list'} onChange={() => setMode('list')} />
            <label className="fr-label" htmlFor="vue-liste">Liste</label>
          </div>
          <div className="fr-segmented__element">
            <input type="radio" id="vue-mois" name="vue-dates" checked={mode === 'month'} onChange={() => setMode('month')} />
            <label className="fr-label" htmlFor="vue-mois">Mois</label>
          </div>
        </div>
      </fieldset>
      {mode === 'month' ? (
        <>
          <div className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-mb-2w">
            <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm" onClick={() => shift(-1)}>Mois précédent</button>
            <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm" onClick={() => shift(1)}>Mois suivant</button>
          </div>
          <MonthGrid month={month} items={items} />
        </>
      ) : upcoming.length === 0 ? <p>{emptyText}</p> : (
        <ul className="fr-raw-list">
          {upcoming.map((k) => <li key={k.id} className="fr-mb-2w"><KeyDateItem keyDate={k} /></li>)}
        </ul>
      )}
    </>
  );
}

/** « S'abonner au calendrier »: the feed's address, to paste into a calendar application, and a direct link. */
export function SubscribeToFeed({ url }: { url: string }) {
  return (
    <div className="fr-callout fr-mb-4w">
      <h2 className="fr-callout__title fr-h5">S’abonner au calendrier</h2>
      <p className="fr-callout__text">
        Ajoutez ces dates-clés à votre agenda (Outlook, Thunderbird, agenda du téléphone) : elles s’y mettent à jour d’elles-mêmes
        quand une date change ou est annulée. Copiez l’adresse ci-dessous dans « Ajouter un calendrier depuis Internet ».
      </p>
      <div className="fr-input-group">
        <label className="fr-label" htmlFor="adresse-flux">Adresse du calendrier</label>
        <input className="fr-input" id="adresse-flux" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      </div>
      <a className="fr-btn fr-btn--secondary" href={url.replace(/^https?:/, 'webcal:')}>S’abonner au calendrier</a>
    </div>
  );
}
