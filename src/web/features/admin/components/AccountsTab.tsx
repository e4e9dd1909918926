import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { Account } from '../../../../shared/contracts/admin.ts';
import { useAdminAccounts } from '../api/admin.ts';
import { CursorPager, useCursorPager } from '../../../components/CursorPager.tsx';
import { DataTable } from '../../../components/DataTable.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { formatRoleGrant } from '../../../format.ts';
import { AccountDetailPanel } from './AccountDetailPanel.tsx';
import { CreateAccountForm } from './CreateAccountForm.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The accounts of the administered territory; `?compte=<id>` opens one (its roles, state and history). */
export function AccountsTab() {
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const [searchParams, setSearchParams] = useSearchParams();
  const opened = searchParams.get('compte');
  const pager = useCursorPager();
  const accounts = useAdminAccounts(query, pager.cursor);
  const territories = accounts.data?.territories ?? [];

  if (opened !== null && UUID.test(opened)) {
    return (
      <>
        <h2>Comptes</h2>
        <AccountDetailPanel key={opened} id={opened} territories={territories} onClose={() => setSearchParams({}, { replace: false })} />
      </>
    );
  }

  const search = (event: FormEvent) => {
    event.preventDefault();
    setQuery(draft.trim());
    pager.reset();
  };

  return (
    <>
      <h2>Comptes</h2>
      {creating ? (
        <CreateAccountForm territories={territories} onCancel={() => setCreating(false)}
          onCreated={(account) => { setCreating(false); setSearchParams({ compte: account.id }); }} />
      ) : (
        <Button iconId="fr-icon-user-add-line" className="fr-mb-4w" onClick={() => setCreating(true)} disabled={territories.length === 0}>
          Créer un compte
        </Button>
      )}
      <form role="search" aria-label="Recherche de comptes" onSubmit={search} className="fr-mb-4w">
        <Input
          label="Rechercher un compte"
          hintText="Nom ou adresse électronique"
          nativeInputProps={{
            id: 'recherche-compte',
            type: 'search',
            value: draft,
            onChange: (event) => setDraft(event.target.value),
          }}
          action={
            <Button type="submit" iconId="fr-icon-search-line" priority="primary">
              Rechercher
            </Button>
          }
        />
      </form>

      <div aria-live="polite">
        {accounts.isPending && <Loading label="Chargement des comptes…" />}
        {accounts.isError && <ErrorAlert error={accounts.error} title="Les comptes n’ont pas pu être chargés" />}
        {accounts.data && accounts.data.items.length === 0 && (
          <p>{query === '' ? 'Aucun compte.' : `Aucun compte ne correspond à « ${query} ».`}</p>
        )}
      </div>
      {accounts.data && accounts.data.items.length > 0 && (
        <>
          <DataTable<Account>
            id="comptes"
            caption={query === '' ? 'Comptes' : `Comptes correspondant à « ${query} »`}
            captionRef={pager.captionRef}
            hideCaption
            rows={accounts.data.items}
            rowKey={(account) => account.id}
            columns={[
              {
                header: 'Nom',
                rowHeader: true,
                cell: (account) => <Link to={`?compte=${account.id}`} aria-label={`Gérer le compte de ${account.displayName}`}>{account.displayName}</Link>,
              },
              { header: 'Adresse électronique', cell: (account) => account.email },
              { header: 'État', cell: (account) => (account.active ? 'Actif' : 'Désactivé') },
              {
                header: 'Rôles',
                cell: (account) =>
                  account.roles.length === 0 ? (
                    'Aucun rôle'
                  ) : (
                    <ul className="fr-my-0">
                      {account.roles.map((grant) => (
                        <li key={`${grant.role}-${grant.territory.level}-${grant.territory.code}`}>
                          {formatRoleGrant(grant)}
                        </li>
                      ))}
                    </ul>
                  ),
              },
            ]}
          />
          <CursorPager pager={pager} nextCursor={accounts.data.nextCursor} noun="comptes" busy={accounts.isFetching} />
        </>
      )}
    </>
  );
}
