import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { CollectiveSession } from '../../../../shared/contracts/collective-sessions.ts';
import { errorMessages } from '../../../api/client.ts';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { useRequiredSession } from '../../../components/RequireAbility.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useOfferedSessions, useRegister, useUnregister } from '../api/sessions.ts';
import { SessionSummary, seatsText } from '../components/SessionSummary.tsx';

type Notice = { severity: 'success' | 'error'; text: string };

function SessionCard({ session: s, onNotice }: { session: CollectiveSession; onNotice: (n: Notice) => void }) {
  const register = useRegister();
  const unregister = useUnregister();
  const busy = register.isPending || unregister.isPending;
  const headingId = `atelier-${s.id}`;
  const full = s.seatsLeft === 0;

  const onRegister = () => register.mutate(s.id, {
    onSuccess: (result) => onNotice({ severity: 'success', text: result.status === 'registered'
      ? `Vous êtes inscrit à « ${s.title} ». Un courriel de confirmation avec l’invitation pour votre agenda vous a été envoyé.`
      : `« ${s.title} » est complet : vous êtes sur la liste d’attente, en position ${result.position ?? ''}. Vous serez prévenu par courriel si une place se libère.` }),
    onError: (error) => onNotice({ severity: 'error', text: errorMessages(error, 'L’inscription n’a pas pu être enregistrée. Réessayez.').summary }),
  });
  const onUnregister = () => unregister.mutate(s.id, {
    onSuccess: () => onNotice({ severity: 'success', text: `Votre désinscription de « ${s.title} » est enregistrée. Un courriel vous le confirme.` }),
    onError: (error) => onNotice({ severity: 'error', text: errorMessages(error, 'La désinscription n’a pas pu être enregistrée. Réessayez.').summary }),
  });

  return (
    <article className="fr-card fr-card--no-arrow fr-p-3w" aria-labelledby={headingId}>
      <h3 id={headingId} className="fr-h5 fr-mb-1w">{s.title}</h3>
      <SessionSummary session={s} />
      <p className="fr-mb-2w">
        <strong>
          {s.myRegistration?.status === 'registered' ? 'Vous êtes inscrit.'
            : s.myRegistration?.status === 'waiting' ? `Vous êtes sur la liste d’attente, en position ${s.myRegistration.position ?? ''}.`
              : seatsText(s)}
        </strong>
      </p>
      {s.abilities.register && (
        <Button onClick={onRegister} disabled={busy} iconId={full ? 'fr-icon-time-line' : 'fr-icon-check-line'} iconPosition="left"
          nativeButtonProps={{ 'aria-describedby': headingId }}>
          {full ? 'Rejoindre la liste d’attente' : 'M’inscrire'}
        </Button>
      )}
      {s.abilities.unregister && (
        <Button priority="secondary" onClick={onUnregister} disabled={busy} nativeButtonProps={{ 'aria-describedby': headingId }}>
          {s.myRegistration?.status === 'waiting' ? 'Quitter la liste d’attente' : 'Me désinscrire'}
        </Button>
      )}
    </article>
  );
}

/** `/ateliers-et-reunions`: the information meetings, workshops and webinars offered to the agent, registration and waiting list. */
export function SessionsPage() {
  usePageTitle('Ateliers et réunions');
  const session = useRequiredSession();
  const list = useOfferedSessions();
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const show = (n: Notice) => {
    setNotice(n);
    requestAnimationFrame(() => noticeRef.current?.focus());
  };
  const items = list.data?.items ?? [];
  const mine = items.filter((s) => s.myRegistration !== null);
  const others = items.filter((s) => s.myRegistration === null);

  return (
    <>
      <p>
        <Link to="/mon-espace" className="fr-link fr-icon-arrow-left-line fr-link--icon-left">Retour à mon espace</Link>
      </p>
      <h1>Ateliers et réunions</h1>
      <p className="fr-text--lead">
        Réunions d’information, ateliers et webinaires du service RH de proximité : présentation des circulaires mobilité,
        ateliers mobilité professionnelle, petits déjeuners de la RH de proximité…
      </p>
      {session.abilities.organiseSessions && (
        <p><Link to="/ateliers-et-reunions/organisation">Organiser un atelier ou une réunion</Link></p>
      )}
      <div ref={noticeRef} tabIndex={-1}>
        {notice !== null && <Alert severity={notice.severity} small description={notice.text} className="fr-mb-4w" closable onClose={() => setNotice(null)} />}
      </div>
      {list.isPending ? <Loading label="Chargement des ateliers et réunions…" />
        : list.isError ? <ErrorAlert error={list.error} title="Les ateliers et réunions n’ont pas pu être chargés" />
          : items.length === 0 ? <p>Aucun atelier ni aucune réunion n’est programmé pour vous en ce moment. Revenez bientôt.</p>
            : (
              <>
                {mine.length > 0 && (
                  <section aria-labelledby="mes-inscriptions" className="fr-mb-6w">
                    <h2 id="mes-inscriptions" className="fr-h3">Mes inscriptions</h2>
                    <ul className="fr-raw-list">
                      {mine.map((s) => <li key={s.id} className="fr-mb-3w"><SessionCard session={s} onNotice={show} /></li>)}
                    </ul>
                  </section>
                )}
                <section aria-labelledby="a-venir">
                  <h2 id="a-venir" className="fr-h3">À venir</h2>
                  {others.length === 0 ? <p>Vous êtes inscrit à tous les ateliers et réunions proposés.</p> : (
                    <ul className="fr-raw-list">
                      {others.map((s) => <li key={s.id} className="fr-mb-3w"><SessionCard session={s} onNotice={show} /></li>)}
                    </ul>
                  )}
                </section>
              </>
            )}
    </>
  );
}
