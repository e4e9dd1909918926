import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import type { CuratedQuestion, CuratedQuestionBody } from '../../../../shared/contracts/knowledge-base-editor.ts';
import { CURATED_QUESTION_MAX } from '../../../../shared/contracts/limits.ts';
import { errorMessages } from '../../../api/client.ts';
import { DataTable, type Column } from '../../../components/DataTable.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { useCreateCuratedQuestion, useCuratedQuestions, useDeleteCuratedQuestion, useUpdateCuratedQuestion } from '../api/contents.ts';
import { ArticlePicker, type PickedArticle } from './ArticlePicker.tsx';
import { RowEditActions } from './RowEditActions.tsx';
import { scopeLabel } from './searchSettings.ts';
import { useRowEditing } from './useRowEditing.ts';

type Errors = Record<string, string>;
const MAX_ARTICLES = 5;

/** The same rules for a new « question type » and a changed one: the body to send, or the field messages. */
function checkQuestion(question: string, articles: PickedArticle[]): { body: CuratedQuestionBody; errors: null } | { body: null; errors: Errors } {
  const found: Errors = {};
  const asked = question.replace(/\s+/g, ' ').trim();
  if (asked === '') found.question = 'Écrivez la question telle que les agents la posent.';
  else if (asked.length > CURATED_QUESTION_MAX) found.question = `La question dépasse ${CURATED_QUESTION_MAX} caractères.`;
  if (articles.length === 0) found.articleIds = 'Choisissez au moins un article qui y répond.';
  return Object.keys(found).length > 0 ? { body: null, errors: found } : { body: { question: asked, articleIds: articles.map((a) => a.id) }, errors: null };
}

const serverErrors = (error: unknown): Errors => {
  const { summary, fields } = errorMessages(error, 'La question type n’a pas pu être enregistrée.');
  return Object.keys(fields).length > 0 ? fields : { form: summary };
};

const fieldState = (message: string | undefined) => (message ? { state: 'error' as const, stateRelatedMessage: message } : {});

/** « Questions types »: added above the table, changed in their row (« Modifier »), deleted from it. */
export function CuratedQuestionsSection() {
  const questions = useCuratedQuestions();
  const create = useCreateCuratedQuestion();
  const update = useUpdateCuratedQuestion();
  const remove = useDeleteCuratedQuestion();
  const editing = useRowEditing('question-type');
  const [question, setQuestion] = useState('');
  const [articles, setArticles] = useState<PickedArticle[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const [draft, setDraft] = useState<{ question: string; articles: PickedArticle[] }>({ question: '', articles: [] });
  const [draftErrors, setDraftErrors] = useState<Errors>({});
  const [done, setDone] = useState<string | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkQuestion(question, articles);
    setErrors(checked.errors ?? {});
    setDone(null);
    if (checked.body === null) return;
    create.mutate(checked.body, {
      onSuccess: () => {
        setDone('La question type est enregistrée : l’assistant y répond d’abord avec ces articles.');
        setQuestion('');
        setArticles([]);
      },
      onError: (error) => setErrors(serverErrors(error)),
    });
  };

  const startEditing = (q: CuratedQuestion) => {
    setDraft({ question: q.question, articles: q.articles.map((a) => ({ id: a.id, title: a.title })) });
    setDraftErrors({});
    setDone(null);
    editing.start(q.id, 'question');
  };

  const onSave = (event: FormEvent, id: string) => {
    event.preventDefault();
    const checked = checkQuestion(draft.question, draft.articles);
    setDraftErrors(checked.errors ?? {});
    if (checked.body === null) return;
    update.mutate({ id, body: checked.body }, {
      onSuccess: () => {
        setDone('La question type est modifiée : l’assistant y répond d’abord avec ces articles.');
        editing.stop();
      },
      onError: (error) => setDraftErrors(serverErrors(error)),
    });
  };

  const isEditing = (q: CuratedQuestion) => editing.editingId === q.id;
  const columns: Column<CuratedQuestion>[] = [
    {
      header: 'Question',
      rowHeader: true,
      cell: (q) => (isEditing(q) ? (
        <div data-row-edit={editing.ids.rowKey(q.id)}>
          <Input
            label={<>Question<span className="fr-sr-only"> type modifiée</span></>}
            {...fieldState(draftErrors.question)}
            nativeInputProps={{
              id: editing.ids.field(q.id, 'question'), form: editing.ids.form(q.id), value: draft.question,
              onChange: (e) => setDraft({ ...draft, question: e.target.value }),
            }}
          />
        </div>
      ) : q.question),
    },
    {
      header: 'Articles',
      cell: (q) => (isEditing(q) ? (
        <div data-row-edit={editing.ids.rowKey(q.id)}>
          <ArticlePicker
            id={editing.ids.field(q.id, 'articles')}
            label="Articles qui y répondent"
            hint={`De 1 à ${MAX_ARTICLES} articles`}
            max={MAX_ARTICLES}
            value={draft.articles}
            onChange={(picked) => setDraft({ ...draft, articles: picked })}
            error={draftErrors.articleIds}
          />
        </div>
      ) : q.articles.map((a) => a.title).join(' ; ')),
    },
    { header: 'Portée', cell: (q) => scopeLabel(q.academie) },
    {
      header: 'Action',
      cell: (q) => (
        <RowEditActions
          editing={editing} id={q.id} rowName={`la question « ${q.question} »`} abilities={q.abilities} reserved="Réservée aux éditeurs nationaux"
          saving={update.isPending} deleting={remove.isPending} formError={draftErrors.form}
          onEdit={() => startEditing(q)} onSave={(event) => onSave(event, q.id)}
          onDelete={() => remove.mutate(q.id, { onSuccess: () => setDone('La question type est supprimée.') })}
        />
      ),
    },
  ];

  return (
    <section aria-labelledby="questions-types-titre" className="fr-mb-6w">
      <h2 id="questions-types-titre" className="fr-h4">Questions types</h2>
      <p>
        Les questions fréquentes, écrites comme les agents les posent, et les articles qui y répondent : l’assistant et la
        recherche les proposent en premier.
      </p>
      <p role="status" aria-live="polite" className="fr-text--sm">{done ?? ''}</p>
      {errors.form && <Alert severity="error" small description={errors.form} className="fr-mb-2w" />}
      <form onSubmit={onSubmit} noValidate className="fr-mb-3w">
        <Input
          label="Question"
          hintText="Par exemple : « Comment partir enseigner dans une autre académie ? »"
          {...fieldState(errors.question)}
          nativeInputProps={{ id: 'question-type', value: question, onChange: (e) => setQuestion(e.target.value) }}
        />
        <ArticlePicker id="question-type-articles" label="Articles qui y répondent" hint={`De 1 à ${MAX_ARTICLES} articles`} max={MAX_ARTICLES}
          value={articles} onChange={setArticles} error={errors.articleIds} />
        <Button type="submit" disabled={create.isPending}>Ajouter la question type</Button>
      </form>
      {questions.isPending && <Loading />}
      {questions.isError && <ErrorAlert error={questions.error} title="Les questions types n’ont pas pu être chargées" />}
      {questions.data && questions.data.items.length === 0 && <p>Aucune question type pour l’instant.</p>}
      {questions.data?.items.some((q) => !q.abilities.edit) && (
        <p className="fr-text--sm">Les questions types nationales (portée « Nationale ») sont modifiées par les éditeurs nationaux.</p>
      )}
      {questions.data && questions.data.items.length > 0 && (
        <DataTable id="questions-types" caption="Questions types" hideCaption columns={columns} rows={questions.data.items} rowKey={(q) => q.id} />
      )}
    </section>
  );
}
