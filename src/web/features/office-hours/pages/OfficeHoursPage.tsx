import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { useRef, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { OfficeHour } from '../../../../shared/contracts/appointments.ts';
import { errorMessages } from '../../../api/client.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { focusSoon } from '../../../components/ErrorSummary.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { useRequiredSession } from '../../../components/RequireAbility.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useCloseOfficeHour, useOfficeHours } from '../api/office-hours.ts';
import { OfficeHourCard } from '../components/OfficeHourCard.tsx';
import { describeRecurrence } from '../format.ts';

/** What the form page says on its way back here (`navigate(…, { state })`). */
export interface OfficeHoursNotice { notice?: string }

/**
 * `/mes-permanences`: the office hours an adviser holds, or (a coordinator) those of the advisers of
 * their territory; open ones first, the closed ones on demand.
 */
export function OfficeHoursPage() {
  const session = useRequiredSession();
  const forTerritory = session.abilities.coordinateRequests;
  usePageTitle(forTerritory && !session.abilities.adviseRequests ? 'Permanences des conseillers' : 'Mes permanences');
  const location = useLocation();
  const [includeClosed, setIncludeClosed] = useState(false);
  const list = useOfficeHours(includeClosed ? { includeClosed: true } : {});
  const close = useCloseOfficeHour();
  const [closing, setClosing] = useState<OfficeHour | null>(null);
  const [notice, setNotice] = useState<string | null>((location.state as OfficeHoursNotice | null)?.notice ?? null);
  const [failure, setFailure] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const items = list.data?.items ?? [];

  const confirmClose = () => {
    if (closing === null) return;
    close.mutate(closing.id, {
      onSuccess: (closed) => {
        setClosing(null);
        setFailure(null);
        setNotice(`La permanence « ${closed.place.label} » est fermée : plus aucun créneau n’y est proposé. Les rendez-vous déjà pris sont maintenus.`);
        focusSoon(() => noticeRef.current);
      },
      onError: (error) => setFailure(errorMessages(error, 'La permanence n’a pas pu être fermée.').summary),
    });
  };

  return (
    <>
      <h1>{forTerritory && !session.abilities.adviseRequests ? 'Permanences des conseillers' : 'Mes permanences'}</h1>
      <p className="fr-text--lead">
        {forTerritory
          ? 'Les permanences des conseillers de votre territoire : dans les établissements, à la DSDEN, au rectorat, en visioconférence ou par téléphone. Les agents y réservent un créneau en ligne.'
          : 'Vos permanences dans les établissements, à la DSDEN, au rectorat, en visioconférence ou par téléphone. Les agents y réservent un créneau en ligne.'}
      </p>
      <div ref={noticeRef} tabIndex={-1}>
        {notice !== null && <Alert severity="success" small description={notice} className="fr-mb-4w" closable onClose={() => setNotice(null)} />}
      </div>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        <li>
          <Link className="fr-btn fr-icon-add-line fr-btn--icon-left" to="/mes-permanences/nouvelle">Ouvrir une permanence</Link>
        </li>
        <li>
          <Link className="fr-btn fr-btn--tertiary fr-icon-calendar-line fr-btn--icon-left" to="/mes-rendez-vous">Mes rendez-vous</Link>
        </li>
      </ul>
      <Checkbox small className="fr-mb-4w" options={[{ label: 'Afficher aussi les permanences fermées',
        nativeInputProps: { checked: includeClosed, onChange: (e) => setIncludeClosed(e.target.checked) } }]} />

      <section aria-labelledby="permanences-liste">
        <h2 id="permanences-liste">{includeClosed ? 'Permanences' : 'Permanences ouvertes'}</h2>
        {list.isPending ? <Loading label="Chargement des permanences…" />
          : list.isError ? <ErrorAlert error={list.error} title="Les permanences n’ont pas pu être chargées" />
            : items.length === 0 ? (
              <p>Aucune permanence n’est ouverte. Ouvrez-en une : les agents pourront y réserver un créneau dès maintenant.</p>
            ) : (
              <ul className="fr-raw-list" aria-label={includeClosed ? 'Permanences' : 'Permanences ouvertes'}>
                {[...items].sort((a, b) => Number(a.closedAt !== null) - Number(b.closedAt !== null)).map((o) => (
                  <li key={o.id} className="fr-mb-3w">
                    <OfficeHourCard officeHour={o} showAdviser={forTerritory} onClose={(c) => { setFailure(null); setClosing(c); }} />
                  </li>
                ))}
              </ul>
            )}
      </section>

      <ConfirmDialog open={closing !== null} title="Fermer cette permanence ?" confirmLabel="Fermer la permanence" cancelLabel="Garder la permanence"
        busy={close.isPending} onConfirm={confirmClose} onCancel={() => { setClosing(null); setFailure(null); }}>
        {closing !== null && (
          <>
            <p>
              « {closing.place.label} », {describeRecurrence(closing.recurrence).replace(/^./, (c) => c.toLowerCase())} : plus aucun créneau n’y sera
              proposé. Les rendez-vous déjà pris sont maintenus ; annulez-les un par un depuis « Mes rendez-vous » si besoin, avec un message à l’agent.
            </p>
            {failure !== null && <Alert severity="error" small description={failure} />}
          </>
        )}
      </ConfirmDialog>
    </>
  );
}
