import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useNavigate } from 'react-router-dom';
import { ROLE_LABELS, ROLES, type Role } from '../../../../shared/glossary.ts';
import { elide } from '../../../../shared/territories.ts';
import type { DemoAccount } from '../../../../shared/contracts/auth.ts';
import { useDemoAccounts, useDemoLogin } from '../api/session.ts';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { homePathOf } from '../../../components/spaces.ts';
import { formatRoleGrant } from '../../../format.ts';

/** Accounts grouped by their first role, in the glossary's order of roles. */
function groupByFirstRole(accounts: DemoAccount[]): Array<{ role: Role; accounts: DemoAccount[] }> {
  return ROLES.map((role) => ({
    role,
    accounts: accounts.filter((account) => account.roles[0]?.role === role),
  })).filter((group) => group.accounts.length > 0);
}

export function DemoAccounts({ retour }: { retour: string | null }) {
  const accounts = useDemoAccounts(true);
  const login = useDemoLogin();
  const navigate = useNavigate();

  const signIn = (account: DemoAccount) =>
    login.mutate(account.id, {
      onSuccess: (session) => navigate(retour ?? homePathOf(session), { replace: true }),
    });

  return (
    <section aria-labelledby="comptes-demo">
      <h2 id="comptes-demo">Comptes de démonstration</h2>
      <Alert
        severity="info"
        small
        className="fr-mb-4w"
        description="Ce service fonctionne en mode démonstration : les personnes et les demandes sont fictives. Choisissez un compte pour découvrir l’espace correspondant."
      />
      {login.isError && <ErrorAlert error={login.error} title="La connexion a échoué" />}
      {accounts.isPending && <Loading label="Chargement des comptes de démonstration…" />}
      {accounts.isError && <ErrorAlert error={accounts.error} title="Les comptes n’ont pas pu être chargés" />}
      {accounts.data?.length === 0 && <p>Aucun compte de démonstration n’est disponible.</p>}
      {accounts.data &&
        groupByFirstRole(accounts.data).map((group) => (
          <section key={group.role} aria-labelledby={`comptes-demo-${group.role}`} className="fr-mb-4w">
            <h3 id={`comptes-demo-${group.role}`} className="fr-h5">
              {ROLE_LABELS[group.role]}
            </h3>
            <ul className="fr-raw-list">
              {group.accounts.map((account) => (
                <li key={account.id} className="fr-mb-2w">
                  <DemoAccountCard
                    account={account}
                    busy={login.isPending}
                    pending={login.isPending && login.variables === account.id}
                    onSignIn={() => signIn(account)}
                  />
                </li>
              ))}
            </ul>
          </section>
        ))}
    </section>
  );
}

function DemoAccountCard(props: { account: DemoAccount; busy: boolean; pending: boolean; onSignIn: () => void }) {
  const { account } = props;
  return (
    <div className="fr-p-3w" style={{ border: '1px solid var(--border-default-grey)' }}>
      <p className="fr-text--bold fr-mb-1v">{account.displayName}</p>
      <ul className="fr-text--sm fr-mb-1v">
        {account.roles.map((grant) => (
          <li key={`${grant.role}-${grant.territory.level}-${grant.territory.code}`}>{formatRoleGrant(grant)}</li>
        ))}
      </ul>
      {account.description && <p className="fr-text--sm fr-mb-2w">{account.description}</p>}
      <Button priority="secondary" size="small" disabled={props.busy} onClick={props.onSignIn}>
        {props.pending ? 'Connexion en cours…' : `Se connecter en tant ${elide('que', account.displayName)}`}
      </Button>
    </div>
  );
}
