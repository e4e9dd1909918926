import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { AssistantAnswer } from '../../../../shared/contracts/knowledge-base.ts';
import { ASSISTANT_QUESTION_MAX } from '../../../../shared/contracts/limits.ts';
import { errorMessages } from '../../../api/client.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useAssistant } from '../api/knowledgeBase.ts';
import { AcademieChoice, useReaderAcademie } from '../components/AcademieChoice.tsx';
import { AssistantAnswerView } from '../components/AssistantAnswerView.tsx';
import { KbTrail } from '../components/KbTrail.tsx';
import { helpCenterPath } from '../paths.ts';
import '../knowledge-base.css';

/**
 * « Poser une question »: the assistant shows passages of published articles as they are written,
 * with their links, and never a sentence of its own; when it has nothing, or the question touches
 * health, violence, harassment or distress, it offers the adviser and the listening line. The
 * answer is written into a live region; nothing of the exchange is kept.
 */
export function AssistantPage() {
  usePageTitle('Poser une question');
  const [academie, setAcademie] = useReaderAcademie();
  const [question, setQuestion] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [answer, setAnswer] = useState<{ question: string; result: AssistantAnswer } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const assistant = useAssistant();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const asked = question.replace(/\s+/g, ' ').trim();
    if (asked === '') {
      setError('Écrivez votre question.');
      inputRef.current?.focus();
      return;
    }
    if (asked.length > ASSISTANT_QUESTION_MAX) {
      setError(`Votre question dépasse ${ASSISTANT_QUESTION_MAX} caractères : raccourcissez-la.`);
      inputRef.current?.focus();
      return;
    }
    setError(null);
    assistant.mutate(
      { question: asked, ...(academie === undefined ? {} : { academie }) },
      {
        onSuccess: (result) => setAnswer({ question: asked, result }),
        onError: (failure) => {
          setAnswer(null);
          setError(errorMessages(failure, 'La question n’a pas pu être posée. Réessayez.').summary);
          inputRef.current?.focus();
        },
      },
    );
  };

  return (
    <>
      <KbTrail current="Poser une question" />
      <h1>Poser une question</h1>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-lg-8">
          <p className="fr-text--lead">
            Posez votre question avec vos mots : vous lirez les passages des fiches de l’académie qui y répondent, avec le lien
            vers chaque fiche. Si rien ne correspond, vous pourrez écrire à un conseiller RH de proximité.
          </p>
          <p className="fr-text--sm">
            Les réponses sont des extraits des fiches publiées, cités tels quels. Votre question n’est pas conservée avec votre nom :
            seuls les mots des questions restées sans réponse sont comptés, pour améliorer les fiches.
          </p>
          <form onSubmit={onSubmit} noValidate aria-busy={assistant.isPending} className="fr-mb-4w">
            <Input
              label="Votre question"
              hintText="Par exemple : « Comment demander un congé de formation professionnelle ? »"
              {...(error === null ? {} : { state: 'error' as const, stateRelatedMessage: error })}
              nativeInputProps={{
                id: 'assistant-question',
                ref: inputRef,
                type: 'text',
                autoComplete: 'off',
                value: question,
                onChange: (event) => setQuestion(event.target.value),
              }}
            />
            <AcademieChoice id="assistant-academie" value={academie} onChange={setAcademie} />
            <Button type="submit" disabled={assistant.isPending} iconId="fr-icon-question-answer-line" iconPosition="left">
              Poser la question
            </Button>
          </form>

          <section aria-labelledby="assistant-reponse-titre">
            <h2 id="assistant-reponse-titre" className="fr-sr-only">Réponse</h2>
            <div aria-live="polite" aria-atomic="false">
              {assistant.isPending && <p className="fr-text--sm">Recherche dans les fiches…</p>}
              {!assistant.isPending && answer !== null && (
                <AssistantAnswerView key={answer.question} question={answer.question} answer={answer.result} />
              )}
            </div>
          </section>
        </div>
        <aside className="fr-col-12 fr-col-lg-4" aria-labelledby="assistant-aussi">
          <div className="kb-aside fr-p-3w">
            <h2 id="assistant-aussi" className="fr-h5">Vous pouvez aussi</h2>
            <ul className="fr-raw-list">
              <li className="fr-mb-1w">
                <Link className="fr-link fr-icon-search-line fr-link--icon-left" to={helpCenterPath()}>
                  Chercher dans les informations RH
                </Link>
              </li>
              <li className="fr-mb-1w">
                <Link className="fr-link fr-icon-team-line fr-link--icon-left" to="/qui-contacter">
                  Trouver qui contacter
                </Link>
              </li>
              <li>
                <Link className="fr-link fr-icon-mail-line fr-link--icon-left" to="/mon-espace/nouvelle-demande">
                  Écrire à un conseiller RH de proximité
                </Link>
              </li>
            </ul>
          </div>
        </aside>
      </div>
    </>
  );
}
