import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState, type FormEvent } from 'react';
import type { LineTerritory, PhoneLineSettings, Rota } from '../../../../shared/contracts/phone-line.ts';
import { HALF_DAY_LABELS, HALF_DAYS, type HalfDay } from '../../../../shared/glossary.ts';
import { ACADEMIES, academieLabel, departementName } from '../../../../shared/territories.ts';
import { errorMessages } from '../../../api/client.ts';
import { ErrorSummary, focusSoon } from '../../../components/ErrorSummary.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { useRequiredSession } from '../../../components/RequireAbility.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useRota, useSaveLineSettings, useSetShift } from '../api/phone-line.ts';
import { formatDay } from '../components/format.ts';

const keyOf = (t: LineTerritory) => `${t.level}:${t.code}`;
const labelOf = (t: LineTerritory) => (t.level === 'academie' ? academieLabel(t.code) : `${departementName(t.code)} (${t.code})`);

/** The lines a coordinator plans: their académies (and départements), their départements. */
function plannedLines(roles: { role: string; territory: { level: string; code: string } }[]): LineTerritory[] {
  const lines: LineTerritory[] = [];
  for (const { role, territory } of roles) {
    if (role !== 'coordinator') continue;
    const academies = territory.level === 'national' ? ACADEMIES : ACADEMIES.filter((a) => territory.level === 'academie' && a.code === territory.code);
    for (const a of academies) {
      lines.push({ level: 'academie', code: a.code });
      if (territory.level !== 'national') for (const d of a.departements) lines.push({ level: 'departement', code: d.code });
    }
    if (territory.level === 'departement') lines.push({ level: 'departement', code: territory.code });
  }
  return lines.filter((l, i) => lines.findIndex((m) => keyOf(m) === keyOf(l)) === i);
}

function ShiftCell({ rota, day, half }: { rota: Rota; day: Rota['days'][number]; half: HalfDay }) {
  const setShift = useSetShift();
  const [error, setError] = useState<string | null>(null);
  const on = day[half].map((p) => p.id);
  const legendId = `creneau-${day.date}-${half}`;
  if (day.closed) return <span>Fermé</span>;
  const toggle = (adviserId: string) => {
    const adviserIds = on.includes(adviserId) ? on.filter((id) => id !== adviserId) : [...on, adviserId];
    setError(null);
    setShift.mutate({ territory: rota.territory, day: day.date, halfDay: half, adviserIds },
      { onError: (e) => setError(errorMessages(e, 'Le planning n’a pas pu être enregistré.').summary) });
  };
  return (
    <fieldset className="fr-fieldset fr-mb-0" aria-labelledby={legendId} aria-busy={setShift.isPending}>
      <legend id={legendId} className="fr-sr-only">{formatDay(day.date)}, {HALF_DAY_LABELS[half].toLowerCase()}</legend>
      {rota.advisers.map((a) => (
        <div key={a.id} className="fr-fieldset__element fr-mb-1v">
          <div className="fr-checkbox-group fr-checkbox-group--sm">
            <input type="checkbox" id={`${legendId}-${a.id}`} checked={on.includes(a.id)} onChange={() => toggle(a.id)} disabled={setShift.isPending} />
            <label className="fr-label" htmlFor={`${legendId}-${a.id}`}>{a.displayName}</label>
          </div>
        </div>
      ))}
      {error && <p className="fr-error-text" role="alert">{error}</p>}
    </fieldset>
  );
}

function SettingsForm({ territory, settings }: { territory: LineTerritory; settings: PhoneLineSettings | null }) {
  const save = useSaveLineSettings();
  const [v, setV] = useState({
    phoneNumber: settings?.phoneNumber ?? '', mo: settings?.morning?.opens ?? '09:00', mc: settings?.morning?.closes ?? '12:00',
    ao: settings?.afternoon?.opens ?? '14:00', ac: settings?.afternoon?.closes ?? '17:00',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (v.phoneNumber.trim().length < 4) { setErrors({ phoneNumber: 'Indiquez le numéro de la ligne.' }); focusSoon(() => ref.current); return; }
    save.mutate({ territory, settings: { phoneNumber: v.phoneNumber.trim(), morning: v.mo && v.mc ? { opens: v.mo, closes: v.mc } : null,
      afternoon: v.ao && v.ac ? { opens: v.ao, closes: v.ac } : null } }, {
      onSuccess: () => { setErrors({}); setDone(true); focusSoon(() => ref.current); },
      onError: (e) => { const { summary, fields } = errorMessages(e, 'Les réglages n’ont pas pu être enregistrés.'); setErrors(Object.keys(fields).length ? fields : { form: summary }); focusSoon(() => ref.current); },
    });
  };
  const state = (f: string) => (errors[f] ? { state: 'error' as const, stateRelatedMessage: errors[f] } : {});
  return (
    <form onSubmit={onSubmit} noValidate>
      <div ref={ref} tabIndex={-1}>
        <ErrorSummary items={Object.entries(errors).map(([field, message]) => ({ message, ...(field === 'phoneNumber' ? { targetId: 'ligne-numero', label: 'Numéro' } : {}) }))} />
        {done && <Alert severity="success" small description="Le numéro et les horaires sont enregistrés : la page « Qui contacter ? » les affiche." className="fr-mb-2w" />}
      </div>
      <Input label="Numéro de la ligne" {...state('phoneNumber')} nativeInputProps={{ id: 'ligne-numero', type: 'tel', autoComplete: 'off', value: v.phoneNumber, onChange: (e) => setV({ ...v, phoneNumber: e.target.value }) }} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-6 fr-col-md-3"><Input label="Matin, ouverture" nativeInputProps={{ type: 'time', value: v.mo, onChange: (e) => setV({ ...v, mo: e.target.value }) }} /></div>
        <div className="fr-col-6 fr-col-md-3"><Input label="Matin, fermeture" {...state('closes')} nativeInputProps={{ type: 'time', value: v.mc, onChange: (e) => setV({ ...v, mc: e.target.value }) }} /></div>
        <div className="fr-col-6 fr-col-md-3"><Input label="Après-midi, ouverture" nativeInputProps={{ type: 'time', value: v.ao, onChange: (e) => setV({ ...v, ao: e.target.value }) }} /></div>
        <div className="fr-col-6 fr-col-md-3"><Input label="Après-midi, fermeture" nativeInputProps={{ type: 'time', value: v.ac, onChange: (e) => setV({ ...v, ac: e.target.value }) }} /></div>
      </div>
      <p className="fr-hint-text">Laissez vides les heures d’une demi-journée sans ligne.</p>
      <Button type="submit" disabled={save.isPending}>Enregistrer le numéro et les horaires</Button>
    </form>
  );
}

/** `/permanence-telephonique/planning`: the coordinator's week grid of the phone line, by half-day, and the line's number and hours. */
export function PhoneLineRotaPage() {
  usePageTitle('Planning de permanence téléphonique');
  const session = useRequiredSession();
  const lines = plannedLines(session.roles);
  const [selected, setSelected] = useState<string>(lines[0] ? keyOf(lines[0]) : '');
  const [week, setWeek] = useState<string | undefined>(undefined);
  const territory = lines.find((l) => keyOf(l) === selected) ?? null;
  const rota = useRota(territory, week);

  return (
    <>
      <h1>Planning de permanence téléphonique</h1>
      <p className="fr-text--lead">Affectez les conseillers à la ligne RH de proximité, par demi-journée. Chaque case cochée est enregistrée aussitôt.</p>
      <Select label="Ligne" nativeSelectProps={{ value: selected, onChange: (e) => { setSelected(e.target.value); setWeek(undefined); } }}>
        {lines.map((l) => <option key={keyOf(l)} value={keyOf(l)}>{labelOf(l)}</option>)}
      </Select>
      {rota.isPending ? <Loading label="Chargement du planning…" />
        : rota.isError ? <ErrorAlert error={rota.error} title="Le planning n’a pas pu être chargé" />
          : (
            <>
              <h2 aria-live="polite">Semaine du {formatDay(rota.data.week).replace(/^./, (c) => c.toLowerCase())}</h2>
              <p className="fr-mb-3w">
                <Button priority="secondary" size="small" className="fr-mr-2w fr-mb-1w" iconId="fr-icon-arrow-left-s-line" iconPosition="left" onClick={() => setWeek(rota.data.previousWeek)}>Semaine précédente</Button>
                <Button priority="secondary" size="small" className="fr-mb-1w" iconId="fr-icon-arrow-right-s-line" iconPosition="right" onClick={() => setWeek(rota.data.nextWeek)}>Semaine suivante</Button>
              </p>
              {rota.data.advisers.length === 0 ? <p>Aucun conseiller n’est rattaché à ce territoire.</p> : (
                <div className="fr-table fr-table--sm fr-table--bordered" id="planning">
                  <div className="fr-table__wrapper"><div className="fr-table__container" tabIndex={0} role="region" aria-label="Planning de la semaine">
                    <div className="fr-table__content">
                      <table>
                        <caption className="fr-sr-only">Conseillers de permanence, semaine du {formatDay(rota.data.week)}</caption>
                        <thead><tr><th scope="col">Jour</th>{HALF_DAYS.map((h) => <th key={h} scope="col">{HALF_DAY_LABELS[h]}</th>)}</tr></thead>
                        <tbody>
                          {rota.data.days.map((d) => (
                            <tr key={d.date}>
                              <th scope="row">{formatDay(d.date)}</th>
                              {HALF_DAYS.map((h) => <td key={h}><ShiftCell rota={rota.data} day={d} half={h} /></td>)}
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  </div></div>
                </div>
              )}
              <section aria-labelledby="reglages" className="fr-mt-6w">
                <h2 id="reglages">Numéro et horaires de la ligne</h2>
                <SettingsForm key={selected + (rota.data.settings?.phoneNumber ?? '')} territory={rota.data.territory} settings={rota.data.settings} />
              </section>
            </>
          )}
    </>
  );
}
