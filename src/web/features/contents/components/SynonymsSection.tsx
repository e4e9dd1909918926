import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import type { Synonym, SynonymBody } from '../../../../shared/contracts/knowledge-base-editor.ts';
import { SYNONYM_TERM_MAX, SYNONYMS_PER_TERM_MAX } from '../../../../shared/contracts/limits.ts';
import { errorMessages } from '../../../api/client.ts';
import { DataTable, type Column } from '../../../components/DataTable.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { useCreateSynonym, useDeleteSynonym, useSynonyms, useUpdateSynonym } from '../api/contents.ts';
import { RowEditActions } from './RowEditActions.tsx';
import { scopeLabel } from './searchSettings.ts';
import { useRowEditing } from './useRowEditing.ts';

type Errors = Record<string, string>;

/** The same rules for a new synonym and a changed one: the body to send, or the field messages. */
function checkSynonym(term: string, words: string): { body: SynonymBody; errors: null } | { body: null; errors: Errors } {
  const list = words.split(/[,;\n]/).map((w) => w.trim()).filter((w) => w !== '');
  const found: Errors = {};
  if (term.trim() === '') found.term = 'Indiquez le mot ou l’expression.';
  else if (term.trim().length > SYNONYM_TERM_MAX) found.term = `Le mot dépasse ${SYNONYM_TERM_MAX} caractères.`;
  if (list.length === 0) found.synonyms = 'Indiquez au moins un synonyme.';
  else if (list.length > SYNONYMS_PER_TERM_MAX) found.synonyms = `Pas plus de ${SYNONYMS_PER_TERM_MAX} synonymes par mot.`;
  else if (list.some((w) => w.length > SYNONYM_TERM_MAX)) found.synonyms = `Chaque synonyme tient en ${SYNONYM_TERM_MAX} caractères au plus.`;
  return Object.keys(found).length > 0 ? { body: null, errors: found } : { body: { term: term.trim(), synonyms: list }, errors: null };
}

const serverErrors = (error: unknown): Errors => {
  const { summary, fields } = errorMessages(error, 'Le synonyme n’a pas pu être enregistré.');
  return Object.keys(fields).length > 0 ? fields : { form: summary };
};

const fieldState = (message: string | undefined) => (message ? { state: 'error' as const, stateRelatedMessage: message } : {});

/** Synonyms of the search: added above the table, changed in their row (« Modifier »), deleted from it. */
export function SynonymsSection() {
  const synonyms = useSynonyms();
  const create = useCreateSynonym();
  const update = useUpdateSynonym();
  const remove = useDeleteSynonym();
  const editing = useRowEditing('synonyme');
  const [term, setTerm] = useState('');
  const [words, setWords] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [draft, setDraft] = useState({ term: '', words: '' });
  const [draftErrors, setDraftErrors] = useState<Errors>({});
  const [done, setDone] = useState<string | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkSynonym(term, words);
    setErrors(checked.errors ?? {});
    setDone(null);
    if (checked.body === null) return;
    create.mutate(checked.body, {
      onSuccess: (created) => {
        setDone(`Le synonyme « ${created.term} » est enregistré : la recherche le prend en compte.`);
        setTerm('');
        setWords('');
      },
      onError: (error) => setErrors(serverErrors(error)),
    });
  };

  const startEditing = (s: Synonym) => {
    setDraft({ term: s.term, words: s.synonyms.join(', ') });
    setDraftErrors({});
    setDone(null);
    editing.start(s.id, 'terme');
  };

  const onSave = (event: FormEvent, id: string) => {
    event.preventDefault();
    const checked = checkSynonym(draft.term, draft.words);
    setDraftErrors(checked.errors ?? {});
    if (checked.body === null) return;
    update.mutate({ id, body: checked.body }, {
      onSuccess: (saved) => {
        setDone(`Le synonyme « ${saved.term} » est modifié : la recherche en tient compte.`);
        editing.stop();
      },
      onError: (error) => setDraftErrors(serverErrors(error)),
    });
  };

  const isEditing = (s: Synonym) => editing.editingId === s.id;
  const columns: Column<Synonym>[] = [
    {
      header: 'Mot ou expression',
      rowHeader: true,
      cell: (s) => (isEditing(s) ? (
        <div data-row-edit={editing.ids.rowKey(s.id)}>
          <Input
            label={<>Mot ou expression<span className="fr-sr-only"> du synonyme modifié</span></>}
            {...fieldState(draftErrors.term)}
            nativeInputProps={{
              id: editing.ids.field(s.id, 'terme'), form: editing.ids.form(s.id), value: draft.term,
              onChange: (e) => setDraft({ ...draft, term: e.target.value }),
            }}
          />
        </div>
      ) : s.term),
    },
    {
      header: 'Synonymes',
      cell: (s) => (isEditing(s) ? (
        <div data-row-edit={editing.ids.rowKey(s.id)}>
          <Input
            label={<>Synonymes<span className="fr-sr-only"> du synonyme modifié</span></>}
            hintText="Séparés par des virgules"
            {...fieldState(draftErrors.synonyms)}
            nativeInputProps={{
              id: editing.ids.field(s.id, 'liste'), form: editing.ids.form(s.id), value: draft.words,
              onChange: (e) => setDraft({ ...draft, words: e.target.value }),
            }}
          />
        </div>
      ) : s.synonyms.join(', ')),
    },
    { header: 'Portée', cell: (s) => scopeLabel(s.academie) },
    {
      header: 'Action',
      cell: (s) => (
        <RowEditActions
          editing={editing} id={s.id} rowName={`le synonyme « ${s.term} »`} abilities={s.abilities} reserved="Réservé aux éditeurs nationaux"
          saving={update.isPending} deleting={remove.isPending} formError={draftErrors.form}
          onEdit={() => startEditing(s)} onSave={(event) => onSave(event, s.id)}
          onDelete={() => remove.mutate(s.id, { onSuccess: () => setDone(`Le synonyme « ${s.term} » est supprimé.`) })}
        />
      ),
    },
  ];

  return (
    <section aria-labelledby="synonymes-titre" className="fr-mb-6w">
      <h2 id="synonymes-titre" className="fr-h4">Synonymes</h2>
      <p>Un agent qui cherche l’un de ces mots trouve aussi les articles qui emploient les autres (« CFP » et « congé de formation professionnelle »).</p>
      <p role="status" aria-live="polite" className="fr-text--sm">{done ?? ''}</p>
      {errors.form && <Alert severity="error" small description={errors.form} className="fr-mb-2w" />}
      <form onSubmit={onSubmit} noValidate className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-3w">
        <div className="fr-col-12 fr-col-md-4">
          <Input
            label="Mot ou expression"
            {...fieldState(errors.term)}
            nativeInputProps={{ id: 'synonyme-terme', value: term, onChange: (e) => setTerm(e.target.value) }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-5">
          <Input
            label="Synonymes"
            hintText="Séparés par des virgules"
            {...fieldState(errors.synonyms)}
            nativeInputProps={{ id: 'synonyme-liste', value: words, onChange: (e) => setWords(e.target.value) }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-3 fr-mb-3w">
          <Button type="submit" disabled={create.isPending}>Ajouter le synonyme</Button>
        </div>
      </form>
      {synonyms.isPending && <Loading />}
      {synonyms.isError && <ErrorAlert error={synonyms.error} title="Les synonymes n’ont pas pu être chargés" />}
      {synonyms.data && synonyms.data.items.length === 0 && <p>Aucun synonyme pour l’instant.</p>}
      {synonyms.data?.items.some((s) => !s.abilities.edit) && (
        <p className="fr-text--sm">Les synonymes nationaux (portée « Nationale ») sont modifiés par les éditeurs nationaux.</p>
      )}
      {synonyms.data && synonyms.data.items.length > 0 && (
        <DataTable id="synonymes" caption="Synonymes de la recherche" hideCaption columns={columns} rows={synonyms.data.items} rowKey={(s) => s.id} />
      )}
    </section>
  );
}
