import { Button } from '@codegouvfr/react-dsfr/Button';
import { CallOut } from '@codegouvfr/react-dsfr/CallOut';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import {
  ARTICLE_KIND_LABELS, ARTICLE_KINDS, ARTICLE_THEME_LABELS, ARTICLE_THEMES, type ArticleKind, type ArticleTheme,
} from '../../../../shared/contracts/knowledge-base.ts';
import { ARTICLE_SEARCH_MAX } from '../../../../shared/contracts/limits.ts';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useArticleSearch } from '../api/knowledgeBase.ts';
import { AcademieChoice, useReaderAcademie } from '../components/AcademieChoice.tsx';
import { KbTrail } from '../components/KbTrail.tsx';
import { SearchResults } from '../components/SearchResults.tsx';
import { assistantPath, helpCenterPath, malletteIndexPath, mallettePath } from '../paths.ts';
import '../knowledge-base.css';

const isTheme = (v: string | null): v is ArticleTheme => (ARTICLE_THEMES as readonly string[]).includes(v ?? '');
const isKind = (v: string | null): v is ArticleKind => (ARTICLE_KINDS as readonly string[]).includes(v ?? '');

/**
 * « Informations RH »: the search box (French, accents and small typing mistakes forgiven), the
 * filters by theme and kind, and, before any search, the themes. The words and the filters live
 * in the address (?q=&theme=&type=), so that a search can be shared and « back » returns to it.
 */
export function HelpCenterPage() {
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').slice(0, ARTICLE_SEARCH_MAX);
  const theme = isTheme(params.get('theme')) ? (params.get('theme') as ArticleTheme) : undefined;
  const kind = isKind(params.get('type')) ? (params.get('type') as ArticleKind) : undefined;
  const [academie, setAcademie] = useReaderAcademie();
  const [typed, setTyped] = useState(q);
  // The box follows the address when it changes (« back », a theme's link), the React way: during render.
  const [shownQ, setShownQ] = useState(q);
  if (shownQ !== q) {
    setShownQ(q);
    setTyped(q);
  }
  const searching = q.trim() !== '' || theme !== undefined || kind !== undefined;
  const results = useArticleSearch({ q, academie, theme, kind }, searching);
  usePageTitle(q.trim() === '' ? 'Informations RH' : `« ${q.trim()} » — Informations RH`);

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { preventScrollReset: true });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update({ q: typed.replace(/\s+/g, ' ').trim() });
  };

  return (
    <>
      <KbTrail current="Informations RH" />
      <h1>Informations RH</h1>
      <p className="fr-text--lead">
        Mobilité, carrière, formation, santé, retraite : les fiches, guides et questions fréquentes rédigés par les services RH
        de l’Éducation nationale et de votre académie.
      </p>

      <form role="search" aria-label="Rechercher dans les informations RH" onSubmit={onSubmit} className="fr-mb-3w">
        <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
          <div className="fr-col-12 fr-col-md-9">
            <Input
              label="Rechercher une information"
              hintText="Avec vos mots, par exemple : « congé de formation », « mutation », « temps partiel »"
              className="fr-mb-0"
              nativeInputProps={{
                id: 'recherche-informations',
                type: 'search',
                value: typed,
                autoComplete: 'off',
                maxLength: ARTICLE_SEARCH_MAX,
                onChange: (event) => setTyped(event.target.value),
              }}
            />
          </div>
          <div className="fr-col-12 fr-col-md-3">
            <Button type="submit" iconId="fr-icon-search-line" iconPosition="left" className="kb-search-button">
              Rechercher
            </Button>
          </div>
        </div>
      </form>

      <div className="fr-grid-row fr-grid-row--gutters fr-mb-2w">
        <div className="fr-col-12 fr-col-md-4">
          <Select label="Thème" nativeSelectProps={{ id: 'filtre-theme', value: theme ?? '', onChange: (e) => update({ theme: e.target.value }) }}>
            <option value="">Tous les thèmes</option>
            {ARTICLE_THEMES.map((t) => <option key={t} value={t}>{ARTICLE_THEME_LABELS[t]}</option>)}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Select label="Type de contenu" nativeSelectProps={{ id: 'filtre-type', value: kind ?? '', onChange: (e) => update({ type: e.target.value }) }}>
            <option value="">Tous les types</option>
            {ARTICLE_KINDS.map((k) => <option key={k} value={k}>{ARTICLE_KIND_LABELS[k]}</option>)}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <AcademieChoice id="filtre-academie" value={academie} onChange={setAcademie} />
        </div>
      </div>

      {searching ? (
        <section aria-labelledby="resultats-titre" className="fr-mb-6w">
          <h2 id="resultats-titre" className="fr-h4">Résultats</h2>
          {results.isPending && <Loading label="Recherche en cours…" />}
          {results.isError && <ErrorAlert error={results.error} title="La recherche n’a pas abouti" />}
          {results.data && <SearchResults q={q.trim()} results={results.data} />}
          {results.data && results.data.items.length === 0 && (
            <p>
              Essayez d’autres mots, ou <Link to={assistantPath()}>posez votre question</Link> : si aucune fiche n’y répond, vous
              pourrez écrire à un conseiller RH de proximité.
            </p>
          )}
          <p className="fr-mt-2w">
            <Link to={helpCenterPath()} className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
              Revenir aux thèmes
            </Link>
          </p>
        </section>
      ) : (
        <ThemesIndex />
      )}

      <div className="fr-grid-row fr-grid-row--gutters fr-mb-4w">
        <div className="fr-col-12 fr-col-md-6">
          <CallOut
            title="Une question précise ?"
            titleAs="h2"
            iconId="fr-icon-question-answer-line"
            buttonProps={{ linkProps: { to: assistantPath() }, children: 'Poser une question', priority: 'secondary' }}
          >
            Posez-la avec vos mots : vous lirez les passages des fiches qui y répondent, ou vous pourrez écrire à un conseiller.
          </CallOut>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <CallOut
            title="La mallette de l’accompagnement"
            titleAs="h2"
            iconId="fr-icon-briefcase-line"
            buttonProps={{
              linkProps: { to: academie === undefined ? malletteIndexPath() : mallettePath(academie) },
              children: 'Ouvrir la mallette',
              priority: 'secondary',
            }}
          >
            Les dispositifs d’accompagnement et les interlocuteurs de votre académie, selon votre situation : je débute, je veux
            changer de poste, je suis en difficulté, je prépare ma retraite…
          </CallOut>
        </div>
      </div>
    </>
  );
}

/** Before any search: the themes, each leading to its articles. */
function ThemesIndex() {
  return (
    <section aria-labelledby="themes-titre" className="fr-mb-6w">
      <h2 id="themes-titre" className="fr-h4">Les thèmes</h2>
      <ul className="fr-raw-list fr-grid-row fr-grid-row--gutters kb-themes">
        {ARTICLE_THEMES.map((t) => (
          <li key={t} className="fr-col-12 fr-col-sm-6 fr-col-md-4">
            <div className="fr-tile fr-enlarge-link fr-tile--horizontal fr-tile--sm">
              <div className="fr-tile__body">
                <div className="fr-tile__content">
                  <h3 className="fr-tile__title">
                    <Link to={helpCenterPath({ theme: t })}>{ARTICLE_THEME_LABELS[t]}</Link>
                  </h3>
                </div>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
