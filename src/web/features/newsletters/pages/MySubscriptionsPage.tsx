import { ToggleSwitch } from '@codegouvfr/react-dsfr/ToggleSwitch';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { NEWSLETTER_KINDS, NEWSLETTER_KIND_LABELS, type NewsletterKind } from '../../../../shared/glossary.ts';
import { errorMessages } from '../../../api/client.ts';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useSaveSubscriptions, useSubscriptions } from '../api/newsletters.ts';

const DESCRIPTIONS: Record<NewsletterKind, string> = {
  quarterly: 'Chaque trimestre : les actualités RH nationales et académiques, les actes de gestion à venir, un focus par métier et un dispositif d’accompagnement.',
  weekly_flash: 'Chaque semaine : les informations essentielles et les échéances proches, en quelques lignes.',
};

/** « Mon espace »: the letters the agent receives. */
export function MySubscriptionsPage() {
  usePageTitle('Mes lettres d’information');
  const subscriptions = useSubscriptions();
  const save = useSaveSubscriptions();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const choose = (kind: NewsletterKind, subscribed: boolean) => {
    const current = Object.fromEntries((subscriptions.data?.items ?? []).map((i) => [i.kind, i.subscribed])) as Record<NewsletterKind, boolean>;
    save.mutate({ ...current, [kind]: subscribed }, {
      onSuccess: () => setMessage({ ok: true, text: subscribed ? `Vous recevrez la « ${NEWSLETTER_KIND_LABELS[kind]} ».` : `Vous ne recevrez plus la « ${NEWSLETTER_KIND_LABELS[kind]} ».` }),
      onError: (error) => setMessage({ ok: false, text: errorMessages(error, 'Votre choix n’a pas pu être enregistré.').summary }),
    });
  };
  return (
    <>
      <nav role="navigation" className="fr-breadcrumb" aria-label="vous êtes ici :">
        <ol className="fr-breadcrumb__list">
          <li><Link className="fr-breadcrumb__link" to="/mon-espace">Mon espace</Link></li>
          <li><a className="fr-breadcrumb__link" aria-current="page">Mes lettres d’information</a></li>
        </ol>
      </nav>
      <h1>Mes lettres d’information</h1>
      <p className="fr-text--lead">Choisissez les lettres que le service RH de proximité vous envoie par courriel. Chaque lettre contient aussi un lien pour se désinscrire.</p>
      <div role="status" className="fr-mb-3w">
        {message && <div className={`fr-alert fr-alert--sm ${message.ok ? 'fr-alert--success' : 'fr-alert--error'}`}><p>{message.text}</p></div>}
      </div>
      {subscriptions.isPending ? <Loading label="Chargement de vos abonnements…" />
        : subscriptions.isError ? <ErrorAlert error={subscriptions.error} title="Vos abonnements n’ont pas pu être chargés" />
          : (
            <ul className="fr-raw-list">
              {NEWSLETTER_KINDS.map((kind) => {
                const item = subscriptions.data.items.find((i) => i.kind === kind);
                return (
                  <li key={kind} className="fr-mb-3w">
                    <ToggleSwitch label={NEWSLETTER_KIND_LABELS[kind]} helperText={`${DESCRIPTIONS[kind]}${item && !item.chosen ? ' (choix par défaut de votre académie)' : ''}`}
                      checked={item?.subscribed ?? false} onChange={(checked) => choose(kind, checked)} showCheckedHint={false} inputTitle={NEWSLETTER_KIND_LABELS[kind]} />
                  </li>
                );
              })}
            </ul>
          )}
      <p><Link to="/mon-espace/dates-cles">Voir mes dates-clés</Link></p>
    </>
  );
}
