import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import type { ArticleDetail } from '../../../../shared/contracts/knowledge-base-editor.ts';
import { isApiError } from '../../../api/client.ts';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { useRequiredSession } from '../../../components/RequireAbility.tsx';
import { spaceGrants } from '../../../components/spaces.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { academieOf } from '../../../../shared/territories.ts';
import { useCreateArticle, useEditorArticle, useUpdateArticle } from '../api/contents.ts';
import { ArticleForm, type ScopeChoice } from '../components/ArticleForm.tsx';
import { ArticleStatusBadge } from '../components/ArticleStatusBadge.tsx';
import { AttachmentsSection } from '../components/AttachmentsSection.tsx';
import { emptyValues, valuesOf } from '../components/articleFormModel.ts';
import { PublicationPanel } from '../components/PublicationPanel.tsx';
import { VersionHistory } from '../components/VersionHistory.tsx';
import { CONTENTS_PATH, editArticlePath } from '../paths.ts';
import '../contents.css';
import '../../knowledge-base/knowledge-base.css';

/** `/contenus/nouvel-article` and `/contenus/articles/:id`: write an article, then have it reviewed and published. */
export function ArticleEditorPage() {
  const { id } = useParams();
  return id === undefined ? <NewArticle /> : <EditArticle id={id} />;
}

function BackLink() {
  return (
    <p>
      <Link to={CONTENTS_PATH} className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
        Retour aux contenus
      </Link>
    </p>
  );
}

/** The scopes an editor writes in: national for a national grant, their académie for an académie or département grant. */
function useScopes(): ScopeChoice[] {
  const session = useRequiredSession();
  const choices: ScopeChoice[] = [];
  for (const { territory } of spaceGrants(session, 'editContent')) {
    const choice: ScopeChoice | undefined = territory.level === 'national'
      ? { scope: 'national', academie: null }
      : { scope: 'academie', academie: territory.level === 'academie' ? territory.code : academieOf(territory.code) ?? null };
    if (choice && (choice.scope === 'national' || choice.academie !== null)
      && !choices.some((c) => c.scope === choice.scope && c.academie === choice.academie)) choices.push(choice);
  }
  return choices;
}

function NewArticle() {
  usePageTitle('Nouvel article');
  const navigate = useNavigate();
  const { state } = useLocation();
  const create = useCreateArticle();
  const scopes = useScopes();
  const first = scopes[0] ?? { scope: 'national' as const, academie: null };
  // « Rédiger une fiche » from « Questions sans réponse » opens with the question's words as a title.
  const suggested = typeof (state as { suggestedTitle?: unknown } | null)?.suggestedTitle === 'string'
    ? (state as { suggestedTitle: string }).suggestedTitle : '';

  return (
    <>
      <BackLink />
      <h1>Nouvel article</h1>
      <p className="fr-text--lead">
        Écrivez l’article en Markdown : l’aperçu montre la page telle que les agents la liront. Enregistré, il reste un brouillon
        jusqu’à ce qu’un autre éditeur le relise et le publie.
      </p>
      <ArticleForm
        initial={emptyValues(first.scope, first.academie, suggested)}
        scopes={scopes}
        submitLabel="Enregistrer le brouillon"
        onSave={async (body) => {
          const created = await create.mutateAsync(body);
          await navigate(editArticlePath(created.id), { replace: true, state: { created: true } });
        }}
      />
    </>
  );
}

function EditArticle({ id }: { id: string }) {
  const article = useEditorArticle(id);
  if (article.isPending) return <Loading label="Chargement de l’article…" />;
  if (article.isError) {
    return (
      <>
        <BackLink />
        <h1>{isApiError(article.error, 404) || isApiError(article.error, 400) ? 'Article introuvable' : 'L’article n’a pas pu être chargé'}</h1>
        <ErrorAlert error={article.error} title="Cet article ne peut pas être ouvert" />
      </>
    );
  }
  return <ArticleEditor article={article.data} />;
}

function ArticleEditor({ article }: { article: ArticleDetail }) {
  usePageTitle(`${article.title} — Contenus`);
  const update = useUpdateArticle(article.id);
  const scopes = useScopes();
  const { state } = useLocation();
  const justCreated = (state as { created?: unknown } | null)?.created === true;

  return (
    <>
      <BackLink />
      <h1>{article.title}</h1>
      <p>
        <ArticleStatusBadge status={article.status} />
        {article.reviewDue && <span className="fr-badge fr-badge--warning fr-badge--sm fr-ml-1w">À relire</span>}
      </p>
      {justCreated && (
        <p role="status" className="fr-alert fr-alert--success fr-alert--sm fr-mb-3w">
          Le brouillon est enregistré. Soumettez-le à la relecture quand il est prêt.
        </p>
      )}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-xl-8">
          {article.abilities.edit ? (
            <ArticleForm
              key={article.id}
              initial={valuesOf(article)}
              articleId={article.id}
              scopes={scopes}
              submitLabel={article.status === 'published' ? 'Enregistrer une nouvelle version' : 'Enregistrer le brouillon'}
              savedMessage={article.status === 'published'
                ? 'La nouvelle version est enregistrée. La version en ligne reste lue jusqu’à la publication de celle-ci.'
                : 'Le brouillon est enregistré.'}
              onSave={(body) => update.mutateAsync(body)}
            />
          ) : (
            <p>Cet article est en relecture : il ne peut pas être modifié tant qu’il n’est pas publié ou renvoyé à son auteur.</p>
          )}
        </div>
        <div className="fr-col-12 fr-col-xl-4">
          <PublicationPanel article={article} />
          <AttachmentsSection article={article} />
          <VersionHistory articleId={article.id} />
        </div>
      </div>
    </>
  );
}
