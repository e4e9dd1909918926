import { Tabs } from '@codegouvfr/react-dsfr/Tabs';
import { Link, useSearchParams } from 'react-router-dom';
import { useRequiredSession } from '../../../components/RequireAbility.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { AccountsTab } from '../components/AccountsTab.tsx';
import { AuditLogTab } from '../components/AuditLogTab.tsx';
import { OutboxTab } from '../components/OutboxTab.tsx';

const TABS = [
  { tabId: 'comptes', label: 'Comptes', iconId: 'fr-icon-team-line' },
  { tabId: 'journal', label: 'Journal d’audit', iconId: 'fr-icon-file-text-line' },
  { tabId: 'courriels', label: 'Courriels envoyés', iconId: 'fr-icon-mail-line' },
] as const;
type TabId = (typeof TABS)[number]['tabId'];

/** Controlled tabs: only the open tab is rendered, so only its data is read. */
export function AdminPage() {
  usePageTitle('Administration');
  const session = useRequiredSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('onglet');
  const selected: TabId = TABS.find((tab) => tab.tabId === requested)?.tabId ?? 'comptes';

  return (
    <>
      <h1>Administration</h1>
      {session.abilities.manageDirectory && (
        <p>
          <Link className="fr-link fr-icon-team-line fr-link--icon-left" to="/annuaire">
            Annuaire des interlocuteurs RH
          </Link>
        </p>
      )}
      <Tabs
        id="administration"
        label="Rubriques de l’administration"
        tabs={TABS.map((tab) => ({ ...tab }))}
        selectedTabId={selected}
        onTabChange={(tabId) => setSearchParams(tabId === 'comptes' ? {} : { onglet: tabId }, { replace: true })}
      >
        {selected === 'comptes' && <AccountsTab />}
        {selected === 'journal' && <AuditLogTab />}
        {selected === 'courriels' && <OutboxTab />}
      </Tabs>
    </>
  );
}
