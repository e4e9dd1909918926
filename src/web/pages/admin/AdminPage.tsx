import { Tabs } from '@codegouvfr/react-dsfr/Tabs';
import { useSearchParams } from 'react-router-dom';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { AccountsTab } from './AccountsTab.tsx';
import { AuditLogTab } from './AuditLogTab.tsx';

const TABS = [
  { tabId: 'comptes', label: 'Comptes', iconId: 'fr-icon-team-line' },
  { tabId: 'journal', label: 'Journal d’audit', iconId: 'fr-icon-file-text-line' },
] as const;
type TabId = (typeof TABS)[number]['tabId'];

/** Controlled tabs: only the open tab is rendered, so only its data is read. */
export function AdminPage() {
  usePageTitle('Administration');
  const [searchParams, setSearchParams] = useSearchParams();
  const selected: TabId = searchParams.get('onglet') === 'journal' ? 'journal' : 'comptes';

  return (
    <>
      <h1>Administration</h1>
      <Tabs
        id="administration"
        label="Rubriques de l’administration"
        tabs={TABS.map((tab) => ({ ...tab }))}
        selectedTabId={selected}
        onTabChange={(tabId) => setSearchParams(tabId === 'comptes' ? {} : { onglet: tabId }, { replace: true })}
      >
        {selected === 'comptes' ? <AccountsTab /> : <AuditLogTab />}
      </Tabs>
    </>
  );
}
