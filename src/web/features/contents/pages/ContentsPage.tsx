import { Tabs } from '@codegouvfr/react-dsfr/Tabs';
import { Link, useSearchParams } from 'react-router-dom';
import { useRequiredSession } from '../../../components/RequireAbility.tsx';
import { spaceGrants } from '../../../components/spaces.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatTerritory } from '../../../format.ts';
import { ArticlesTab } from '../components/ArticlesTab.tsx';
import { ListeningLineTab } from '../components/ListeningLineTab.tsx';
import { MostReadTab } from '../components/MostReadTab.tsx';
import { SearchSettingsTab } from '../components/SearchSettingsTab.tsx';
import { UnansweredTab } from '../components/UnansweredTab.tsx';
import { NEW_ARTICLE_PATH } from '../paths.ts';

const TABS = [
  { tabId: 'articles', label: 'Articles', iconId: 'fr-icon-article-line' },
  { tabId: 'sans-reponse', label: 'Questions sans réponse', iconId: 'fr-icon-question-line' },
  { tabId: 'lectures', label: 'Les plus lus', iconId: 'fr-icon-line-chart-line' },
  { tabId: 'recherche', label: 'Synonymes et questions types', iconId: 'fr-icon-search-line' },
  { tabId: 'ligne-ecoute', label: 'Ligne d’écoute', iconId: 'fr-icon-phone-line' },
] as const;
type TabId = (typeof TABS)[number]['tabId'];

/**
 * « Contenus »: the editors' side of the knowledge base — the articles (drafts, in review, online,
 * due for review), the questions nobody found an answer to, the most read articles (counts only),
 * what the search knows (synonyms, « questions types ») and the académie's listening line that the
 * assistant gives. Only the open tab is read.
 */
export function ContentsPage() {
  usePageTitle('Contenus');
  const session = useRequiredSession();
  const [params, setParams] = useSearchParams();
  const requested = params.get('onglet');
  const selected: TabId = TABS.find((tab) => tab.tabId === requested)?.tabId ?? 'articles';
  const territories = spaceGrants(session, 'editContent').map((grant) => formatTerritory(grant.territory));

  return (
    <>
      <h1>Contenus</h1>
      <p className="fr-text--lead">
        {territories.length > 1 ? 'Vos territoires : ' : 'Votre territoire : '}
        {territories.join(', ')}
      </p>
      <p>
        Les fiches, guides, questions fréquentes et dispositifs que lisent les agents dans les{' '}
        <Link to="/informations">informations RH</Link>, que cite l’assistant « Poser une question » et qui composent la{' '}
        <Link to="/mallette">mallette de l’accompagnement</Link>. Chaque article est relu par un second éditeur avant sa publication.
      </p>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mb-4w">
        <li>
          <Link className="fr-btn fr-icon-add-line fr-btn--icon-left" to={NEW_ARTICLE_PATH}>
            Nouvel article
          </Link>
        </li>
        <li>
          <Link className="fr-btn fr-btn--secondary fr-icon-calendar-line fr-btn--icon-left" to="/contenus/dates-cles">
            Dates-clés
          </Link>
        </li>
        <li>
          <Link className="fr-btn fr-btn--secondary fr-icon-mail-line fr-btn--icon-left" to="/contenus/lettres">
            Lettres d’information
          </Link>
        </li>
      </ul>
      <Tabs
        id="contenus"
        label="Rubriques des contenus"
        tabs={TABS.map((tab) => ({ ...tab }))}
        selectedTabId={selected}
        onTabChange={(tabId) => setParams(tabId === 'articles' ? {} : { onglet: tabId }, { replace: true })}
      >
        {selected === 'articles' && <ArticlesTab />}
        {selected === 'sans-reponse' && <UnansweredTab />}
        {selected === 'lectures' && <MostReadTab />}
        {selected === 'recherche' && <SearchSettingsTab />}
        {selected === 'ligne-ecoute' && <ListeningLineTab />}
      </Tabs>
    </>
  );
}
