import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { KeyDate, KeyDateBody } from '../../../../shared/contracts/key-dates.ts';
import { KEY_DATE_DESCRIPTION_MAX, KEY_DATE_TITLE_MAX } from '../../../../shared/contracts/limits.ts';
import { AGENT_CATEGORIES, AGENT_CATEGORY_LABELS, KEY_DATE_KINDS, KEY_DATE_KIND_LABELS, type AgentCategory, type KeyDateKind } from '../../../../shared/glossary.ts';
import { academieLabel } from '../../../../shared/territories.ts';
import { errorMessages } from '../../../api/client.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { useRequiredSession } from '../../../components/RequireAbility.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useCancelKeyDate, useManagedKeyDates, useSaveKeyDate } from '../api/keyDates.ts';
import { formatPeriod } from '../components/KeyDatesView.tsx';

interface FormValues { academie: string; kind: KeyDateKind; title: string; description: string; startsOn: string; endsOn: string; audience: AgentCategory[]; reminders: string }
const EMPTY: Omit<FormValues, 'academie'> = { kind: 'mobility_intra', title: '', description: '', startsOn: '', endsOn: '', audience: [], reminders: '7' };

/** « Contenus » › Dates-clés: the editor adds, changes and cancels the key dates of their académie. */
export function ManageKeyDatesPage() {
  usePageTitle('Dates-clés — Contenus');
  const session = useRequiredSession();
  const academies = session.roles.filter((r) => r.role === 'editor').map((r) => (r.territory.level === 'national' ? '' : r.territory.code));
  const list = useManagedKeyDates();
  const save = useSaveKeyDate();
  const cancel = useCancelKeyDate();
  const [editing, setEditing] = useState<string | null>(null);
  const [values, setValues] = useState<FormValues>({ academie: academies[0] ?? '', ...EMPTY });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState<KeyDate | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLHeadingElement>(null);

  const edit = (k: KeyDate) => {
    setEditing(k.id);
    setValues({ academie: k.academie ?? '', kind: k.kind, title: k.title, description: k.description, startsOn: k.startsOn, endsOn: k.endsOn,
      audience: k.audience, reminders: k.reminderDays.join(', ') });
    setErrors({});
    formRef.current?.focus();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const reminderDays = values.reminders.split(/[\s,;]+/).filter(Boolean).map(Number);
    const body: KeyDateBody = {
      academie: values.academie || null, kind: values.kind, title: values.title, description: values.description, startsOn: values.startsOn,
      ...(values.endsOn ? { endsOn: values.endsOn } : {}), audience: values.audience, reminderDays,
    };
    save.mutate({ id: editing, body }, {
      onSuccess: (saved) => {
        setDone(editing ? `La date-clé « ${saved.title} » est modifiée : les agendas abonnés seront mis à jour.` : `La date-clé « ${saved.title} » est publiée.`);
        setEditing(null);
        setValues({ academie: values.academie, ...EMPTY });
        setErrors({});
      },
      onError: (error) => {
        const { summary, fields } = errorMessages(error, 'La date-clé n’a pas pu être enregistrée.');
        setErrors(Object.keys(fields).length > 0 ? fields : { form: summary });
        setTimeout(() => summaryRef.current?.focus());
      },
    });
  };
  const fieldState = (name: string) => (errors[name] ? { state: 'error' as const, stateRelatedMessage: errors[name] } : {});
  const summaryItems = Object.entries(errors).map(([field, message]) => ({ message, ...(field === 'form' ? {} : { targetId: `kd-${field}` }) }));

  return (
    <>
      <nav role="navigation" className="fr-breadcrumb" aria-label="vous êtes ici :">
        <ol className="fr-breadcrumb__list">
          <li><Link className="fr-breadcrumb__link" to="/contenus">Contenus</Link></li>
          <li><a className="fr-breadcrumb__link" aria-current="page">Dates-clés</a></li>
        </ol>
      </nav>
      <h1>Dates-clés</h1>
      <p className="fr-text--lead">Les campagnes et échéances publiées sur le site, dans « Mon espace » et dans le calendrier auquel les agents s’abonnent.</p>
      {done && <div className="fr-alert fr-alert--success fr-alert--sm fr-mb-3w" role="status"><p>{done}</p></div>}

      <h2 ref={formRef} tabIndex={-1}>{editing ? 'Modifier la date-clé' : 'Ajouter une date-clé'}</h2>
      <ErrorSummary ref={summaryRef} items={summaryItems} />
      <form onSubmit={submit} noValidate className="fr-mb-6w">
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-6">
            <Select label="Calendrier" disabled={editing !== null} nativeSelectProps={{ id: 'kd-academie', value: values.academie, onChange: (e) => setValues({ ...values, academie: e.target.value }) }}>
              {academies.map((a) => <option key={a} value={a}>{a ? academieLabel(a) : 'National'}</option>)}
            </Select>
          </div>
          <div className="fr-col-12 fr-col-md-6">
            <Select label="Type d’échéance" nativeSelectProps={{ id: 'kd-kind', value: values.kind, onChange: (e) => setValues({ ...values, kind: e.target.value as KeyDateKind }) }}>
              {KEY_DATE_KINDS.map((k) => <option key={k} value={k}>{KEY_DATE_KIND_LABELS[k]}</option>)}
            </Select>
          </div>
        </div>
        <Input label="Intitulé" {...fieldState('title')} nativeInputProps={{ id: 'kd-title', required: true, maxLength: KEY_DATE_TITLE_MAX, value: values.title,
          onChange: (e) => setValues({ ...values, title: e.target.value }) }} />
        <Input label="Description" hintText="Texte simple, sans mise en forme." textArea {...fieldState('description')}
          nativeTextAreaProps={{ id: 'kd-description', rows: 3, maxLength: KEY_DATE_DESCRIPTION_MAX, value: values.description, onChange: (e) => setValues({ ...values, description: e.target.value }) }} />
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            <Input label="Début" {...fieldState('startsOn')} nativeInputProps={{ id: 'kd-startsOn', type: 'date', required: true, value: values.startsOn,
              onChange: (e) => setValues({ ...values, startsOn: e.target.value }) }} />
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Input label="Fin (incluse)" hintText="Vide : une seule journée." {...fieldState('endsOn')} nativeInputProps={{ id: 'kd-endsOn', type: 'date', value: values.endsOn,
              onChange: (e) => setValues({ ...values, endsOn: e.target.value }) }} />
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Input label="Rappels (jours avant)" hintText="Par exemple : 7, 1. Vide : aucun rappel." {...fieldState('reminderDays')}
              nativeInputProps={{ id: 'kd-reminderDays', inputMode: 'numeric', value: values.reminders, onChange: (e) => setValues({ ...values, reminders: e.target.value }) }} />
          </div>
        </div>
        <Checkbox legend="Personnels concernés" hintText="Aucune case cochée : tous les personnels." orientation="horizontal"
          options={AGENT_CATEGORIES.map((c) => ({ label: AGENT_CATEGORY_LABELS[c], nativeInputProps: { name: 'kd-audience', value: c, checked: values.audience.includes(c),
            onChange: (e) => setValues({ ...values, audience: e.target.checked ? [...values.audience, c] : values.audience.filter((x) => x !== c) }) } }))} />
        <div className="fr-btns-group fr-btns-group--inline-md">
          <button type="submit" className="fr-btn" disabled={save.isPending}>{editing ? 'Enregistrer les modifications' : 'Publier la date-clé'}</button>
          {editing && <button type="button" className="fr-btn fr-btn--secondary" onClick={() => { setEditing(null); setValues({ academie: values.academie, ...EMPTY }); }}>Abandonner la modification</button>}
        </div>
      </form>

      <h2>Dates-clés publiées</h2>
      {list.isPending ? <Loading label="Chargement des dates-clés…" />
        : list.isError ? <ErrorAlert error={list.error} title="Les dates-clés n’ont pas pu être chargées" />
          : list.data.items.length === 0 ? <p>Aucune date-clé pour le moment.</p> : (
            <div className="fr-table"><table>
              <caption>Dates-clés que vous éditez</caption>
              <thead><tr><th scope="col">Intitulé</th><th scope="col">Période</th><th scope="col">Calendrier</th><th scope="col">État</th><th scope="col">Actions</th></tr></thead>
              <tbody>
                {list.data.items.map((k) => (
                  <tr key={k.id}>
                    <td>{k.title}<br /><span className="fr-text--xs">{KEY_DATE_KIND_LABELS[k.kind]}</span></td>
                    <td>{formatPeriod(k)}</td>
                    <td>{k.academie ? academieLabel(k.academie) : 'National'}</td>
                    <td>{k.status === 'cancelled' ? <p className="fr-badge fr-badge--error fr-badge--sm">Annulée</p> : <p className="fr-badge fr-badge--success fr-badge--sm">Publiée</p>}</td>
                    <td>{k.status === 'scheduled' && (
                      <div className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
                        <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm" onClick={() => edit(k)} aria-label={`Modifier « ${k.title} »`}>Modifier</button>
                        <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm" onClick={() => setCancelling(k)} aria-label={`Annuler « ${k.title} »`}>Annuler</button>
                      </div>
                    )}</td>
                  </tr>
                ))}
              </tbody>
            </table></div>
          )}
      <ConfirmDialog open={cancelling !== null} title="Annuler cette date-clé ?" confirmLabel="Annuler la date-clé" cancelLabel="Garder la date-clé" busy={cancel.isPending}
        onCancel={() => setCancelling(null)}
        onConfirm={() => cancelling && cancel.mutate(cancelling.id, { onSuccess: (k) => { setDone(`La date-clé « ${k.title} » est annulée : les agendas abonnés l’afficheront annulée.`); setCancelling(null); } })}>
        <p>« {cancelling?.title} » restera visible, marquée annulée, dans le calendrier des agents abonnés.</p>
      </ConfirmDialog>
    </>
  );
}
