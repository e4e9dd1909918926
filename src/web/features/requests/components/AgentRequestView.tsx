import type { RequestDetail } from '../../../../shared/contracts/requests.ts';
import { RequestDetailView } from './RequestDetailView.tsx';
import { useActionNotice } from './ActionNotice.tsx';
import { AgentReferralsSection } from './AgentReferralsSection.tsx';
import { AttachmentUpload } from './AttachmentUpload.tsx';
import { MessageForm } from './MessageForm.tsx';
import { ReadersSection } from './ReadersSection.tsx';
import { ReopenSection } from './ReopenSection.tsx';
import { Timeline } from './Timeline.tsx';
import { BookFromRequest } from '../../appointments/components/BookFromRequest.tsx';

/** `/mes-demandes/:id`: the agent follows their request, answers, reopens, sees who read it. */
export function AgentRequestView({ request }: { request: RequestDetail }) {
  const { abilities } = request;
  const attachmentsCount = request.attachments?.length ?? 0;
  const notice = useActionNotice();

  return (
    <>
      {notice.element}
      <RequestDetailView request={request} audience="agent" />
      {abilities.reply && request.attachments !== undefined && (
        <AttachmentUpload requestId={request.id} alreadyAttached={attachmentsCount} />
      )}
      <AgentReferralsSection requestId={request.id} onNotice={notice.announce} />
      <BookFromRequest request={request} />

      <h2>Historique et échanges</h2>
      <Timeline entries={request.timeline} audience="agent" />

      {abilities.reply && (
        <MessageForm
          requestId={request.id}
          kind="message"
          id="reponse"
          title="Écrire à votre conseiller"
          label="Votre message"
          hint="Votre message s’ajoute aux échanges de la demande ; votre conseiller le lit dans son espace."
          submitLabel="Envoyer le message"
          successMessage="Votre message est envoyé."
        />
      )}

      {abilities.reopen && (
        <ReopenSection requestId={request.id} forAgent onReopened={notice.announce} />
      )}

      <ReadersSection requestId={request.id} />
    </>
  );
}
