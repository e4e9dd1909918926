import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { UnansweredQuestion } from '../../../../shared/contracts/knowledge-base-editor.ts';
import { DataTable, type Column } from '../../../components/DataTable.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { formatDay } from '../../../format.ts';
import { useUnansweredQuestions } from '../api/contents.ts';
import { NEW_ARTICLE_PATH } from '../paths.ts';
import { StatsPeriodSelect, statsQueryOf, type StatsPeriodKey } from './StatsPeriod.tsx';

const SOURCE_LABELS: Record<UnansweredQuestion['sources'][number], string> = { search: 'Recherche', assistant: 'Assistant' };
const number = new Intl.NumberFormat('fr-FR');

const COLUMNS: Column<UnansweredQuestion>[] = [
  { header: 'Mots de la question', rowHeader: true, cell: (q) => q.words },
  { header: 'Nombre de fois', cell: (q) => number.format(q.count) },
  { header: 'Dernière fois', cell: (q) => formatDay(q.lastSeenOn) },
  { header: 'Posée dans', cell: (q) => q.sources.map((s) => SOURCE_LABELS[s]).join(', ') },
  {
    header: 'Action',
    cell: (q) => (
      <Link to={NEW_ARTICLE_PATH} state={{ suggestedTitle: q.words }}>
        Rédiger une fiche<span className="fr-sr-only">{` pour « ${q.words} »`}</span>
      </Link>
    ),
  },
];

/**
 * « Questions sans réponse »: the words of the searches and questions that found nothing, with how
 * often — never who asked (the server keeps no person with them).
 */
export function UnansweredTab() {
  const [period, setPeriod] = useState<StatsPeriodKey>('30');
  const questions = useUnansweredQuestions(statsQueryOf(period, 100));
  return (
    <>
      <h2 className="fr-h4">Questions sans réponse</h2>
      <p>
        Les recherches et les questions posées à l’assistant qui n’ont trouvé aucun article, les plus fréquentes d’abord. Seuls
        les mots sont comptés, jamais la personne qui les a écrits.
      </p>
      <StatsPeriodSelect id="sans-reponse-periode" value={period} onChange={setPeriod} />
      {questions.isPending && <Loading />}
      {questions.isError && <ErrorAlert error={questions.error} title="Les questions n’ont pas pu être chargées" />}
      {questions.data && questions.data.items.length === 0 && <p role="status">Aucune question sans réponse sur cette période.</p>}
      {questions.data && questions.data.items.length > 0 && (
        <DataTable
          id="sans-reponse"
          caption={`Questions sans réponse du ${formatDay(questions.data.from)} au ${formatDay(questions.data.to)}`}
          columns={COLUMNS}
          rows={questions.data.items}
          rowKey={(q) => q.words}
        />
      )}
    </>
  );
}
