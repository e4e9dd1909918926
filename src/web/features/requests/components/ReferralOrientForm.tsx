import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Notice } from '@codegouvfr/react-dsfr/Notice';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { CONTACT_POINT_KIND_LABELS, CONTACT_POINT_KINDS } from '../../../../shared/glossary.ts';
import type { ContactPoint } from '../../../../shared/contracts/orientation.ts';
import type { RequestDetail } from '../../../../shared/contracts/requests.ts';
import { REFERRAL_NOTE_MAX } from '../../../../shared/contracts/limits.ts';
import { errorMessages } from '../../../api/client.ts';
import { ErrorSummary, focusSoon, type SummaryItem } from '../../../components/ErrorSummary.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { useReferralTargets, useRequestReferralAction } from '../../referrals/api/referrals.ts';
import { tooLongMessage, useCharacterLimit } from './characterLimit.tsx';

const NOTE_TOO_LONG = tooLongMessage('La note', REFERRAL_NOTE_MAX, 'raccourcissez-la');
const TARGETS: Record<string, { id: string; label: string }> = {
  contactPointId: { id: 'orienter-interlocuteur', label: 'Interlocuteur' },
  note: { id: 'orienter-note', label: 'Note' },
  shareDescription: { id: 'orienter-partage-0', label: 'Description' },
  expectedBy: { id: 'orienter-date', label: 'Réponse attendue' },
};

/** Lower case, without accents: « Médecine » is found by « medecine ». */
const folded = (value: string) => value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Today in Europe/Paris, as the date field reads it (YYYY-MM-DD). */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());

/**
 * « Orienter »: staff choose a contact point of the request's département (grouped by kind,
 * searchable by name), write a note for it, choose whether the description goes too (only with the
 * agent's consent) and the day an answer is expected.
 */
export function ReferralOrientForm({ request, onDone, onCancel }: {
  request: RequestDetail; onDone: (message: string) => void; onCancel: () => void;
}) {
  const targets = useReferralTargets(request.departementCode, true);
  const action = useRequestReferralAction(request.id);
  const [search, setSearch] = useState('');
  const [contactPointId, setContactPointId] = useState('');
  const [note, setNote] = useState('');
  const [share, setShare] = useState(false);
  const [expectedBy, setExpectedBy] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const summaryRef = useRef<HTMLDivElement>(null);
  const limit = useCharacterLimit('orienter-note', note, REFERRAL_NOTE_MAX);
  const consented = request.consentToShare === true;

  const all = useMemo(() => targets.data ?? [], [targets.data]);
  const chosen = all.find((candidate) => candidate.id === contactPointId);
  const external = chosen?.kind === 'external_partner';
  const groups = useMemo(() => {
    const wanted = folded(search.trim());
    const shown = all.filter((candidate) => candidate.id === contactPointId || wanted === '' || folded(candidate.name).includes(wanted));
    return CONTACT_POINT_KINDS.map((kind) => ({ kind, items: shown.filter((candidate) => candidate.kind === kind) }))
      .filter((group) => group.items.length > 0);
  }, [all, search, contactPointId]);
  const shownCount = groups.reduce((sum, group) => sum + group.items.length, 0);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (contactPointId === '') found.contactPointId = 'Choisissez l’interlocuteur vers qui orienter la demande.';
    if (note.trim() === '') found.note = 'Écrivez une note pour l’interlocuteur : ce que vous attendez de lui.';
    else if (limit.tooLong) found.note = NOTE_TOO_LONG;
    if (!external && expectedBy !== '' && expectedBy < today()) found.expectedBy = 'Choisissez une date à venir.';
    setErrors(found);
    if (Object.keys(found).length > 0) return focusSoon(() => summaryRef.current);
    action.mutate(
      {
        type: 'create', contactPointId, note: note.trim(), shareDescription: !external && share,
        ...(external || expectedBy === '' ? {} : { expectedBy }),
      },
      {
        onSuccess: () => onDone(external
          ? `L’orientation vers « ${chosen?.name ?? 'le partenaire'} » est enregistrée. Rien ne lui est envoyé : donnez ses coordonnées à l’agent.`
          : `La demande est orientée vers « ${chosen?.name ?? 'l’interlocuteur'} » : ses membres en sont prévenus par courriel.`),
        onError: (failure) => {
          const { summary, fields } = errorMessages(failure, 'La demande n’a pas pu être orientée.');
          setErrors(Object.keys(fields).length > 0 ? fields : { form: summary });
          focusSoon(() => summaryRef.current);
        },
      },
    );
  };

  const items: SummaryItem[] = Object.entries(errors).map(([field, message]) => ({
    message, targetId: TARGETS[field]?.id, label: TARGETS[field]?.label,
  }));
  const live: Record<string, string> = limit.tooLong ? { note: NOTE_TOO_LONG, ...errors } : errors;
  const stateOf = (field: string) => (live[field] === undefined ? {} : { state: 'error' as const, stateRelatedMessage: live[field] });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="orienter-titre" className="fr-mb-4w fr-p-3w"
      style={{ border: '1px solid var(--border-default-grey)' }}>
      <h3 id="orienter-titre" className="fr-h5" tabIndex={-1}>
        Orienter la demande
      </h3>
      <ErrorSummary ref={summaryRef} items={items} title="La demande n’a pas pu être orientée" />

      {targets.isPending && <Loading label="Chargement de l’annuaire…" />}
      {targets.isError && <ErrorAlert error={targets.error} title="L’annuaire n’a pas pu être chargé" />}
      {targets.data && (
        <>
          <Input
            label="Rechercher un interlocuteur"
            hintText="Une partie de son nom, par exemple « mobilité » ou « médecin »."
            nativeInputProps={{
              id: 'orienter-recherche',
              type: 'search',
              value: search,
              'aria-controls': 'orienter-interlocuteur',
              onChange: (event) => setSearch(event.target.value),
            }}
          />
          <p className="fr-sr-only" aria-live="polite">
            {search.trim() === '' ? '' : `${shownCount} interlocuteur${shownCount > 1 ? 's' : ''} trouvé${shownCount > 1 ? 's' : ''}.`}
          </p>
          <Select
            label="Interlocuteur"
            hint="Les interlocuteurs du département de la demande, regroupés par type."
            {...stateOf('contactPointId')}
            nativeSelectProps={{
              id: 'orienter-interlocuteur',
              value: contactPointId,
              onChange: (event) => { setContactPointId(event.target.value); setErrors(({ contactPointId: _, ...rest }) => rest); },
            }}
          >
            <option value="" disabled>
              {shownCount === 0 ? 'Aucun interlocuteur ne correspond à la recherche' : 'Choisissez un interlocuteur'}
            </option>
            {groups.map((group) => (
              <optgroup key={group.kind} label={CONTACT_POINT_KIND_LABELS[group.kind]}>
                {group.items.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
          {chosen !== undefined && <ChosenTarget target={chosen} />}
        </>
      )}

      <Input
        label="Note pour l’interlocuteur"
        hintText="Pourquoi vous l’orientez et ce que vous attendez de lui. L’agent lit aussi cette note dans son espace."
        textArea
        {...stateOf('note')}
        nativeTextAreaProps={{
          id: 'orienter-note',
          value: note,
          rows: 4,
          'aria-describedby': limit.describedBy,
          onChange: (event) => setNote(event.target.value),
        }}
      />
      {limit.counter}

      <Checkbox
        id="orienter-partage"
        className="fr-mb-3w"
        {...stateOf('shareDescription')}
        options={[{
          label: 'Transmettre aussi la description de la demande',
          hintText: external
            ? 'Rien n’est transmis à un partenaire extérieur.'
            : consented
              ? 'L’agent a accepté, en déposant sa demande, que sa description soit transmise en cas d’orientation.'
              : 'L’agent n’a pas donné son accord : la description ne sera transmise que s’il l’accepte depuis son espace, où la question lui sera posée. D’ici là, l’interlocuteur ne lit que votre note.',
          nativeInputProps: { checked: !external && share, disabled: external, onChange: (event) => setShare(event.target.checked) },
        }]}
      />

      {!external && (<Input
        label="Réponse attendue au plus tard le (facultatif)"
        hintText="Passé ce jour sans réponse, vous et le coordonnateur en êtes alertés."
        {...stateOf('expectedBy')}
        nativeInputProps={{ id: 'orienter-date', type: 'date', min: today(), value: expectedBy, onChange: (event) => setExpectedBy(event.target.value) }}
      />)}

      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mb-0">
        <li>
          <Button type="submit" iconId="fr-icon-send-plane-line" disabled={action.isPending || !targets.data}>
            {external ? 'Enregistrer l’orientation' : 'Orienter la demande'}
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" onClick={onCancel}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}

/** What the chosen contact point handles and how it is reached; an external partner receives nothing. */
function ChosenTarget({ target }: { target: ContactPoint }) {
  const contacts = [target.email, target.phone, target.hours].filter((value): value is string => value !== null && value !== '');
  return (
    <div className="fr-mb-3w fr-p-2w" style={{ background: 'var(--background-alt-grey)', overflowWrap: 'anywhere' }}>
      <p className="fr-text--bold fr-mb-1v">{target.name}</p>
      {target.description !== null && <p className="fr-text--sm fr-mb-1v">{target.description}</p>}
      {contacts.length > 0 && <p className="fr-text--sm fr-mb-1v">{contacts.join(' · ')}</p>}
      <p className="fr-text--sm fr-mb-0">Territoire : {target.territories.map((territory) => territory.label).join(', ')}</p>
      {target.kind === 'external_partner' && (
        <Notice
          className="fr-mt-2w"
          title="Partenaire extérieur à l’Éducation nationale : l’orientation est enregistrée, rien ne lui est envoyé. Donnez ses coordonnées à l’agent."
        />
      )}
    </div>
  );
}
