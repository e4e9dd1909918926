import { CallOut } from '@codegouvfr/react-dsfr/CallOut';
import { Link, useSearchParams } from 'react-router-dom';
import { useRequestCounts, useRequestList } from '../api/requests.ts';
import { CursorPager, useCursorPager } from '../../../components/CursorPager.tsx';
import { MyDataDownload } from '../../personal-data/components/MyDataDownload.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { RequestTable } from '../components/RequestTable.tsx';
import { useRequiredSession } from '../../../components/RequireAbility.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';

export function MySpacePage() {
  usePageTitle('Mon espace');
  const session = useRequiredSession();
  const pager = useCursorPager();
  const [params] = useSearchParams();
  // « ?nouveau » shows the requests the counter counts, no other.
  const onlyNews = params.has('nouveau');
  const requests = useRequestList(onlyNews ? { unread: true } : {}, pager.cursor);
  const unread = useRequestCounts().data?.unread ?? 0;

  return (
    <>
      <h1>Mon espace</h1>
      <p className="fr-text--lead">Bonjour {session.user.displayName}.</p>

      <CallOut title="Une question RH ?" titleAs="h2" iconId="fr-icon-question-line" className="fr-mb-4w">
        Un conseiller RH de proximité de votre département vous accompagne sur votre parcours professionnel : projet
        d’évolution, difficultés au travail, santé et qualité de vie au travail, formation, constitution de dossiers.
        Chaque demande reçoit une référence et un délai de première réponse, et son contenu reste confidentiel.
      </CallOut>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mb-4w">
        <li>
          <Link className="fr-btn fr-icon-add-line fr-btn--icon-left" to="/mon-espace/nouvelle-demande">
            Nouvelle demande
          </Link>
        </li>
        {session.abilities.bookAppointments && (
          <li>
            <Link className="fr-btn fr-btn--secondary fr-icon-calendar-event-line fr-btn--icon-left" to="/prendre-rendez-vous">
              Prendre rendez-vous
            </Link>
          </li>
        )}
        <li>
          <Link className="fr-btn fr-btn--tertiary fr-icon-calendar-line fr-btn--icon-left" to="/mes-rendez-vous">
            Mes rendez-vous
          </Link>
        </li>
        <li>
          <Link className="fr-btn fr-btn--tertiary fr-icon-notification-3-line fr-btn--icon-left" to="/mes-rendez-vous/calendrier">
            Créneaux plus tôt et agenda
          </Link>
        </li>
        {session.abilities.attendSessions && (
          <li>
            <Link className="fr-btn fr-btn--tertiary fr-icon-group-line fr-btn--icon-left" to="/ateliers-et-reunions">
              Ateliers et réunions
            </Link>
          </li>
        )}
        <li>
          <Link className="fr-btn fr-btn--tertiary fr-icon-calendar-2-line fr-btn--icon-left" to="/mon-espace/dates-cles">
            Mes dates-clés
          </Link>
        </li>
        <li>
          <Link className="fr-btn fr-btn--tertiary fr-icon-mail-line fr-btn--icon-left" to="/mon-espace/lettres-d-information">
            Mes lettres d’information
          </Link>
        </li>
      </ul>
      <p className="fr-mb-4w">
        Une question sur vos droits ou vos démarches ? Les fiches de l’académie y répondent souvent :{' '}
        <Link to="/informations">cherchez dans les informations RH</Link> ou <Link to="/poser-une-question">posez votre question</Link>.
      </p>

      <h2>Mes demandes</h2>
      {onlyNews ? (
        <p>
          <span className="fr-text--bold">
            {unread === 0
              ? 'Aucune de vos demandes n’a de nouveau depuis votre dernière lecture.'
              : unread === 1
                ? 'Votre demande qui a du nouveau depuis votre dernière lecture :'
                : `Vos ${unread} demandes qui ont du nouveau depuis votre dernière lecture :`}
          </span>{' '}
          <Link to="/mon-espace" onClick={pager.reset}>
            Afficher toutes mes demandes
          </Link>
        </p>
      ) : (
        unread > 0 && (
          <p>
            <span className="fr-text--bold">
              {unread === 1
                ? 'Une de vos demandes a du nouveau depuis votre dernière lecture.'
                : `${unread} de vos demandes ont du nouveau depuis votre dernière lecture.`}
            </span>{' '}
            <Link to="/mon-espace?nouveau" onClick={pager.reset}>
              {unread === 1 ? 'Afficher cette demande' : 'Afficher ces demandes'}
            </Link>
          </p>
        )
      )}
      {requests.isPending && <Loading label="Chargement de vos demandes…" />}
      {requests.isError && <ErrorAlert error={requests.error} title="Vos demandes n’ont pas pu être chargées" />}
      {requests.data && requests.data.items.length === 0 && pager.pageNumber === 1 && !onlyNews && (
        <p>Vous n’avez encore fait aucune demande.</p>
      )}
      {requests.data && requests.data.items.length > 0 && (
        <>
          <RequestTable
            id="mes-demandes"
            caption={`${onlyNews ? 'Mes demandes qui ont du nouveau' : 'Mes demandes'}, de la plus récente à la plus ancienne${pager.pageNumber > 1 ? ` (page ${pager.pageNumber})` : ''}`}
            hideCaption
            captionRef={pager.captionRef}
            requests={requests.data.items}
            audience="agent"
            detailBasePath="/mes-demandes"
          />
          <CursorPager
            pager={pager}
            nextCursor={requests.data.nextCursor}
            noun="demandes"
            busy={requests.isFetching}
          />
        </>
      )}

      <MyDataDownload />
    </>
  );
}
