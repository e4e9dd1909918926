import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { AGENT_CATEGORIES, AGENT_CATEGORY_LABELS, TOPIC_LABELS, TOPICS, type AgentCategory, type Topic } from '../../../../shared/glossary.ts';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { usePublicContactPoints } from '../api/contacts.ts';
import { ContactGrid } from './ContactCard.tsx';

const isTopic = (v: string | null): v is Topic => (TOPICS as readonly string[]).includes(v ?? '');
const isCategory = (v: string | null): v is AgentCategory => (AGENT_CATEGORIES as readonly string[]).includes(v ?? '');

/**
 * « J’ai une question sur… »: a topic and the category of staff lead to the actors who handle
 * them, advisers first. The choice lives in the address (?theme=&categorie=), so that it can be
 * shared and the browser's « back » returns to it.
 */
export function GuidedSearch({ territory }: { territory: { academie: string } | { departement: string } }) {
  const [params, setParams] = useSearchParams();
  // The choice is held here, and written to the address after: the selects follow the keyboard at once.
  const [topic, setTopic] = useState<Topic | undefined>(() => { const v = params.get('theme'); return isTopic(v) ? v : undefined; });
  const [category, setCategory] = useState<AgentCategory | undefined>(() => { const v = params.get('categorie'); return isCategory(v) ? v : undefined; });
  const results = usePublicContactPoints({ ...territory, ...(topic ? { topic } : {}), ...(category ? { category } : {}) }, topic !== undefined);

  const choose = (name: 'theme' | 'categorie', value: string) => {
    if (name === 'theme') setTopic(isTopic(value) ? value : undefined);
    else setCategory(isCategory(value) ? value : undefined);
    const next = new URLSearchParams(window.location.search);
    if (value === '') next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: true, preventScrollReset: true });
  };

  const count = results.data?.length ?? 0;
  return (
    <section aria-labelledby="question-titre" className="contacts-guide fr-p-3w fr-p-md-4w fr-mb-6w">
      <h2 id="question-titre">J’ai une question sur…</h2>
      <p className="fr-text--sm">Choisissez le thème de votre question, et si vous le souhaitez votre catégorie de personnel : la page vous montre qui peut vous répondre.</p>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Select label="Le thème de ma question" nativeSelectProps={{ id: 'question-theme', value: topic ?? '', onChange: (e) => choose('theme', e.target.value) }}>
            <option value="">Choisir un thème</option>
            {TOPICS.map((t) => <option key={t} value={t}>{TOPIC_LABELS[t]}</option>)}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Select label="Je suis (facultatif)" nativeSelectProps={{ id: 'question-categorie', value: category ?? '', onChange: (e) => choose('categorie', e.target.value) }}>
            <option value="">Toutes les catégories de personnel</option>
            {AGENT_CATEGORIES.map((c) => <option key={c} value={c}>{AGENT_CATEGORY_LABELS[c]}</option>)}
          </Select>
        </div>
      </div>
      <p role="status" aria-live="polite" className="fr-text--bold fr-mt-2w fr-mb-2w">
        {topic === undefined ? '' : results.isSuccess
          ? count === 0 ? 'Aucun interlocuteur ne correspond : adressez-vous à votre conseiller RH de proximité.'
            : `${count} ${count === 1 ? 'interlocuteur peut' : 'interlocuteurs peuvent'} vous répondre, en commençant par votre conseiller RH de proximité.`
          : ''}
      </p>
      {topic !== undefined && results.isPending && <Loading label="Recherche des interlocuteurs…" />}
      {results.isError && <ErrorAlert error={results.error} title="Les interlocuteurs n’ont pas pu être chargés" />}
      {topic !== undefined && results.data && results.data.length > 0 && <ContactGrid actors={results.data} as="h3" />}
    </section>
  );
}
