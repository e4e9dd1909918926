import type { RequestDetail } from '../../../../shared/contracts/requests.ts';
import { RequestDetailView } from './RequestDetailView.tsx';
import { useActionNotice } from './ActionNotice.tsx';
import { AgentProfileSummary } from './AgentProfileSummary.tsx';
import { AttachmentUpload } from './AttachmentUpload.tsx';
import { BreakGlassForm } from './BreakGlassForm.tsx';
import { CloseForm } from './CloseForm.tsx';
import { MessageForm } from './MessageForm.tsx';
import { ReopenSection } from './ReopenSection.tsx';
import { StaffActions } from './StaffActions.tsx';
import { StaffReferralsSection } from './StaffReferralsSection.tsx';
import { Timeline } from './Timeline.tsx';

/** `/demandes/:id`: the adviser or coordinator reads, answers, notes, assigns and closes. */
export function StaffRequestView({ request }: { request: RequestDetail }) {
  const { abilities } = request;
  const notice = useActionNotice();
  const hidden = request.contentHidden || request.description === undefined;

  return (
    <>
      {notice.element}
      <RequestDetailView
        request={request}
        audience="staff"
        hiddenContentAction={
          abilities.breakGlass ? <BreakGlassForm requestId={request.id} onOpened={notice.announce} /> : undefined
        }
      />
      {abilities.reply && !hidden && request.attachments !== undefined && (
        <AttachmentUpload requestId={request.id} alreadyAttached={request.attachments.length} />
      )}
      <AgentProfileSummary request={request} />
      <StaffActions request={request} />
      <StaffReferralsSection request={request} onNotice={notice.announce} />

      <h2>Historique et échanges</h2>
      <Timeline entries={request.timeline} audience="staff" />

      {abilities.reply && (
        <MessageForm
          requestId={request.id}
          kind="message"
          id="reponse"
          title="Répondre à l’agent"
          label="Message à l’agent"
          hint="L’agent est prévenu par courriel (sans le texte du message) et le lit dans son espace."
          submitLabel="Envoyer à l’agent"
          successMessage="Le message est envoyé à l’agent."
        />
      )}
      {abilities.note && (
        <MessageForm
          requestId={request.id}
          kind="note"
          id="note"
          title="Ajouter une note interne"
          label="Note interne"
          hint="Jamais visible par l’agent. Lisible par les personnes qui traitent la demande."
          submitLabel="Enregistrer la note"
          successMessage="La note interne est enregistrée."
        />
      )}
      {abilities.close && request.status !== 'closed' && (
        <CloseForm requestId={request.id} onClosed={notice.announce} />
      )}
      {abilities.reopen && request.status === 'closed' && (
        <ReopenSection requestId={request.id} forAgent={false} onReopened={notice.announce} />
      )}
    </>
  );
}
