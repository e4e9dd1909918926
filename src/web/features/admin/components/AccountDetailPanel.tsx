import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRef, useState } from 'react';
import type { Account, AuditEntry } from '../../../../shared/contracts/admin.ts';
import type { RoleGrant, Territory } from '../../../../shared/contracts/auth.ts';
import { AGENT_CATEGORY_LABELS, ROLE_LABELS, ROLES, type Role } from '../../../../shared/glossary.ts';
import { errorMessages } from '../../../api/client.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { DataTable } from '../../../components/DataTable.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { formatDateTime, formatRoleGrant, formatTerritory } from '../../../format.ts';
import { useAccount, useSetActive, useWithdrawRole } from '../api/admin.ts';
import { GrantRoleForm } from './GrantRoleForm.tsx';

const roleLabel = (role: string | null) => (role !== null && (ROLES as readonly string[]).includes(role) ? ROLE_LABELS[role as Role] : null);

/** One account: who it is, its roles (grant, withdraw), its state (deactivate, reactivate) and its history. */
export function AccountDetailPanel({ id, territories, onClose }: { id: string; territories: Territory[]; onClose: () => void }) {
  const detail = useAccount(id);
  const withdraw = useWithdrawRole(id);
  const setActive = useSetActive(id);
  const [notice, setNotice] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);

  if (detail.isPending) return <Loading label="Chargement du compte…" />;
  if (detail.isError) return <ErrorAlert error={detail.error} title="Le compte n’a pas pu être chargé" />;
  const { account, history, isSelf } = detail.data;
  const say = (severity: 'success' | 'error', text: string) => {
    setNotice({ severity, text });
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  async function withdrawGrant(grant: RoleGrant) {
    try {
      await withdraw.mutateAsync(grant);
      say('success', `Rôle retiré : ${formatRoleGrant(grant)}.`);
    } catch (error) {
      say('error', errorMessages(error, 'Le rôle n’a pas pu être retiré.').summary);
    }
  }

  async function changeState(active: boolean) {
    setConfirming(false);
    try {
      await setActive.mutateAsync(active);
      say('success', active ? `Le compte de ${account.displayName} est réactivé.` : `Le compte de ${account.displayName} est désactivé : ses sessions ont pris fin.`);
    } catch (error) {
      say('error', errorMessages(error, 'Le compte n’a pas pu être modifié.').summary);
    }
  }

  return (
    <section aria-labelledby="compte-titre" className="fr-mt-2w">
      <h3 id="compte-titre" tabIndex={-1}>
        {account.displayName}
        {!account.active && <span className="fr-badge fr-badge--error fr-ml-2w">Désactivé</span>}
      </h3>
      <div ref={noticeRef} tabIndex={-1} aria-live="polite">
        {notice && <Alert severity={notice.severity} small description={notice.text} className="fr-mb-3w" />}
      </div>
      <AccountFacts account={account} />

      <h4 className="fr-mt-4w">Rôles</h4>
      {account.roles.length === 0 ? (
        <p>Aucun rôle : la personne peut se connecter mais n’a accès à aucun espace.</p>
      ) : (
        <ul className="fr-raw-list">
          {account.roles.map((grant) => (
            <li key={`${grant.role}-${grant.territory.level}-${grant.territory.code}`} className="fr-mb-1w">
              {formatRoleGrant(grant)}{' '}
              <Button size="small" priority="tertiary" iconId="fr-icon-delete-line" disabled={withdraw.isPending}
                onClick={() => void withdrawGrant(grant)} nativeButtonProps={{ 'aria-label': `Retirer le rôle ${formatRoleGrant(grant)}` }}>
                Retirer
              </Button>
            </li>
          ))}
        </ul>
      )}
      <GrantRoleForm personId={account.id} territories={territories} onGranted={(grant) => say('success', `Rôle attribué : ${formatRoleGrant(grant)}.`)} />

      <h4 className="fr-mt-4w">État du compte</h4>
      {isSelf ? (
        <p>C’est votre compte : un autre administrateur peut le désactiver.</p>
      ) : account.active ? (
        <>
          <p>Actif. Désactiver le compte met fin à ses sessions ouvertes : la personne ne peut plus se connecter.</p>
          <Button priority="secondary" iconId="fr-icon-close-circle-line" onClick={() => setConfirming(true)} disabled={setActive.isPending}>
            Désactiver le compte
          </Button>
        </>
      ) : (
        <>
          <p>Désactivé : la personne ne peut pas se connecter. Ses rôles sont conservés.</p>
          <Button priority="secondary" iconId="fr-icon-check-line" onClick={() => void changeState(true)} disabled={setActive.isPending}>
            Réactiver le compte
          </Button>
        </>
      )}
      <ConfirmDialog open={confirming} title={`Désactiver le compte de ${account.displayName} ?`} confirmLabel="Désactiver"
        busy={setActive.isPending} onConfirm={() => void changeState(false)} onCancel={() => setConfirming(false)}>
        <p>Ses sessions ouvertes prennent fin aussitôt et la personne ne pourra plus se connecter. Vous pourrez réactiver le compte.</p>
      </ConfirmDialog>

      <h4 className="fr-mt-4w">Historique</h4>
      <AccountHistory history={history} />
      <Button priority="tertiary" iconId="fr-icon-arrow-left-line" className="fr-mt-2w" onClick={onClose}>Retour à la liste des comptes</Button>
    </section>
  );
}

function AccountFacts({ account }: { account: Account }) {
  const home: Territory | null = account.departementCode ? { level: 'departement', code: account.departementCode }
    : account.academieCode ? { level: 'academie', code: account.academieCode } : null;
  return (
    <ul>
      <li>Adresse électronique : {account.email}</li>
      <li>Lieu de travail : {home ? formatTerritory(home) : 'non renseigné'}</li>
      <li>Catégorie : {account.category ? AGENT_CATEGORY_LABELS[account.category] : 'non renseignée'}</li>
    </ul>
  );
}

function AccountHistory({ history }: { history: AuditEntry[] }) {
  if (history.length === 0) return <p>Aucune modification ni connexion enregistrée.</p>;
  return (
    <DataTable<AuditEntry>
      id="historique-compte"
      caption="Historique du compte, du plus récent au plus ancien"
      hideCaption
      rows={history}
      rowKey={(entry) => entry.id}
      columns={[
        { header: 'Date', rowHeader: true, cell: (entry) => <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time> },
        { header: 'Action', cell: (entry) => entry.actionLabel },
        { header: 'Par', cell: (entry) => (entry.actor ? `${entry.actor.displayName}${roleLabel(entry.actorRole) ? ` (${roleLabel(entry.actorRole)})` : ''}` : 'Système') },
      ]}
    />
  );
}
