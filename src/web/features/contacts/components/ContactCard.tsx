import { CONTACT_POINT_KIND_LABELS } from '../../../../shared/glossary.ts';
import type { PublicContactPoint } from '../../../../shared/contracts/orientation.ts';

type Heading = 'h2' | 'h3' | 'h4';

/** One HR actor: what it does and how to reach it (the service's own contacts). */
export function ContactCard({ actor, as: Title = 'h3', showKind = true }: { actor: PublicContactPoint; as?: Heading; showKind?: boolean }) {
  const territories = actor.territories.map((t) => t.label).join(', ');
  return (
    <article className="contacts-card fr-p-3w">
      <Title className="fr-h6 fr-mb-1w">{actor.name}</Title>
      <p className="fr-text--sm fr-mb-1w contacts-card__meta">
        {showKind ? `${CONTACT_POINT_KIND_LABELS[actor.kind]} · ` : ''}
        {territories}
      </p>
      {actor.description && <p className="fr-text--sm fr-mb-2w">{actor.description}</p>}
      <ul className="fr-raw-list fr-text--sm fr-mb-0 contacts-card__ways">
        {actor.email && (
          <li>
            <span className="fr-icon-mail-line fr-icon--sm fr-mr-1w" aria-hidden="true" />
            <span className="fr-sr-only">Courriel : </span>
            <a href={`mailto:${actor.email}`}>{actor.email}</a>
          </li>
        )}
        {actor.phone && (
          <li>
            <span className="fr-icon-phone-line fr-icon--sm fr-mr-1w" aria-hidden="true" />
            <span className="fr-sr-only">Téléphone : </span>
            <a href={`tel:${actor.phone.replace(/[^0-9+]/g, '')}`}>{actor.phone}</a>
          </li>
        )}
        {actor.hours && (
          <li>
            <span className="fr-icon-time-line fr-icon--sm fr-mr-1w" aria-hidden="true" />
            <span className="fr-sr-only">Horaires : </span>
            {actor.hours}
          </li>
        )}
        {actor.address && (
          <li>
            <span className="fr-icon-map-pin-2-line fr-icon--sm fr-mr-1w" aria-hidden="true" />
            <span className="fr-sr-only">Adresse : </span>
            {actor.address}
          </li>
        )}
        {actor.website && (
          <li>
            <span className="fr-icon-global-line fr-icon--sm fr-mr-1w" aria-hidden="true" />
            <span className="fr-sr-only">Site : </span>
            <a href={actor.website} rel="noopener noreferrer">
              {actor.website.replace(/^https:\/\//, '')}
            </a>
          </li>
        )}
      </ul>
    </article>
  );
}

/** Several actors as a grid of cards (one column on a phone). */
export function ContactGrid({ actors, as = 'h3', showKind = true }: { actors: PublicContactPoint[]; as?: Heading; showKind?: boolean }) {
  return (
    <ul className="fr-raw-list fr-grid-row fr-grid-row--gutters contacts-grid">
      {actors.map((actor) => (
        <li key={actor.id} className="fr-col-12 fr-col-md-6">
          <ContactCard actor={actor} as={as} showKind={showKind} />
        </li>
      ))}
    </ul>
  );
}
