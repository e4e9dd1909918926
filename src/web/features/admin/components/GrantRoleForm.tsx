import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState, type FormEvent } from 'react';
import type { RoleGrant, Territory } from '../../../../shared/contracts/auth.ts';
import { ROLE_LABELS, ROLES, type Role } from '../../../../shared/glossary.ts';
import { errorMessages } from '../../../api/client.ts';
import { ErrorSummary, focusSoon, type SummaryItem } from '../../../components/ErrorSummary.tsx';
import { formatTerritory } from '../../../format.ts';
import { useGrantRole } from '../api/admin.ts';

const key = (t: Territory) => `${t.level}:${t.code}`;
const FIELDS: Record<string, { label: string; id: string }> = {
  role: { label: 'Rôle', id: 'attribution-role' },
  level: { label: 'Territoire', id: 'attribution-territoire' },
  code: { label: 'Territoire', id: 'attribution-territoire' },
};

/** Grants a role on one of the territories the administrator administers (`territories`, from the server). */
export function GrantRoleForm({ personId, territories, onGranted }: { personId: string; territories: Territory[]; onGranted: (grant: RoleGrant) => void }) {
  const grant = useGrantRole(personId);
  const [role, setRole] = useState('');
  const [territory, setTerritory] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const summaryRef = useRef<HTMLDivElement>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!role) local.role = 'Choisissez le rôle.';
    const chosen = territories.find((t) => key(t) === territory);
    if (!chosen) local.code = 'Choisissez le territoire.';
    setErrors(local);
    if (Object.keys(local).length > 0 || !chosen) return focusSoon(() => summaryRef.current);
    const body = { role: role as Role, territory: chosen };
    try {
      await grant.mutateAsync(body);
      setRole('');
      setTerritory('');
      onGranted(body);
    } catch (error) {
      const { summary, fields } = errorMessages(error, 'Le rôle n’a pas pu être attribué.');
      setErrors(Object.keys(fields).length > 0 ? fields : { form: summary });
      focusSoon(() => summaryRef.current);
    }
  }

  const territoryError = errors.code ?? errors.level;
  const summary: SummaryItem[] = Object.entries(errors).map(([field, message]) => ({ message, label: FIELDS[field]?.label, targetId: FIELDS[field]?.id }));
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="attribution-titre" className="fr-mt-3w">
      <h5 id="attribution-titre" className="fr-h6">Attribuer un rôle</h5>
      <ErrorSummary ref={summaryRef} items={summary} title={errors.form ? 'Le rôle n’a pas pu être attribué' : 'Le formulaire contient des erreurs'} />
      <p className="fr-hint-text">Parmi les territoires que vous administrez. Un agent : le département où il travaille.</p>
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-5">
          <Select label="Rôle" {...(errors.role ? { state: 'error' as const, stateRelatedMessage: errors.role } : {})}
            nativeSelectProps={{ id: FIELDS.role!.id, value: role, onChange: (e) => setRole(e.target.value) }}>
            <option value="" disabled>Choisir le rôle</option>
            {ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-5">
          <Select label="Territoire"
            {...(territoryError ? { state: 'error' as const, stateRelatedMessage: territoryError } : {})}
            nativeSelectProps={{ id: FIELDS.code!.id, value: territory, onChange: (e) => setTerritory(e.target.value) }}>
            <option value="" disabled>Choisir le territoire</option>
            {territories.map((t) => <option key={key(t)} value={key(t)}>{formatTerritory(t)}</option>)}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-2">
          <Button type="submit" disabled={grant.isPending}>Attribuer</Button>
        </div>
      </div>
    </form>
  );
}
