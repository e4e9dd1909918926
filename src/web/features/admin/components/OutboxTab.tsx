import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRef, useState } from 'react';
import type { OutboxMail } from '../../../../shared/contracts/outbox.ts';
import { useOutbox, useOutboxMessage } from '../api/admin.ts';
import { CursorPager, useCursorPager } from '../../../components/CursorPager.tsx';
import { DataTable } from '../../../components/DataTable.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { formatDateTime } from '../../../format.ts';

function deliveryLabel(message: OutboxMail): string {
  if (message.sentAt === null) return 'En attente';
  return message.transport === 'outbox' ? 'Boîte locale (démo)' : 'SMTP';
}

export function OutboxTab() {
  const pager = useCursorPager();
  const outbox = useOutbox(pager.cursor);
  const [selected, setSelected] = useState<OutboxMail | null>(null);
  const detail = useOutboxMessage(selected?.id ?? null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);

  const open = (message: OutboxMail, opener: HTMLElement) => {
    openerRef.current = opener;
    setSelected(message);
    // Once a message is opened, the reader is taken to its heading (also when it was already open).
    requestAnimationFrame(() => headingRef.current?.focus());
  };
  const close = () => {
    setSelected(null);
    const opener = openerRef.current;
    if (opener !== null && opener.isConnected) requestAnimationFrame(() => opener.focus());
  };

  return (
    <>
      <h2>Courriels envoyés</h2>
      <p>
        Les courriels envoyés par le service, du plus récent au plus ancien. En démonstration, ils restent dans une boîte
        locale au lieu de partir par SMTP. Les liens personnels (questionnaires de satisfaction) y sont masqués : seul
        leur destinataire les reçoit.
      </p>
      <div aria-live="polite">
        {outbox.isPending && <Loading label="Chargement des courriels…" />}
        {outbox.isError && <ErrorAlert error={outbox.error} title="Les courriels n’ont pas pu être chargés" />}
        {outbox.data && outbox.data.items.length === 0 && <p>Aucun courriel n’a été envoyé.</p>}
      </div>
      {outbox.data && outbox.data.items.length > 0 && (
        <>
          <DataTable<OutboxMail>
            id="courriels-envoyes"
            caption={`Courriels envoyés par le service${pager.pageNumber > 1 ? ` (page ${pager.pageNumber})` : ''}`}
            captionRef={pager.captionRef}
            hideCaption
            rows={outbox.data.items}
            rowKey={(message) => message.id}
            columns={[
              {
                header: 'Date',
                rowHeader: true,
                cell: (message) => <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>,
              },
              { header: 'Destinataire', cell: (message) => message.recipient },
              { header: 'Objet', cell: (message) => message.subject },
              {
                header: 'Envoi',
                cell: (message) =>
                  message.sentAt === null ? (
                    deliveryLabel(message)
                  ) : (
                    <span title={`Envoyé le ${formatDateTime(message.sentAt)}`}>{deliveryLabel(message)}</span>
                  ),
              },
              {
                header: 'Contenu',
                cell: (message) => (
                  <Button
                    priority="tertiary"
                    size="small"
                    onClick={(event) => open(message, event.currentTarget)}
                    aria-controls="courriel-contenu"
                    nativeButtonProps={{ 'aria-label': `Voir le courriel « ${message.subject} »` }}
                  >
                    Voir
                  </Button>
                ),
              },
            ]}
          />
          <CursorPager pager={pager} nextCursor={outbox.data.nextCursor} noun="courriels" busy={outbox.isFetching} />
        </>
      )}

      <div id="courriel-contenu">
        {selected !== null && (
          <section aria-labelledby="courriel-contenu-titre" className="fr-mt-4w">
            <h3 id="courriel-contenu-titre" ref={headingRef} tabIndex={-1}>
              Courriel « {selected.subject} »
            </h3>
            <ul>
              <li>Destinataire : {selected.recipient}</li>
              <li>
                Créé le <time dateTime={selected.createdAt}>{formatDateTime(selected.createdAt)}</time>
              </li>
              <li>
                Envoi : {deliveryLabel(selected)}
                {selected.sentAt !== null && (
                  <>
                    {' '}
                    le <time dateTime={selected.sentAt}>{formatDateTime(selected.sentAt)}</time>
                  </>
                )}
              </li>
              <li>
                Modèle : <code>{selected.template}</code>
              </li>
            </ul>
            {detail.isPending && <Loading label="Chargement du courriel…" />}
            {detail.isError && <ErrorAlert error={detail.error} title="Le courriel n’a pas pu être chargé" />}
            {detail.data && (
              <pre
                aria-label={`Texte du courriel « ${selected.subject} »`}
                className="fr-p-2w fr-mb-2w"
                style={{
                  whiteSpace: 'pre-wrap',
                  overflowWrap: 'anywhere',
                  background: 'var(--background-alt-grey)',
                  fontFamily: 'inherit',
                }}
              >
                {detail.data.textBody}
              </pre>
            )}
            <Button priority="secondary" iconId="fr-icon-close-line" onClick={close}>
              Fermer le courriel
            </Button>
          </section>
        )}
      </div>
    </>
  );
}
