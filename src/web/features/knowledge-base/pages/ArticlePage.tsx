import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Link, useParams } from 'react-router-dom';
import {
  ARTICLE_KIND_LABELS, ARTICLE_THEME_LABELS, type ArticleAttachment, type PublishedArticle,
} from '../../../../shared/contracts/knowledge-base.ts';
import { AGENT_CATEGORY_LABELS } from '../../../../shared/glossary.ts';
import { academieLabel } from '../../../../shared/territories.ts';
import { isApiError } from '../../../api/client.ts';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatFileSize, formatLongDate } from '../../../format.ts';
import { ContactGrid } from '../../contacts/components/ContactCard.tsx';
import { usePublishedArticle } from '../api/knowledgeBase.ts';
import { useReaderAcademie } from '../components/AcademieChoice.tsx';
import { ArticleBody } from '../components/ArticleBody.tsx';
import { KbTrail } from '../components/KbTrail.tsx';
import { SchemeFactsList } from '../components/SchemeFactsList.tsx';
import { assistantPath, helpCenterPath, pagePathOf } from '../paths.ts';
import '../knowledge-base.css';
import '../../contacts/contacts.css';

/** `/informations/:slug`: one published article, its files, the related articles and the actors who handle it. */
export function ArticlePage() {
  const slug = useParams().slug ?? '';
  const [academie] = useReaderAcademie();
  const article = usePublishedArticle(slug, academie);

  if (article.isPending) return <Loading label="Chargement de la fiche…" />;
  if (article.isError) return <ArticleError error={article.error} />;
  return <ArticleView article={article.data} />;
}

function ArticleError({ error }: { error: unknown }) {
  const missing = isApiError(error, 404) || isApiError(error, 400);
  usePageTitle(missing ? 'Fiche introuvable' : 'Erreur');
  return (
    <>
      <KbTrail steps={[{ label: 'Informations RH', to: helpCenterPath() }]} current={missing ? 'Fiche introuvable' : 'Erreur'} />
      <h1>{missing ? 'Fiche introuvable' : 'La fiche n’a pas pu être chargée'}</h1>
      {missing ? (
        <p>Cette fiche n’existe pas, n’est plus publiée, ou n’est pas accessible avec votre compte.</p>
      ) : (
        <ErrorAlert error={error} title="Une erreur est survenue" />
      )}
      <p>
        <Link to={helpCenterPath()}>Rechercher une information</Link> ou <Link to={assistantPath()}>poser une question</Link>.
      </p>
    </>
  );
}

function ArticleView({ article }: { article: PublishedArticle }) {
  usePageTitle(article.title);
  const documents = article.attachments.filter((a) => a.kind === 'document');
  const images = article.attachments.filter((a) => a.kind === 'image');
  return (
    <>
      <KbTrail
        steps={[
          { label: 'Informations RH', to: helpCenterPath() },
          { label: ARTICLE_THEME_LABELS[article.theme], to: helpCenterPath({ theme: article.theme }) },
        ]}
        current={article.title}
      />
      <div className="fr-grid-row fr-grid-row--gutters">
        <article className="fr-col-12 fr-col-lg-8" aria-labelledby="fiche-titre">
          <p className="fr-mb-1w">
            <Badge small noIcon severity="info" as="span">{ARTICLE_KIND_LABELS[article.kind]}</Badge>
            {article.academie !== null && (
              <Badge small noIcon as="span" className="fr-ml-1w">{academieLabel(article.academie)}</Badge>
            )}
            {article.hrStaffOnly && (
              <Badge small noIcon severity="warning" as="span" className="fr-ml-1w">Réservé aux personnels RH</Badge>
            )}
          </p>
          <h1 id="fiche-titre">{article.title}</h1>
          <p className="fr-text--lead">{article.summary}</p>
          <p className="fr-text--xs kb-meta">
            {article.audiences.length === 0
              ? 'Pour tous les personnels'
              : `Pour : ${article.audiences.map((a) => AGENT_CATEGORY_LABELS[a].toLowerCase()).join(', ')}`}
            {' · '}Mise à jour le {formatLongDate(article.updatedAt)}
          </p>

          {article.scheme !== null && (
            <section aria-labelledby="dispositif-titre" className="kb-scheme fr-p-3w fr-mb-4w">
              <h2 id="dispositif-titre" className="fr-h5">Le dispositif en bref</h2>
              <SchemeFactsList facts={article.scheme} />
            </section>
          )}

          <ArticleBody html={article.bodyHtml} />

          {images.length > 0 && (
            <section aria-labelledby="illustrations-titre" className="fr-mt-4w">
              <h2 id="illustrations-titre" className="fr-h5">Illustrations</h2>
              {images.map((image) => (
                <figure key={image.id} className="fr-content-media">
                  <img className="fr-responsive-img" src={image.url} alt={image.alt ?? ''} />
                  <figcaption className="fr-content-media__caption">{image.label}</figcaption>
                </figure>
              ))}
            </section>
          )}
          {documents.length > 0 && (
            <section aria-labelledby="documents-titre" className="fr-mt-4w">
              <h2 id="documents-titre" className="fr-h5">Documents à télécharger</h2>
              <ul className="fr-raw-list">
                {documents.map((document) => <DocumentLink key={document.id} attachment={document} />)}
              </ul>
            </section>
          )}
        </article>

        <aside className="fr-col-12 fr-col-lg-4" aria-label="Pour aller plus loin">
          {article.related.length > 0 && (
            <section aria-labelledby="voir-aussi-titre" className="kb-aside fr-p-3w fr-mb-3w">
              <h2 id="voir-aussi-titre" className="fr-h5">Voir aussi</h2>
              <ul className="fr-raw-list">
                {article.related.map((related) => (
                  <li key={related.id} className="fr-mb-2w">
                    <Link to={pagePathOf(related.url)}>{related.title}</Link>
                    <p className="fr-text--xs fr-mb-0">{related.summary}</p>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="question-titre" className="kb-aside fr-p-3w">
            <h2 id="question-titre" className="fr-h5">Votre situation est particulière ?</h2>
            <p className="fr-text--sm">Un conseiller RH de proximité vous répond, en toute confidentialité.</p>
            <ul className="fr-raw-list">
              <li className="fr-mb-1w">
                <Link className="fr-link fr-icon-question-answer-line fr-link--icon-left" to={assistantPath()}>Poser une question</Link>
              </li>
              <li>
                <Link className="fr-link fr-icon-mail-line fr-link--icon-left" to="/mon-espace/nouvelle-demande">Écrire à un conseiller</Link>
              </li>
            </ul>
          </section>
        </aside>
      </div>

      {article.contactPoints.length > 0 && (
        <section aria-labelledby="interlocuteurs-titre" className="fr-mt-6w">
          <h2 id="interlocuteurs-titre">Les interlocuteurs qui peuvent vous aider</h2>
          <ContactGrid actors={article.contactPoints} as="h3" />
        </section>
      )}
    </>
  );
}

function DocumentLink({ attachment }: { attachment: ArticleAttachment }) {
  const extension = attachment.fileName.split('.').pop()?.toUpperCase() ?? '';
  return (
    <li className="fr-mb-2w">
      <a className="fr-link fr-link--download" href={attachment.url} download={attachment.fileName}>
        {attachment.label}
        <span className="fr-link__detail">{`${extension} – ${formatFileSize(attachment.size)}`}</span>
      </a>
    </li>
  );
}
