import { Button } from '@codegouvfr/react-dsfr/Button';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../../auth/api/session.ts';
import { keepRequestDraft, requestDraftState, type RequestPrefill } from '../../requests/requestDraft.ts';
import type { AssistantAnswer, ListeningLine as ListeningLineInfo, RequestDraft } from '../../../../shared/contracts/knowledge-base.ts';
import { Passage } from './Passage.tsx';

const NEW_REQUEST_PATH = '/mon-espace/nouvelle-demande';

/** What the assistant found: the passages as written, and, when it hands over, the adviser and the listening line. */
export function AssistantAnswerView({ question, answer }: { question: string; answer: AssistantAnswer }) {
  const { passages, handover } = answer;
  // Health, violence, harassment, distress: the adviser and the listening line come first, the articles after.
  const sensitive = handover?.reason === 'sensitive';
  const handoverBlock = handover !== null && (
    <div className="kb-handover fr-p-3w fr-mb-3w">
      <h3 className="fr-h5">Un conseiller peut vous aider</h3>
      <p>{handover.message}</p>
      {handover.listeningLine && <ListeningLine line={handover.listeningLine} />}
      <AdviserOffer question={question} draft={handover.requestDraft} />
    </div>
  );
  return (
    <div className="kb-answer fr-mb-4w">
      {sensitive && handoverBlock}
      {!(sensitive && passages.length === 0) && (
        <p className="fr-text--bold">
          {passages.length === 0
            ? 'Les fiches publiées ne répondent pas à cette question.'
            : sensitive
              ? 'Ces passages des fiches publiées peuvent aussi vous être utiles :'
              : passages.length === 1
                ? 'Un passage des fiches publiées répond à votre question :'
                : `${passages.length} passages des fiches publiées répondent à votre question :`}
        </p>
      )}
      {passages.length > 0 && (
        <ul className="fr-raw-list">
          {passages.map((passage, index) => (
            <li key={`${passage.articleId}-${index}`}>
              <Passage title={passage.title} url={passage.url} text={passage.text} />
            </li>
          ))}
        </ul>
      )}
      {handover === null
        ? <AdviserOffer question={question} draft={undefined} intro="Ces passages ne répondent pas à votre situation ?" />
        : !sensitive && handoverBlock}
    </div>
  );
}

function ListeningLine({ line }: { line: ListeningLineInfo }) {
  return (
    <p className="kb-listening fr-p-2w">
      <span className="fr-icon-phone-line fr-mr-1w" aria-hidden="true" />
      {line.label}
      {' : '}
      <a href={`tel:${line.phone.replace(/[^0-9+]/g, '')}`} className="fr-text--bold">
        {line.phone}
      </a>
      {line.hours && <>{` (${line.hours})`}</>}
    </p>
  );
}

/**
 * « Écrire à un conseiller »: the new-request form opens with the question, which the agent
 * reads and changes before sending. A visitor signs in first (the draft waits in this tab).
 */
function AdviserOffer({ question, draft, intro }: { question: string; draft: RequestDraft | undefined; intro?: string }) {
  const session = useSession();
  const navigate = useNavigate();
  const prefill: RequestPrefill = draft === undefined
    ? { subject: question.length <= 120 ? question : `${question.slice(0, 117)}…`, description: question }
    : { topic: draft.topic, subject: draft.subject, description: draft.description };
  // Staff without an agent's space write no request of their own here.
  if (session.data && !session.data.abilities.submitRequests) return null;

  const write = () => {
    if (session.data) {
      void navigate(NEW_REQUEST_PATH, { state: requestDraftState(prefill) });
      return;
    }
    keepRequestDraft(prefill);
    void navigate(`/connexion?retour=${encodeURIComponent(NEW_REQUEST_PATH)}`);
  };

  return (
    <div className="fr-mt-2w">
      {intro && <p className="fr-mb-1w">{intro}</p>}
      <Button iconId="fr-icon-mail-line" iconPosition="left" priority={intro ? 'secondary' : 'primary'} onClick={write}>
        Écrire à un conseiller
      </Button>
      <p className="fr-hint-text fr-mt-1w">
        {session.data
          ? 'Le formulaire de demande s’ouvre avec votre question : vous la relisez et la complétez avant de l’envoyer.'
          : 'Connectez-vous d’abord : le formulaire de demande s’ouvrira avec votre question, que vous relirez avant de l’envoyer.'}
      </p>
    </div>
  );
}
