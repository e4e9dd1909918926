import type { ReactNode } from 'react';
import {
  AGENT_CATEGORY_LABELS, EMPLOYMENT_STATUS_LABELS, type AgentCategory, type EmploymentStatus,
} from '../../../../shared/glossary.ts';
import type { RequestDetail } from '../../../../shared/contracts/requests.ts';

const label = <K extends string>(labels: Record<K, string>, value: string | null | undefined) =>
  value === null || value === undefined ? 'Non renseigné' : (labels[value as K] ?? value);

/** Who the agent is, for staff: category, status, establishment, and how to reach them. */
export function AgentProfileSummary({ request }: { request: RequestDetail }) {
  const profile = request.agentProfile;
  const contact = request.agentContact;
  if (profile === undefined && contact === undefined) return null;
  const rows: Array<[string, ReactNode]> = [['Nom', request.agent?.displayName ?? '—']];
  if (profile !== undefined) {
    rows.push(
      ['Catégorie', label<AgentCategory>(AGENT_CATEGORY_LABELS, profile.category)],
      ['Statut', label<EmploymentStatus>(EMPLOYMENT_STATUS_LABELS, profile.employmentStatus)],
      ['Établissement', profile.establishmentName ? `${profile.establishmentName} (${profile.establishmentUai})` : profile.establishmentUai ?? 'Non renseigné'],
    );
  }
  if (contact !== undefined) {
    rows.push(['Courriel', <a key="courriel" href={`mailto:${contact.email}`}>{contact.email}</a>]);
    rows.push([
      'Téléphone',
      contact.phone ? <a key="tel" href={`tel:${contact.phone.replace(/\s/g, '')}`}>{contact.phone}</a> : 'Non renseigné',
    ]);
  }
  return (
    <section aria-labelledby="agent-titre" className="fr-mb-4w">
      <h2 id="agent-titre" className="fr-h4">
        L’agent
      </h2>
      <dl className="fr-grid-row fr-grid-row--gutters">
        {rows.map(([term, value]) => (
          <div key={term} className="fr-col-12 fr-col-sm-6 fr-col-md-4">
            <dt className="fr-text--sm fr-text--bold fr-mb-0">{term}</dt>
            <dd className="fr-ml-0">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
