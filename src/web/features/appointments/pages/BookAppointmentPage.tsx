import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Stepper } from '@codegouvfr/react-dsfr/Stepper';
import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { BookedAppointment, Slot } from '../../../../shared/contracts/appointments.ts';
import { APPOINTMENT_MODES, APPOINTMENT_REASONS, type AppointmentReason } from '../../../../shared/glossary.ts';
import { errorMessages, isApiError } from '../../../api/client.ts';
import { focusSoon } from '../../../components/ErrorSummary.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useBookAppointment, useFreeSlots } from '../api/booking.ts';
import { AppointmentSummary } from '../components/AppointmentSummary.tsx';
import { BookingFilters, type BookingFilterValues } from '../components/BookingFilters.tsx';
import { SlotList } from '../components/SlotList.tsx';

const DAY = 86_400_000;
/** How far ahead the page looks: twelve weeks (the server searches 92 days at most). */
const WEEKS_AHEAD = 12;
const FIRST_SHOWN = 40;
const MAX_SHOWN = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  (list as readonly string[]).includes(value ?? '') ? value as T : undefined;

/** The last day searched, Paris calendar, fixed once per visit (a query key must not move with the clock). */
function lastDaySearched(): string {
  return new Date(Date.now() + WEEKS_AHEAD * 7 * DAY).toISOString().slice(0, 10);
}

type Step = { at: 'search' } | { at: 'review'; slot: Slot } | { at: 'done'; slot: Slot; booked: BookedAppointment; reason: AppointmentReason };

/**
 * `/prendre-rendez-vous`: the agent chooses a reason, a mode and a département, sees the nearest
 * free slots, chooses one, checks it and confirms. What they look for lives in the address
 * (`?motif=&modalite=&departement=`, and `?demande=` from a request), so that signing in, going
 * back or a slot taken by someone else in the meantime loses nothing.
 */
export function BookAppointmentPage() {
  const [params, setParams] = useSearchParams();
  const requestId = UUID.test(params.get('demande') ?? '') ? params.get('demande')! : undefined;
  const reference = requestId === undefined ? null : params.get('reference');
  const departementParam = params.get('departement') ?? '';
  const filters: BookingFilterValues = {
    reason: oneOf(APPOINTMENT_REASONS, params.get('motif')),
    mode: oneOf(APPOINTMENT_MODES, params.get('modalite')),
    departement: /^(\d{2,3}|2[AB])$/.test(departementParam) ? departementParam : '',
  };
  const [to] = useState(lastDaySearched);
  const [shown, setShown] = useState(FIRST_SHOWN);
  const [step, setStep] = useState<Step>({ at: 'search' });
  const [conflict, setConflict] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  usePageTitle(step.at === 'done' ? 'Rendez-vous confirmé' : step.at === 'review' ? 'Confirmer le rendez-vous' : 'Prendre rendez-vous');

  const slots = useFreeSlots({
    reason: filters.reason, to, limit: shown,
    ...(filters.mode === undefined ? {} : { mode: filters.mode }),
    ...(filters.departement === '' ? {} : { departement: filters.departement }),
  });
  const book = useBookAppointment();

  const setFilters = (next: BookingFilterValues) => {
    setConflict(null);
    setShown(FIRST_SHOWN);
    setParams((current) => {
      const updated = new URLSearchParams(current);
      const set = (key: string, value: string | undefined) => (value ? updated.set(key, value) : updated.delete(key));
      set('motif', next.reason);
      set('modalite', next.mode);
      set('departement', next.departement);
      return updated;
    }, { replace: true });
  };

  const goTo = (next: Step) => {
    setStep(next);
    setFailure(null);
    focusSoon(() => stepHeading.current);
  };

  const confirm = (slot: Slot) => {
    const reason = filters.reason;
    if (reason === undefined) return;
    book.mutate({ slotId: slot.id, reason, ...(requestId === undefined ? {} : { requestId }) }, {
      onSuccess: (booked) => goTo({ at: 'done', slot, booked, reason }),
      onError: (error) => {
        const { summary } = errorMessages(error, 'Le rendez-vous n’a pas pu être réservé.');
        if (isApiError(error, 409)) {
          // Taken by someone else meanwhile: back to the list (refreshed), the choices kept.
          setStep({ at: 'search' });
          setConflict(summary);
          focusSoon(() => conflictRef.current);
        } else {
          setFailure(summary);
        }
      },
    });
  };

  if (step.at === 'done') {
    return (
      <>
        <h1 ref={stepHeading} tabIndex={-1}>Votre rendez-vous est confirmé</h1>
        <Alert severity="success" small className="fr-mb-4w"
          description="Un courriel de confirmation vous est envoyé, avec une invitation à ajouter à votre agenda. Un rappel vous parviendra 48 heures avant." />
        <AppointmentSummary slot={step.slot} reason={step.reason} booked={step.booked} reference={reference} linked={requestId !== undefined} />
        <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-4w">
          <li><Link className="fr-btn" to="/mes-rendez-vous">Voir mes rendez-vous</Link></li>
          {requestId !== undefined && (
            <li><Link className="fr-btn fr-btn--secondary" to={`/mes-demandes/${encodeURIComponent(requestId)}`}>Retour à ma demande</Link></li>
          )}
        </ul>
      </>
    );
  }

  const items = slots.data?.items ?? [];
  return (
    <>
      <p>
        <Link to={requestId === undefined ? '/mon-espace' : `/mes-demandes/${encodeURIComponent(requestId)}`}
          className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          {requestId === undefined ? 'Retour à mon espace' : 'Retour à ma demande'}
        </Link>
      </p>
      <h1>Prendre rendez-vous avec un conseiller RH de proximité</h1>
      <Stepper currentStep={step.at === 'search' ? 1 : 2} stepCount={2}
        title={step.at === 'search' ? 'Choisir un créneau' : 'Confirmer le rendez-vous'}
        {...(step.at === 'search' ? { nextTitle: 'Confirmer le rendez-vous' } : {})} />
      {requestId !== undefined && (
        <p className="fr-text--lead">
          Ce rendez-vous sera ajouté à l’historique de votre demande{reference ? ` ${reference}` : ''}.
        </p>
      )}

      {step.at === 'review' ? (
        <section aria-labelledby="rdv-verification">
          <h2 id="rdv-verification" ref={stepHeading} tabIndex={-1}>Vérifiez votre rendez-vous</h2>
          {failure !== null && <Alert severity="error" small description={failure} className="fr-mb-3w" />}
          <AppointmentSummary slot={step.slot} reason={filters.reason!} reference={reference} linked={requestId !== undefined} />
          <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-4w">
            <li><Button onClick={() => confirm(step.slot)} disabled={book.isPending}>Confirmer le rendez-vous</Button></li>
            <li><Button priority="secondary" onClick={() => goTo({ at: 'search' })} disabled={book.isPending}>Choisir un autre créneau</Button></li>
          </ul>
        </section>
      ) : (
        <>
          <div ref={conflictRef} tabIndex={-1}>
            {conflict !== null && (
              <Alert severity="warning" small className="fr-mb-3w" description={`${conflict} La liste des créneaux libres est à jour.`} />
            )}
          </div>
          <BookingFilters values={filters} onChange={setFilters} />
          <section aria-labelledby="rdv-creneaux" className="fr-mt-2w">
            <h2 id="rdv-creneaux" ref={stepHeading} tabIndex={-1}>Créneaux libres</h2>
            {filters.reason === undefined ? (
              <p>Choisissez le motif du rendez-vous : les créneaux libres s’affichent aussitôt, les plus proches d’abord.</p>
            ) : slots.isPending ? <Loading label="Recherche des créneaux libres…" />
              : slots.isError ? <ErrorAlert error={slots.error} title="Les créneaux n’ont pas pu être chargés" />
                : items.length === 0 ? (
                  <p>
                    Aucun créneau n’est libre dans les {WEEKS_AHEAD} prochaines semaines pour ce motif
                    {filters.mode === undefined ? '' : ' et cette modalité'}. Essayez une autre modalité ou un autre département,
                    ou <Link to="/mon-espace/nouvelle-demande">déposez une demande</Link> : votre conseiller vous proposera un rendez-vous.
                  </p>
                ) : (
                  <>
                    <p role="status" className="fr-mb-2w">
                      {items.length === 1 ? '1 créneau libre' : `${items.length} créneaux libres`}
                      {items.length === shown ? ' parmi les plus proches' : ''}, du plus proche au plus lointain.
                      {' '}Choisissez une heure pour vérifier le rendez-vous avant de le confirmer.
                    </p>
                    <div aria-busy={slots.isFetching}>
                      <SlotList slots={items} onChoose={(slot) => { setConflict(null); goTo({ at: 'review', slot }); }} />
                    </div>
                    {items.length === shown && shown < MAX_SHOWN && (
                      <Button priority="tertiary" onClick={() => setShown((n) => Math.min(MAX_SHOWN, n + FIRST_SHOWN))} disabled={slots.isFetching}>
                        Afficher d’autres créneaux
                      </Button>
                    )}
                  </>
                )}
          </section>
        </>
      )}
    </>
  );
}

