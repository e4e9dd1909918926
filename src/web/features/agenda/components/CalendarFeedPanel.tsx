import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useId, useRef, useState } from 'react';
import { errorMessages } from '../../../api/client.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from '../api/agenda.ts';

const dateFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long', timeStyle: 'short' });

/**
 * « Mon agenda dans mon calendrier »: a private address that Outlook, Thunderbird or a phone
 * subscribes to. Only its fingerprint is kept, so the address is shown once, when created or
 * regenerated; regenerating or revoking stops the old one at once.
 */
export function CalendarFeedPanel({ asAdviser }: { asAdviser: boolean }) {
  const titleId = useId();
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [confirming, setConfirming] = useState<'regenerate' | 'revoke' | null>(null);
  const [copied, setCopied] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const urlRef = useRef<HTMLInputElement>(null);
  const url = create.data?.url;

  const generate = () => {
    setConfirming(null);
    setNotice(null);
    setCopied(false);
    create.mutate(undefined, { onSuccess: () => requestAnimationFrame(() => urlRef.current?.focus()) });
  };
  const copy = async () => {
    if (url === undefined) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // No clipboard (an older browser, an insecure page): the address is selected for a manual copy.
      urlRef.current?.select();
    }
  };

  return (
    <section aria-labelledby={titleId} className="fr-p-3w fr-mb-6w" style={{ border: '1px solid var(--border-default-grey)' }}>
      <h2 id={titleId} className="fr-h4">Mon agenda dans mon calendrier</h2>
      <p>
        {asAdviser
          ? 'Abonnez votre calendrier habituel (Outlook, Thunderbird, téléphone) à vos rendez-vous : ils s’y affichent et se mettent à jour seuls. '
          : 'Abonnez votre calendrier habituel (Outlook, Thunderbird, téléphone) à vos rendez-vous avec le service RH de proximité. '}
        Cette adresse est personnelle : ne la partagez pas. Elle ne contient ni le motif ni le contenu de vos échanges.
      </p>
      {feed.isPending ? <Loading label="Chargement de votre lien d’agenda…" />
        : feed.isError ? <ErrorAlert error={feed.error} title="Votre lien d’agenda n’a pas pu être chargé" />
          : (
            <>
              <div aria-live="polite">
                {notice !== null && <Alert severity="success" small description={notice} className="fr-mb-2w" />}
                {copied && <Alert severity="success" small description="Adresse copiée." className="fr-mb-2w" />}
              </div>
              {create.isError && <Alert severity="error" small description={errorMessages(create.error, 'Le lien n’a pas pu être créé.').summary} className="fr-mb-2w" />}
              {revoke.isError && <Alert severity="error" small description={errorMessages(revoke.error, 'Le lien n’a pas pu être révoqué.').summary} className="fr-mb-2w" />}
              {url !== undefined ? (
                <>
                  <Input
                    label="Adresse de votre agenda"
                    hintText="Copiez-la maintenant : pour des raisons de sécurité, elle ne sera plus affichée. Dans votre calendrier, choisissez « Ajouter un calendrier depuis Internet » (ou « S’abonner »)."
                    nativeInputProps={{ ref: urlRef, value: url, readOnly: true, onFocus: (e) => e.currentTarget.select() }}
                  />
                  <Button priority="secondary" iconId="fr-icon-clipboard-line" iconPosition="left" onClick={() => { void copy(); }}>Copier l’adresse</Button>
                </>
              ) : feed.data.active ? (
                <p>
                  Votre lien est actif depuis le {dateFormat.format(new Date(feed.data.createdAt!))}
                  {feed.data.lastReadAt !== null ? `, et votre calendrier l’a lu le ${dateFormat.format(new Date(feed.data.lastReadAt))}.` : ' ; aucun calendrier ne l’a encore lu.'}
                  {' '}Pour l’afficher de nouveau, régénérez-le : l’ancienne adresse cessera de fonctionner.
                </p>
              ) : <p>Vous n’avez pas encore de lien d’agenda.</p>}
              <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-2w fr-mb-0">
                {feed.data.active || url !== undefined ? (
                  <>
                    <li><Button priority="secondary" disabled={create.isPending} onClick={() => setConfirming('regenerate')}>Régénérer le lien</Button></li>
                    <li><Button priority="tertiary" disabled={revoke.isPending} onClick={() => setConfirming('revoke')}>Révoquer le lien</Button></li>
                  </>
                ) : (
                  <li><Button disabled={create.isPending} onClick={generate}>Créer mon lien d’agenda</Button></li>
                )}
              </ul>
            </>
          )}
      <ConfirmDialog
        open={confirming !== null}
        title={confirming === 'revoke' ? 'Révoquer le lien d’agenda ?' : 'Régénérer le lien d’agenda ?'}
        confirmLabel={confirming === 'revoke' ? 'Révoquer' : 'Régénérer'}
        busy={create.isPending || revoke.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          if (confirming === 'regenerate') { generate(); return; }
          setConfirming(null);
          create.reset();
          revoke.mutate(undefined, { onSuccess: () => setNotice('Le lien est révoqué : les calendriers abonnés ne reçoivent plus vos rendez-vous.') });
        }}
      >
        <p>
          {confirming === 'revoke'
            ? 'Les calendriers abonnés à l’adresse actuelle ne recevront plus vos rendez-vous.'
            : 'L’adresse actuelle cessera aussitôt de fonctionner : il faudra abonner de nouveau votre calendrier avec la nouvelle.'}
        </p>
      </ConfirmDialog>
    </section>
  );
}
