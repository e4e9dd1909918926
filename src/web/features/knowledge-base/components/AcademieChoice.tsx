import { Select } from '@codegouvfr/react-dsfr/Select';
import { useSearchParams } from 'react-router-dom';
import { ACADEMIES, academieLabel } from '../../../../shared/territories.ts';
import { useSession } from '../../auth/api/session.ts';
import { academieCodeFromSlug, academieOfSession } from '../paths.ts';

const SORTED = [...ACADEMIES].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
/** « ?academie=national »: the national base alone, even for a person bound to an académie. */
const NATIONAL = 'national';

/**
 * The académie whose articles are read (its own add to and replace the national ones): the one
 * the address names (?academie=amiens), else the signed-in person's, else none (the national base).
 */
export function useReaderAcademie(): [string | undefined, (code: string | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const session = useSession();
  const named = params.get('academie');
  const code = named === NATIONAL ? undefined : academieCodeFromSlug(named) ?? academieOfSession(session.data);
  const choose = (next: string | undefined) => {
    const updated = new URLSearchParams(window.location.search);
    updated.set('academie', next === undefined ? NATIONAL : next.toLowerCase());
    setParams(updated, { replace: true, preventScrollReset: true });
  };
  return [code, choose];
}

/** The select of the académie, for a visitor (or anybody reading another académie's base). */
export function AcademieChoice({ id, value, onChange }: { id: string; value: string | undefined; onChange: (code: string | undefined) => void }) {
  return (
    <Select
      label="Votre académie"
      nativeSelectProps={{ id, value: value ?? '', onChange: (event) => onChange(event.target.value === '' ? undefined : event.target.value) }}
    >
      <option value="">Base nationale uniquement</option>
      {SORTED.map((a) => <option key={a.code} value={a.code}>{academieLabel(a.code)}</option>)}
    </Select>
  );
}
