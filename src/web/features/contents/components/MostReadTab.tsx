import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ArticleViewStats } from '../../../../shared/contracts/knowledge-base-editor.ts';
import { DataTable, type Column } from '../../../components/DataTable.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { formatDay } from '../../../format.ts';
import { articlePath } from '../../knowledge-base/paths.ts';
import { useArticleViews } from '../api/contents.ts';
import { StatsPeriodSelect, statsQueryOf, type StatsPeriodKey } from './StatsPeriod.tsx';

type Row = ArticleViewStats['items'][number] & { rank: number };
const number = new Intl.NumberFormat('fr-FR');

const COLUMNS: Column<Row>[] = [
  { header: 'Rang', cell: (r) => r.rank },
  { header: 'Article', rowHeader: true, cell: (r) => <Link to={articlePath(r.slug)}>{r.title}</Link> },
  { header: 'Lectures', cell: (r) => number.format(r.views) },
];

/** The most read articles of a period: page views counted per day, no person, no cookie. */
export function MostReadTab() {
  const [period, setPeriod] = useState<StatsPeriodKey>('30');
  const views = useArticleViews(statsQueryOf(period, 20));
  return (
    <>
      <h2 className="fr-h4">Les articles les plus lus</h2>
      <p>Le nombre de lectures de chaque article publié. Les lectures sont comptées par jour, sans cookie ni donnée sur les lecteurs.</p>
      <StatsPeriodSelect id="lectures-periode" value={period} onChange={setPeriod} />
      {views.isPending && <Loading />}
      {views.isError && <ErrorAlert error={views.error} title="Les lectures n’ont pas pu être chargées" />}
      {views.data && (
        <>
          <p className="fr-text--bold" role="status">
            {views.data.total === 0
              ? 'Aucune lecture sur cette période.'
              : `${number.format(views.data.total)} lecture${views.data.total > 1 ? 's' : ''} du ${formatDay(views.data.from)} au ${formatDay(views.data.to)}.`}
          </p>
          {views.data.items.length > 0 && (
            <DataTable
              id="lectures"
              caption="Les articles les plus lus, du plus lu au moins lu"
              columns={COLUMNS}
              rows={views.data.items.map((item, index) => ({ ...item, rank: index + 1 }))}
              rowKey={(r) => r.articleId}
              minWidth={null}
            />
          )}
        </>
      )}
    </>
  );
}
