import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { formatDay } from '../format.ts';

/**
 * A list of days, chosen one by one (« Ajouter la date »), each removable: the dates of an office
 * hour held on given days, or its exceptions. A fieldset, so that its legend names the whole.
 */
export function DayListField({ id, legend, hint, days, onChange, error }: {
  id: string; legend: string; hint?: string; days: string[]; onChange: (days: string[]) => void; error?: string | undefined;
}) {
  const [draft, setDraft] = useState('');
  const add = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft) || days.includes(draft)) return;
    onChange([...days, draft].sort());
    setDraft('');
  };
  const errorId = `${id}-erreur`;
  return (
    <fieldset className={`fr-fieldset${error === undefined ? '' : ' fr-fieldset--error'}`} aria-labelledby={`${id}-legende`}>
      <legend id={`${id}-legende`} className="fr-fieldset__legend">
        {legend}
        {hint !== undefined && <span className="fr-hint-text">{hint}</span>}
      </legend>
      <div className="fr-fieldset__element">
        <div className="fr-input-group">
          <label className="fr-label" htmlFor={id}>Date à ajouter</label>
          <div className="fr-input-wrap" style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'center' }}>
            <input className="fr-input" type="date" id={id} value={draft} style={{ maxWidth: '12rem' }}
              aria-describedby={error === undefined ? undefined : errorId}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); add(); } }} />
            <Button type="button" priority="secondary" size="small" onClick={add}>Ajouter la date</Button>
          </div>
        </div>
      </div>
      {days.length > 0 && (
        <div className="fr-fieldset__element">
          <ul className="fr-raw-list">
            {days.map((day) => (
              <li key={day} className="fr-mb-1w">
                {formatDay(day)}{' '}
                <Button type="button" priority="tertiary no outline" size="small" onClick={() => onChange(days.filter((d) => d !== day))}
                  nativeButtonProps={{ 'aria-label': `Retirer le ${formatDay(day)}` }}>
                  Retirer
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {error !== undefined && (
        <div className="fr-messages-group" aria-live="polite">
          <p id={errorId} className="fr-message fr-message--error">{error}</p>
        </div>
      )}
    </fieldset>
  );
}
