import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { AppointmentMode, AppointmentReason, EarlierSlotWish, SlotOffer } from '../../../../shared/contracts/appointments.ts';
import { APPOINTMENT_MODES, APPOINTMENT_MODE_LABELS, APPOINTMENT_REASONS, APPOINTMENT_REASON_LABELS } from '../../../../shared/glossary.ts';
import { ACADEMIES } from '../../../../shared/territories.ts';
import { errorMessages } from '../../../api/client.ts';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { formatAppointmentTime } from '../../appointments/format.ts';
import { useBookOffer, useCreateEarlierSlotWish, useEarlierSlotWishes, useWithdrawEarlierSlotWish } from '../api/agenda.ts';

const departementName = (code: string) => {
  for (const academie of ACADEMIES) {
    const found = academie.departements.find((d) => d.code === code);
    if (found) return `${found.name} (${found.code})`;
  }
  return code;
};

function Offer({ offer, reason, onBooked, onFailed }: { offer: SlotOffer; reason: AppointmentReason; onBooked: (text: string) => void; onFailed: (text: string) => void }) {
  const book = useBookOffer();
  const when = formatAppointmentTime(offer.startsAt);
  return (
    <li className="fr-mb-2w">
      <p className="fr-mb-1w">
        <span className="fr-text--bold">{when}</span> — {APPOINTMENT_MODE_LABELS[offer.mode]}, {offer.place.label}, avec {offer.adviser.displayName}
      </p>
      {offer.free ? (
        <Button size="small" disabled={book.isPending} onClick={() => book.mutate({ slotId: offer.slotId, reason }, {
          onSuccess: () => onBooked(`Rendez-vous réservé le ${when.replace(/^./, (c) => c.toLowerCase())}. Pensez à annuler votre rendez-vous plus tardif dans « Mes rendez-vous ».`),
          onError: (error) => onFailed(errorMessages(error, 'Ce créneau n’a pas pu être réservé.').summary),
        })}>
          Réserver ce créneau<span className="fr-sr-only"> du {when.replace(/^./, (c) => c.toLowerCase())}</span>
        </Button>
      ) : <p className="fr-text--sm fr-mb-0">Ce créneau a déjà été réservé.</p>}
    </li>
  );
}

function Wish({ wish, onNotice }: { wish: EarlierSlotWish; onNotice: (severity: 'success' | 'error', text: string) => void }) {
  const titleId = useId();
  const withdraw = useWithdrawEarlierSlotWish();
  return (
    <article aria-labelledby={titleId} className="fr-p-3w" style={{ border: '1px solid var(--border-default-grey)' }}>
      <h3 id={titleId} className="fr-h6 fr-mb-1w">{APPOINTMENT_REASON_LABELS[wish.reason]}</h3>
      <p className="fr-text--sm fr-mb-2w">
        {departementName(wish.departement)} · {wish.mode === null ? 'toutes modalités' : APPOINTMENT_MODE_LABELS[wish.mode].toLowerCase()}
      </p>
      {wish.offers.length === 0 ? <p className="fr-mb-2w">Aucun créneau ne s’est encore libéré. Vous serez prévenu par courriel.</p> : (
        <>
          <p className="fr-mb-1w">Créneaux proposés (le premier agent qui réserve obtient le créneau) :</p>
          <ul className="fr-raw-list">
            {wish.offers.map((o) => <Offer key={o.slotId} offer={o} reason={wish.reason} onBooked={(t) => onNotice('success', t)} onFailed={(t) => onNotice('error', t)} />)}
          </ul>
        </>
      )}
      <Button size="small" priority="tertiary" disabled={withdraw.isPending} onClick={() => withdraw.mutate(wish.id, {
        onSuccess: () => onNotice('success', `Vous ne serez plus prévenu pour « ${APPOINTMENT_REASON_LABELS[wish.reason]} ».`),
        onError: (error) => onNotice('error', errorMessages(error, 'La demande n’a pas pu être retirée.').summary),
      })}>
        Ne plus être prévenu<span className="fr-sr-only"> pour {APPOINTMENT_REASON_LABELS[wish.reason]}</span>
      </Button>
    </article>
  );
}

/**
 * « Être prévenu d'un créneau plus tôt »: the agent names a reason, a département and maybe a mode;
 * when a slot is freed, a few waiting agents are told by mail and the first to book it has it.
 */
export function EarlierSlotWishes({ defaultDepartement }: { defaultDepartement: string }) {
  const titleId = useId();
  const wishes = useEarlierSlotWishes();
  const create = useCreateEarlierSlotWish();
  const [reason, setReason] = useState<AppointmentReason | ''>('');
  const [departement, setDepartement] = useState(defaultDepartement);
  const [mode, setMode] = useState<AppointmentMode | ''>('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const tell = (severity: 'success' | 'error', text: string) => {
    setNotice({ severity, text });
    requestAnimationFrame(() => noticeRef.current?.focus());
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (reason === '') found.reason = 'Choisissez le motif du rendez-vous.';
    if (departement === '') found.departement = 'Choisissez le département.';
    setErrors(found);
    if (reason === '' || departement === '') {
      requestAnimationFrame(() => document.getElementById(reason === '' ? 'souhait-motif' : 'souhait-departement')?.focus());
      return;
    }
    create.mutate({ reason, departement, ...(mode === '' ? {} : { mode }) }, {
      onSuccess: () => {
        setReason('');
        tell('success', 'C’est noté : vous serez prévenu par courriel dès qu’un créneau se libère.');
      },
      onError: (error) => {
        const { summary, fields } = errorMessages(error, 'Votre demande n’a pas pu être enregistrée.');
        if (fields.reason !== undefined || fields.departement !== undefined) setErrors(fields);
        else tell('error', summary);
      },
    });
  };

  return (
    <section aria-labelledby={titleId} className="fr-mb-6w">
      <h2 id={titleId}>Être prévenu d’un créneau plus tôt</h2>
      <p>
        Aucun créneau ne vous convient, ou votre rendez-vous est lointain ? Quand un rendez-vous est annulé ou déplacé, le créneau libéré est proposé
        par courriel à quelques agents qui l’attendent, dans l’ordre de leur demande. Le premier qui le réserve l’obtient.
        Vous pouvez aussi <Link to="/prendre-rendez-vous">prendre rendez-vous</Link> dès maintenant.
      </p>
      <div ref={noticeRef} tabIndex={-1}>
        {notice !== null && <Alert severity={notice.severity} small description={notice.text} className="fr-mb-3w" closable onClose={() => setNotice(null)} />}
      </div>
      <form onSubmit={submit} noValidate className="fr-mb-4w">
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            <Select label="Motif" state={errors.reason ? 'error' : 'default'} stateRelatedMessage={errors.reason}
              nativeSelectProps={{ id: 'souhait-motif', value: reason, onChange: (e) => setReason(e.target.value as AppointmentReason) }}>
              <option value="" disabled>Choisir un motif</option>
              {APPOINTMENT_REASONS.map((r) => <option key={r} value={r}>{APPOINTMENT_REASON_LABELS[r]}</option>)}
            </Select>
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Select label="Département" state={errors.departement ? 'error' : 'default'} stateRelatedMessage={errors.departement}
              nativeSelectProps={{ id: 'souhait-departement', value: departement, onChange: (e) => setDepartement(e.target.value) }}>
              <option value="" disabled>Choisir un département</option>
              {ACADEMIES.map((a) => (
                <optgroup key={a.code} label={`Académie ${/^[AEIOUÉ]/.test(a.name) ? 'd’' : 'de '}${a.name}`}>
                  {a.departements.map((d) => <option key={d.code} value={d.code}>{d.name} ({d.code})</option>)}
                </optgroup>
              ))}
            </Select>
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Select label="Modalité (facultatif)" nativeSelectProps={{ value: mode, onChange: (e) => setMode(e.target.value as AppointmentMode | '') }}>
              <option value="">Toutes les modalités</option>
              {APPOINTMENT_MODES.map((m) => <option key={m} value={m}>{APPOINTMENT_MODE_LABELS[m]}</option>)}
            </Select>
          </div>
        </div>
        <Button type="submit" disabled={create.isPending}>Me prévenir</Button>
      </form>
      <h3 className="fr-h5">Mes demandes en attente</h3>
      {wishes.isPending ? <Loading label="Chargement de vos demandes…" />
        : wishes.isError ? <ErrorAlert error={wishes.error} title="Vos demandes n’ont pas pu être chargées" />
          : wishes.data.items.length === 0 ? <p>Vous n’attendez aucun créneau.</p> : (
            <ul className="fr-raw-list">
              {wishes.data.items.map((w) => <li key={w.id} className="fr-mb-3w"><Wish wish={w} onNotice={tell} /></li>)}
            </ul>
          )}
    </section>
  );
}
