import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { SegmentedControl } from '@codegouvfr/react-dsfr/SegmentedControl';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import {
  ARTICLE_KIND_LABELS, ARTICLE_KINDS, ARTICLE_THEME_LABELS, ARTICLE_THEMES, type ArticleKind, type ArticleTheme,
} from '../../../../shared/contracts/knowledge-base.ts';
import {
  ARTICLE_STATUSES, ARTICLE_STATUS_LABELS, type ArticleStatus, type EditorArticleItem,
} from '../../../../shared/contracts/knowledge-base-editor.ts';
import { ARTICLE_SEARCH_MAX } from '../../../../shared/contracts/limits.ts';
import { academieLabel } from '../../../../shared/territories.ts';
import { CursorPager, useCursorPager } from '../../../components/CursorPager.tsx';
import { DataTable, type Column } from '../../../components/DataTable.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { formatDate } from '../../../format.ts';
import { useEditorArticles, type EditorArticleFilters } from '../api/contents.ts';
import { editArticlePath } from '../paths.ts';
import { ArticleStatusBadge } from './ArticleStatusBadge.tsx';

const VIEWS = [
  { key: 'tous', label: 'Tous les articles' },
  { key: 'relecture', label: 'En relecture' },
  { key: 'a-relire', label: 'À relire (date de révision)' },
] as const;
type View = (typeof VIEWS)[number]['key'];

const oneOfList = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  (list as readonly string[]).includes(value ?? '') ? (value as T) : undefined;

const COLUMNS: Column<EditorArticleItem>[] = [
  { header: 'Titre', rowHeader: true, cell: (a) => <Link to={editArticlePath(a.id)}>{a.title}</Link> },
  { header: 'Type', cell: (a) => ARTICLE_KIND_LABELS[a.kind] },
  { header: 'Thème', cell: (a) => ARTICLE_THEME_LABELS[a.theme] },
  {
    header: 'Statut',
    cell: (a) => (
      <>
        <ArticleStatusBadge status={a.status} />
        {a.status !== 'published' && a.hasPublishedVersion && <span className="fr-text--xs fr-display-block">Une version est en ligne</span>}
      </>
    ),
  },
  { header: 'Portée', cell: (a) => (a.scope === 'national' || a.academie === null ? 'Nationale' : academieLabel(a.academie)) },
  {
    header: 'Révision',
    cell: (a) => (a.reviewDueOn === null ? '—' : (
      <>
        {formatDate(`${a.reviewDueOn}T12:00:00Z`)}
        {a.reviewDue && <Badge severity="warning" small as="span" className="fr-ml-1v">À relire</Badge>}
      </>
    )),
  },
  { header: 'Modifié le', cell: (a) => `${formatDate(a.updatedAt)} par ${a.author.displayName}` },
];

/** The articles of the editor's scope, filtered in the address (?vue=&statut=&theme=&type=&q=). */
export function ArticlesTab() {
  const [params, setParams] = useSearchParams();
  const pager = useCursorPager();
  const view: View = oneOfList(VIEWS.map((v) => v.key), params.get('vue')) ?? 'tous';
  const status = oneOfList<ArticleStatus>(ARTICLE_STATUSES, params.get('statut'));
  const theme = oneOfList<ArticleTheme>(ARTICLE_THEMES, params.get('theme'));
  const kind = oneOfList<ArticleKind>(ARTICLE_KINDS, params.get('type'));
  const q = params.get('q') ?? '';
  const [typed, setTyped] = useState(q);
  const filters: EditorArticleFilters = {
    ...(view === 'relecture' ? { status: 'in_review' as const } : status ? { status } : {}),
    ...(view === 'a-relire' ? { due: true } : {}),
    ...(theme ? { theme } : {}),
    ...(kind ? { kind } : {}),
    ...(q.trim() === '' ? {} : { q: q.trim() }),
  };
  const articles = useEditorArticles(filters, pager.cursor);

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, value);
    }
    pager.reset();
    setParams(next, { replace: true, preventScrollReset: true });
  };

  const segment = (v: (typeof VIEWS)[number]) => ({
    label: v.label,
    nativeInputProps: { checked: view === v.key, onChange: () => update({ vue: v.key === 'tous' ? undefined : v.key, statut: undefined }) },
  });
  const caption = view === 'relecture'
    ? 'Articles en attente de relecture par un second éditeur'
    : view === 'a-relire' ? 'Articles dont la date de révision est passée ou proche' : 'Articles';

  return (
    <>
      <h2 className="fr-h4">Articles</h2>
      <SegmentedControl
        legend="Afficher"
        hideLegend
        small
        className="fr-mb-3w"
        segments={[segment(VIEWS[0]), segment(VIEWS[1]), segment(VIEWS[2])]}
      />
      <form
        className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-2w"
        onSubmit={(event) => {
          event.preventDefault();
          update({ q: typed.trim() });
        }}
      >
        <div className="fr-col-12 fr-col-md-3">
          <Input
            label="Titre ou adresse"
            nativeInputProps={{ id: 'contenus-q', type: 'search', value: typed, maxLength: ARTICLE_SEARCH_MAX, onChange: (e) => setTyped(e.target.value), onBlur: () => update({ q: typed.trim() }) }}
          />
        </div>
        {view === 'tous' && (
          <div className="fr-col-12 fr-col-md-3">
            <Select label="Statut" nativeSelectProps={{ id: 'contenus-statut', value: status ?? '', onChange: (e) => update({ statut: e.target.value }) }}>
              <option value="">Tous les statuts</option>
              {ARTICLE_STATUSES.map((s) => <option key={s} value={s}>{ARTICLE_STATUS_LABELS[s]}</option>)}
            </Select>
          </div>
        )}
        <div className="fr-col-12 fr-col-md-3">
          <Select label="Thème" nativeSelectProps={{ id: 'contenus-theme', value: theme ?? '', onChange: (e) => update({ theme: e.target.value }) }}>
            <option value="">Tous les thèmes</option>
            {ARTICLE_THEMES.map((t) => <option key={t} value={t}>{ARTICLE_THEME_LABELS[t]}</option>)}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Select label="Type" nativeSelectProps={{ id: 'contenus-type', value: kind ?? '', onChange: (e) => update({ type: e.target.value }) }}>
            <option value="">Tous les types</option>
            {ARTICLE_KINDS.map((k) => <option key={k} value={k}>{ARTICLE_KIND_LABELS[k]}</option>)}
          </Select>
        </div>
      </form>
      {articles.isPending && <Loading label="Chargement des articles…" />}
      {articles.isError && <ErrorAlert error={articles.error} title="Les articles n’ont pas pu être chargés" />}
      {articles.data && articles.data.items.length === 0 && (
        <p role="status">
          {view === 'relecture' ? 'Aucun article n’attend de relecture.' : view === 'a-relire' ? 'Aucun article n’est à relire.' : 'Aucun article ne correspond.'}
        </p>
      )}
      {articles.data && articles.data.items.length > 0 && (
        <>
          <DataTable
            id="contenus-articles"
            caption={`${caption}${pager.pageNumber > 1 ? ` (page ${pager.pageNumber})` : ''}`}
            captionRef={pager.captionRef}
            columns={COLUMNS}
            rows={articles.data.items}
            rowKey={(a) => a.id}
            minWidth="56rem"
          />
          <CursorPager pager={pager} nextCursor={articles.data.nextCursor} noun="articles" busy={articles.isFetching} />
        </>
      )}
    </>
  );
}
