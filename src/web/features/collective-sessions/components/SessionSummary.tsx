import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { CollectiveSession } from '../../../../shared/contracts/collective-sessions.ts';
import { AGENT_CATEGORY_LABELS, SESSION_KIND_LABELS } from '../../../../shared/glossary.ts';
import { departementName } from '../../../../shared/territories.ts';
import { formatAppointmentTime, formatDuration } from '../../appointments/format.ts';

/** « 3 places restantes », « Complet — 2 personnes en liste d’attente ». */
export function seatsText(s: CollectiveSession): string {
  if (s.seatsLeft > 0) return s.seatsLeft === 1 ? '1 place restante' : `${s.seatsLeft} places restantes`;
  const waiting = s.waitingCount === 0 ? '' : ` — ${s.waitingCount === 1 ? '1 personne' : `${s.waitingCount} personnes`} en liste d’attente`;
  return `Complet${waiting}`;
}

/** Who the session is for, in words. */
export function audienceText(s: CollectiveSession): string {
  const where = s.audience.departements.length === 0 ? 'toute l’académie' : s.audience.departements.map((d) => `${departementName(d)} (${d})`).join(', ');
  const who = s.audience.categories.length === 0 ? 'tous les personnels' : s.audience.categories.map((c) => AGENT_CATEGORY_LABELS[c]).join(', ');
  return `${who} — ${where}`;
}

/** What, when, where of a session; its description as plain text (never HTML). */
export function SessionSummary({ session: s }: { session: CollectiveSession }) {
  return (
    <>
      <p className="fr-mb-1w">
        <Badge small noIcon severity={s.kind === 'webinar' ? 'info' : 'new'} className="fr-mr-1w">{SESSION_KIND_LABELS[s.kind]}</Badge>
        {s.status === 'cancelled' && <Badge small severity="error">Annulé</Badge>}
      </p>
      <ul className="fr-raw-list fr-mb-2w">
        <li><span className="fr-icon-calendar-line fr-icon--sm fr-mr-1v" aria-hidden="true" />
          {formatAppointmentTime(s.startsAt)} ({formatDuration(s.startsAt, s.endsAt)})</li>
        <li><span className={`${s.place.kind === 'visio' ? 'fr-icon-computer-line' : 'fr-icon-map-pin-2-line'} fr-icon--sm fr-mr-1v`} aria-hidden="true" />
          {s.place.kind === 'visio' ? 'En visioconférence' : [s.place.label, s.place.address].filter(Boolean).join(', ')}
          {s.place.url !== undefined && <> — <a href={s.place.url} target="_blank" rel="noopener noreferrer" title={`Rejoindre la visioconférence (nouvelle fenêtre)`}>Rejoindre la visioconférence</a></>}
        </li>
        <li><span className="fr-icon-team-line fr-icon--sm fr-mr-1v" aria-hidden="true" />Pour {audienceText(s)}</li>
        <li><span className="fr-icon-user-line fr-icon--sm fr-mr-1v" aria-hidden="true" />Organisé par {s.organiser.displayName}</li>
      </ul>
      {s.description !== '' && <p className="fr-mb-2w" style={{ whiteSpace: 'pre-line' }}>{s.description}</p>}
    </>
  );
}
