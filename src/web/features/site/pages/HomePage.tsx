import { Button } from '@codegouvfr/react-dsfr/Button';
import { Link, Navigate } from 'react-router-dom';
import { TOPIC_LABELS, TOPICS } from '../../../../shared/glossary.ts';
import { useSession } from '../../auth/api/session.ts';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { homePathOf } from '../../../components/spaces.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';

const STEPS = [
  {
    title: 'Un accusé de réception immédiat',
    text: 'Dès l’envoi de votre demande, vous recevez sa référence et le délai dans lequel un conseiller vous répondra.',
  },
  {
    title: 'Un conseiller près de chez vous',
    text: 'Votre demande est confiée à un conseiller RH de proximité de votre département, qui connaît votre environnement.',
  },
  {
    title: 'Une réponse dans le délai annoncé',
    text: 'Le conseiller vous répond, vous reçoit si besoin et vous oriente vers le bon interlocuteur, en toute confidentialité.',
  },
];

export function HomePage() {
  usePageTitle('Accueil');
  const session = useSession();

  if (session.isPending) return <Loading />;
  if (session.data) {
    const home = homePathOf(session.data);
    if (home !== '/') return <Navigate to={home} replace />;
  }

  return (
    <>
      <h1>Le service RH de proximité de l’Éducation nationale</h1>
      {session.isError && <ErrorAlert error={session.error} title="Votre session n’a pas pu être vérifiée" />}
      <p className="fr-text--lead">
        Enseignant, personnel administratif, technique, de santé ou d’encadrement : ProxiRH vous met en relation avec un
        conseiller RH de proximité pour toute question sur votre parcours professionnel.
      </p>
      {!session.data && (
        <Button linkProps={{ to: '/connexion' }} size="large" className="fr-mb-6w">
          Se connecter
        </Button>
      )}

      <section aria-labelledby="sujets" className="fr-mb-6w">
        <h2 id="sujets">Ce que vous pouvez demander</h2>
        <ul>
          {TOPICS.map((topic) => (
            <li key={topic}>{TOPIC_LABELS[topic]}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="informations-rh" className="fr-mb-6w">
        <h2 id="informations-rh">Informations RH</h2>
        <p>
          Mobilité, carrière, formation, santé, retraite : des fiches, des guides et des questions fréquentes pour connaître vos
          droits et vos démarches, et la mallette des dispositifs d’accompagnement de votre académie.
        </p>
        <ul className="fr-raw-list">
          <li className="fr-mb-1w">
            <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" to="/informations">
              Chercher une information
            </Link>
          </li>
          <li className="fr-mb-1w">
            <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" to="/poser-une-question">
              Poser une question
            </Link>
          </li>
          <li>
            <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" to="/mallette">
              La mallette de l’accompagnement
            </Link>
          </li>
        </ul>
      </section>

      <section aria-labelledby="qui-contacter" className="fr-mb-6w">
        <h2 id="qui-contacter">Qui contacter ?</h2>
        <p>
          Conseillers RH de proximité, conseillers mobilité carrière, service social, médecine de prévention, cellules de gestion :
          trouvez les interlocuteurs de votre académie et leurs coordonnées, sans vous connecter.
        </p>
        <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" to="/qui-contacter">
          Trouver qui contacter dans mon académie
        </Link>
      </section>

      <section aria-labelledby="fonctionnement">
        <h2 id="fonctionnement">Comment ça marche</h2>
        <ol className="fr-raw-list fr-grid-row fr-grid-row--gutters">
          {STEPS.map((step, index) => (
            <li key={step.title} className="fr-col-12 fr-col-md-4">
              <div className="fr-tile fr-tile--no-icon" style={{ height: '100%' }}>
                <div className="fr-tile__body">
                  <div className="fr-tile__content">
                    <h3 className="fr-tile__title">
                      {index + 1}. {step.title}
                    </h3>
                    <p className="fr-tile__desc">{step.text}</p>
                  </div>
                </div>
              </div>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
