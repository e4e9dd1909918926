import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useEffect, useState } from 'react';
import type { ContactPoint } from '../../../../shared/contracts/orientation.ts';
import { errorMessages } from '../../../api/client.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { focusSoon } from '../../../components/ErrorSummary.tsx';
import { ErrorAlert } from '../../../components/QueryStates.tsx';
import { useAddMember, useMemberCandidates, useRemoveMember } from '../api/directory.ts';

/** Waits for the typing to pause before asking the server. */
function useDebounced(value: string, delay = 300): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/** Kinds whose referrals are only recorded: nobody answers for them in ProxiRH. */
export const hasMembers = (cp: Pick<ContactPoint, 'kind'>) => cp.kind !== 'external_partner' && cp.kind !== 'adviser';

/**
 * The people who answer for a contact point (every member of a cell sees its referrals): the list,
 * removal after a confirmation, and the search of a person who may join.
 */
export function MembersSection({ contactPoint, editable }: { contactPoint: ContactPoint; editable: boolean }) {
  const [notice, setNotice] = useState('');
  const [removing, setRemoving] = useState<{ id: string; displayName: string } | null>(null);
  const [removeError, setRemoveError] = useState('');
  const remove = useRemoveMember(contactPoint.id);
  const members = contactPoint.members;

  async function confirmRemove() {
    if (removing === null) return;
    try {
      await remove.mutateAsync(removing.id);
      setNotice(`${removing.displayName} n’est plus membre de cet interlocuteur.`);
      setRemoving(null);
      setRemoveError('');
      focusSoon(() => document.getElementById('membres-titre'));
    } catch (error) {
      setRemoveError(errorMessages(error, 'Le membre n’a pas pu être retiré.').summary);
    }
  }

  return (
    <section aria-labelledby="membres-titre" className="fr-mb-6w">
      <h2 id="membres-titre" tabIndex={-1} className="fr-h3">Membres</h2>
      <p className="fr-hint-text">
        Les membres reçoivent les orientations adressées à cet interlocuteur et y répondent. Seules les personnes qui ont le rôle
        d’interlocuteur RH dans l’académie peuvent être ajoutées.
      </p>
      <p role="status" aria-live="polite" className={notice ? 'fr-text--bold' : 'fr-sr-only'}>{notice}</p>
      {members.length === 0 ? (
        <p>Aucun membre.</p>
      ) : (
        <ul className="fr-raw-list fr-mb-3w" aria-label="Membres de l’interlocuteur">
          {members.map((member) => (
            <li key={member.id} className="fr-py-1w" style={{ borderBottom: '1px solid var(--border-default-grey)', overflowWrap: 'anywhere' }}>
              <span className="fr-text--bold">{member.displayName}</span> <span className="fr-hint-text fr-mb-1v">{member.email}</span>
              {editable && (
                <Button type="button" size="small" priority="tertiary" iconId="fr-icon-delete-line"
                  onClick={() => { setRemoveError(''); setRemoving(member); }}>
                  Retirer<span className="fr-sr-only"> {member.displayName}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && <MemberPicker contactPointId={contactPoint.id} onAdded={(name) => setNotice(`${name} est maintenant membre de cet interlocuteur.`)} />}
      <ConfirmDialog open={removing !== null} title="Retirer ce membre ?" confirmLabel="Retirer le membre" busy={remove.isPending}
        onConfirm={confirmRemove} onCancel={() => setRemoving(null)}>
        <p>
          {removing?.displayName} ne verra plus les orientations adressées à « {contactPoint.name} », y compris celles en cours.
          {members.length === 1 && ' C’est le dernier membre : l’interlocuteur ne pourra plus recevoir d’orientation.'}
        </p>
        {removeError && <Alert severity="error" small description={removeError} />}
      </ConfirmDialog>
    </section>
  );
}

/** Search by name or e-mail, then « Ajouter » beside the person: each result is reached with Tab. */
function MemberPicker({ contactPointId, onAdded }: { contactPointId: string; onAdded: (displayName: string) => void }) {
  const [term, setTerm] = useState('');
  const [error, setError] = useState('');
  const q = useDebounced(term.trim());
  const candidates = useMemberCandidates(contactPointId, q, q !== '');
  const add = useAddMember(contactPointId);
  const results = q === '' ? [] : candidates.data?.items ?? [];
  const searchId = 'membre-recherche';

  async function choose(person: { id: string; displayName: string }) {
    setError('');
    try {
      await add.mutateAsync(person.id);
      onAdded(person.displayName);
      setTerm('');
      focusSoon(() => document.getElementById(searchId));
    } catch (failure) {
      setError(errorMessages(failure, 'Cette personne n’a pas pu être ajoutée.').summary);
      focusSoon(() => document.getElementById(searchId));
    }
  }

  const status = q === ''
    ? ''
    : candidates.isFetching
    ? 'Recherche en cours…'
    : candidates.isSuccess
      ? results.length === 0
        ? `Personne ne correspond à « ${q} » parmi ceux qui peuvent être ajoutés.`
        : `${results.length === 1 ? '1 personne peut être ajoutée' : `${results.length} personnes peuvent être ajoutées`}${candidates.data.more ? ' (les premières seulement : précisez la recherche)' : ''}.`
      : '';

  return (
    <div className="fr-mt-3w">
      <h3 className="fr-h6" id="membre-ajout-titre">Ajouter un membre</h3>
      <Input
        label="Rechercher une personne"
        hintText="Une partie du nom ou de l’adresse électronique ; la liste des personnes se met à jour pendant la saisie."
        state={error === '' ? 'default' : 'error'}
        stateRelatedMessage={error}
        nativeInputProps={{
          id: searchId, type: 'search', value: term, autoComplete: 'off', 'aria-controls': 'membre-candidats',
          onChange: (event) => setTerm(event.target.value),
          onKeyDown: (event) => { if (event.key === 'Enter') event.preventDefault(); },
        }}
      />
      <p role="status" aria-live="polite" className="fr-text--sm">{status}</p>
      {candidates.isError && <ErrorAlert error={candidates.error} title="La recherche a échoué" />}
      <ul id="membre-candidats" className="fr-raw-list" aria-labelledby="membre-ajout-titre">
        {results.map((person) => (
          <li key={person.id} className="fr-py-1w" style={{ borderBottom: '1px solid var(--border-default-grey)', overflowWrap: 'anywhere' }}>
            <span className="fr-text--bold">{person.displayName}</span> <span className="fr-hint-text fr-mb-1v">{person.email}</span>
            <Button type="button" size="small" priority="secondary" iconId="fr-icon-user-add-line" disabled={add.isPending} onClick={() => choose(person)}>
              Ajouter<span className="fr-sr-only"> {person.displayName}</span>
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
