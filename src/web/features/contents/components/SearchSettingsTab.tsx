import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import type { CuratedQuestion, Synonym } from '../../../../shared/contracts/knowledge-base.ts';
import { CURATED_QUESTION_MAX, SYNONYM_TERM_MAX, SYNONYMS_PER_TERM_MAX } from '../../../../shared/contracts/limits.ts';
import { academieLabel } from '../../../../shared/territories.ts';
import { errorMessages } from '../../../api/client.ts';
import { DataTable, type Column } from '../../../components/DataTable.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import {
  useCreateCuratedQuestion, useCreateSynonym, useCuratedQuestions, useDeleteCuratedQuestion, useDeleteSynonym, useSynonyms,
} from '../api/contents.ts';
import { ArticlePicker, type PickedArticle } from './ArticlePicker.tsx';

const scopeLabel = (academie: string | null) => (academie === null ? 'Nationale' : academieLabel(academie));

/** What the search knows beyond the articles' words: synonyms, and « questions types » that lead straight to articles. */
export function SearchSettingsTab() {
  return (
    <>
      <SynonymsSection />
      <CuratedQuestionsSection />
    </>
  );
}

function SynonymsSection() {
  const synonyms = useSynonyms();
  const create = useCreateSynonym();
  const remove = useDeleteSynonym();
  const [term, setTerm] = useState('');
  const [words, setWords] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const list = words.split(/[,;\n]/).map((w) => w.trim()).filter((w) => w !== '');
    const found: Record<string, string> = {};
    if (term.trim() === '') found.term = 'Indiquez le mot ou l’expression.';
    else if (term.trim().length > SYNONYM_TERM_MAX) found.term = `Le mot dépasse ${SYNONYM_TERM_MAX} caractères.`;
    if (list.length === 0) found.synonyms = 'Indiquez au moins un synonyme.';
    else if (list.length > SYNONYMS_PER_TERM_MAX) found.synonyms = `Pas plus de ${SYNONYMS_PER_TERM_MAX} synonymes par mot.`;
    else if (list.some((w) => w.length > SYNONYM_TERM_MAX)) found.synonyms = `Chaque synonyme tient en ${SYNONYM_TERM_MAX} caractères au plus.`;
    setErrors(found);
    setDone(null);
    if (Object.keys(found).length > 0) return;
    create.mutate({ term: term.trim(), synonyms: list }, {
      onSuccess: (created) => {
        setDone(`Le synonyme « ${created.term} » est enregistré : la recherche le prend en compte.`);
        setTerm('');
        setWords('');
      },
      onError: (error) => {
        const { summary, fields } = errorMessages(error, 'Le synonyme n’a pas pu être enregistré.');
        setErrors(Object.keys(fields).length > 0 ? fields : { form: summary });
      },
    });
  };

  const columns: Column<Synonym>[] = [
    { header: 'Mot ou expression', rowHeader: true, cell: (s) => s.term },
    { header: 'Synonymes', cell: (s) => s.synonyms.join(', ') },
    { header: 'Portée', cell: (s) => scopeLabel(s.academie) },
    {
      header: 'Action',
      cell: (s) => (
        <Button type="button" size="small" priority="tertiary" disabled={remove.isPending} onClick={() => remove.mutate(s.id, { onSuccess: () => setDone(`Le synonyme « ${s.term} » est supprimé.`) })}>
          Supprimer<span className="fr-sr-only">{` le synonyme « ${s.term} »`}</span>
        </Button>
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
            {...(errors.term ? { state: 'error' as const, stateRelatedMessage: errors.term } : {})}
            nativeInputProps={{ id: 'synonyme-terme', value: term, onChange: (e) => setTerm(e.target.value) }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-5">
          <Input
            label="Synonymes"
            hintText="Séparés par des virgules"
            {...(errors.synonyms ? { state: 'error' as const, stateRelatedMessage: errors.synonyms } : {})}
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
      {synonyms.data && synonyms.data.items.length > 0 && (
        <DataTable id="synonymes" caption="Synonymes de la recherche" hideCaption columns={columns} rows={synonyms.data.items} rowKey={(s) => s.id} />
      )}
    </section>
  );
}

function CuratedQuestionsSection() {
  const questions = useCuratedQuestions();
  const create = useCreateCuratedQuestion();
  const remove = useDeleteCuratedQuestion();
  const [question, setQuestion] = useState('');
  const [articles, setArticles] = useState<PickedArticle[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const asked = question.replace(/\s+/g, ' ').trim();
    if (asked === '') found.question = 'Écrivez la question telle que les agents la posent.';
    else if (asked.length > CURATED_QUESTION_MAX) found.question = `La question dépasse ${CURATED_QUESTION_MAX} caractères.`;
    if (articles.length === 0) found.articleIds = 'Choisissez au moins un article qui y répond.';
    setErrors(found);
    setDone(null);
    if (Object.keys(found).length > 0) return;
    create.mutate({ question: asked, articleIds: articles.map((a) => a.id) }, {
      onSuccess: () => {
        setDone('La question type est enregistrée : l’assistant y répond d’abord avec ces articles.');
        setQuestion('');
        setArticles([]);
      },
      onError: (error) => {
        const { summary, fields } = errorMessages(error, 'La question type n’a pas pu être enregistrée.');
        setErrors(Object.keys(fields).length > 0 ? fields : { form: summary });
      },
    });
  };

  const columns: Column<CuratedQuestion>[] = [
    { header: 'Question', rowHeader: true, cell: (q) => q.question },
    { header: 'Articles', cell: (q) => q.articles.map((a) => a.title).join(' ; ') },
    { header: 'Portée', cell: (q) => scopeLabel(q.academie) },
    {
      header: 'Action',
      cell: (q) => (
        <Button type="button" size="small" priority="tertiary" disabled={remove.isPending} onClick={() => remove.mutate(q.id, { onSuccess: () => setDone('La question type est supprimée.') })}>
          Supprimer<span className="fr-sr-only">{` la question « ${q.question} »`}</span>
        </Button>
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
          {...(errors.question ? { state: 'error' as const, stateRelatedMessage: errors.question } : {})}
          nativeInputProps={{ id: 'question-type', value: question, onChange: (e) => setQuestion(e.target.value) }}
        />
        <ArticlePicker id="question-type-articles" label="Articles qui y répondent" hint="De 1 à 5 articles" max={5} value={articles} onChange={setArticles} error={errors.articleIds} />
        <Button type="submit" disabled={create.isPending}>Ajouter la question type</Button>
      </form>
      {questions.isPending && <Loading />}
      {questions.isError && <ErrorAlert error={questions.error} title="Les questions types n’ont pas pu être chargées" />}
      {questions.data && questions.data.items.length === 0 && <p>Aucune question type pour l’instant.</p>}
      {questions.data && questions.data.items.length > 0 && (
        <DataTable id="questions-types" caption="Questions types" hideCaption columns={columns} rows={questions.data.items} rowKey={(q) => q.id} />
      )}
    </section>
  );
}
