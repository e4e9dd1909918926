import type { ContactPointFacts } from '../../policies/index.ts';

/** What the policies know of a contact point: its académie, and the départements it covers (none: the whole académie). */
export function contactPointFacts(cp: { academie_code: string | null },
  territories: ReadonlyArray<{ level: string; code: string; departement_code: string | null }>): ContactPointFacts {
  if (territories.some((t) => t.level === 'academie' || t.level === 'national')) return { academieCode: cp.academie_code, departements: [] };
  const departements = new Set<string>();
  for (const t of territories) {
    if (t.level === 'departement') departements.add(t.code);
    else if (t.departement_code) departements.add(t.departement_code);
  }
  return { academieCode: cp.academie_code, departements: [...departements] };
}
