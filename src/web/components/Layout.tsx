import { Footer } from '@codegouvfr/react-dsfr/Footer';
import { Header, type HeaderProps } from '@codegouvfr/react-dsfr/Header';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { MainNavigationProps } from '@codegouvfr/react-dsfr/MainNavigation';
import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';
import { useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router-dom';
import type { Session } from '../../shared/contracts/auth.ts';
import { useRequestCounts } from '../features/requests/api/requests.ts';
import { useLogout, useSession } from '../features/auth/api/session.ts';
import { homePathOf, spacesFor, type Space } from './spaces.ts';

const brandTop = (
  <>
    République
    <br />
    Française
  </>
);
const homeLinkProps = { to: '/', title: 'Accueil — ProxiRH' };
/** The id react-dsfr gives the main navigation of the header whose id is « fr-header ». */
const NAVIGATION_ID = 'fr-header-main-navigation';

const isStaffSpace = (space: Space) => space.ability === 'adviseRequests' || space.ability === 'coordinateRequests';

/**
 * The space whose link carries the unread count: the staff queue for a person who handles
 * requests (the server counts their assigned requests), else the agent's own space.
 */
function unreadSpaceOf(spaces: Space[]): Space | null {
  return spaces.find((space) => space.ability === 'adviseRequests') ?? spaces.find((space) => space.ability === 'coordinateRequests')
    ?? spaces.find((space) => space.ability === 'submitRequests') ?? null;
}

/** A request's page belongs to the space its reader came from. */
function isActiveSpace(space: Space, spaces: Space[], pathname: string): boolean {
  if (pathname.startsWith(space.path)) return true;
  if (space.ability === 'submitRequests') return pathname.startsWith('/mes-demandes/');
  return space === spaces.find(isStaffSpace) && (pathname.startsWith('/demandes/') || pathname === '/ma-file/nouvelle-demande');
}

function navigationOf(session: Session | null, pathname: string, unread: number): MainNavigationProps.Item[] {
  if (session === null) return [{ text: 'Accueil', linkProps: { to: '/' }, isActive: pathname === '/' }];
  const spaces = spacesFor(session);
  const unreadSpace = unreadSpaceOf(spaces);
  return spaces.map((space) => {
    const text =
      space === unreadSpace && unread > 0 ? (
        <>
          {space.label}{' '}
          <Badge severity="new" small noIcon as="span" className="fr-ml-1v">
            {unread}
            <span className="fr-sr-only">{unread === 1 ? ' demande avec du nouveau' : ' demandes avec du nouveau'}</span>
          </Badge>
        </>
      ) : (
        space.label
      );
    return { text, linkProps: { to: space.path }, isActive: isActiveSpace(space, spaces, pathname) };
  });
}

/** After a client-side navigation, move focus to the new page's title, as a page load would. */
function useFocusTitleOnNavigation(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => {
      const title = document.querySelector<HTMLElement>('main h1');
      if (title === null) return;
      title.setAttribute('tabindex', '-1');
      title.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
}

export function Layout() {
  const { pathname } = useLocation();
  const session = useSession();
  const logout = useLogout();
  useFocusTitleOnNavigation();

  const current = session.data;
  const handlesRequests =
    current !== null && current !== undefined && unreadSpaceOf(spacesFor(current)) !== null;
  const unread = useRequestCounts(handlesRequests).data?.unread ?? 0;
  let quickAccessItems: HeaderProps.QuickAccessItem[] = [];
  if (current === null) {
    quickAccessItems = [{ iconId: 'fr-icon-account-circle-line', text: 'Se connecter', linkProps: { to: '/connexion' } }];
  } else if (current !== undefined) {
    quickAccessItems = [
      { iconId: 'fr-icon-account-circle-line', text: current.user.displayName, linkProps: { to: homePathOf(current) } },
      {
        iconId: 'fr-icon-logout-box-r-line',
        text: 'Se déconnecter',
        buttonProps: {
          type: 'button',
          disabled: logout.isPending,
          onClick: () => logout.mutate(),
        },
      },
    ];
  }

  return (
    <>
      <SkipLinks
        links={[
          { label: 'Contenu', anchor: '#contenu' },
          { label: 'Menu', anchor: `#${NAVIGATION_ID}` },
          { label: 'Pied de page', anchor: '#pied-de-page' },
        ]}
      />
      <Header
        id="fr-header"
        brandTop={brandTop}
        homeLinkProps={homeLinkProps}
        serviceTitle="ProxiRH — RH de proximité"
        serviceTagline="Le service RH de proximité de l'Éducation nationale"
        quickAccessItems={quickAccessItems}
        navigation={current === undefined ? undefined : navigationOf(current, pathname, handlesRequests ? unread : 0)}
        // The display-settings modal carries its own <h1>; a page keeps exactly one.
        disableDisplay
      />
      <main id="contenu" tabIndex={-1} className="fr-container fr-pt-4w fr-pb-8w">
        <Outlet />
      </main>
      <Footer
        id="pied-de-page"
        brandTop={brandTop}
        homeLinkProps={homeLinkProps}
        accessibility="non compliant"
        accessibilityLinkProps={{ to: '/accessibilite' }}
        bottomItems={[{ text: 'Qui contacter ?', linkProps: { to: '/qui-contacter' } }, { text: 'Informations RH', linkProps: { to: '/informations' } }, { text: 'Dates-clés RH', linkProps: { to: '/dates-cles' } },
          { text: 'Lettres d’information RH', linkProps: { to: '/lettres-rh/amiens' } }]}
        contentDescription="ProxiRH est la plateforme du service RH de proximité de l'Éducation nationale : chaque agent y trouve un conseiller RH près de chez lui, qui l'accompagne dans son parcours professionnel."
      />
      <ScrollRestoration />
    </>
  );
}
