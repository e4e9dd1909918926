import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import { SURVEY_TEXT_MAX } from '../../../../shared/contracts/limits.ts';
import type { SurveyAnswer } from '../../../../shared/contracts/satisfaction.ts';
import { isApiError } from '../../../api/client.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatFullDate } from '../../../format.ts';
import { useAnswerSurvey, useSurvey } from '../api/satisfaction.ts';
import { useQuestionnaireSubmit, type QuestionnaireEnd } from '../api/useQuestionnaireSubmit.ts';
import { EASE_LABELS, firstChoiceId, ScaleField } from '../components/ScaleField.tsx';
import { AlreadyAnswered, ExpiredLink, ThankYou, UnknownLink } from '../components/SurveyStates.tsx';

type ScaleName = 'ease' | 'delay' | 'listening' | 'clarity' | 'usefulness' | 'overall';

/** The questions, in the order asked; the words are those of the Services Publics+ questionnaires. */
const QUESTIONS: Array<{ name: ScaleName; legend: string; short: string; scale: 'five' | 'ten'; words?: readonly string[] }> = [
  { name: 'ease', legend: 'A-t-il été facile de joindre le service RH de proximité ?', short: 'Facilité à joindre le service', scale: 'five', words: EASE_LABELS },
  { name: 'delay', legend: 'Êtes-vous satisfait du délai de réponse ?', short: 'Délai de réponse', scale: 'five' },
  { name: 'listening', legend: 'Êtes-vous satisfait de l’écoute qui vous a été accordée ?', short: 'Écoute', scale: 'five' },
  { name: 'clarity', legend: 'La réponse apportée était-elle claire ?', short: 'Clarté de la réponse', scale: 'five' },
  { name: 'usefulness', legend: 'La réponse ou l’orientation proposée vous a-t-elle été utile ?', short: 'Utilité de la réponse', scale: 'five' },
  { name: 'overall', legend: 'Globalement, quelle note de 0 à 10 donnez-vous au service ?', short: 'Satisfaction globale', scale: 'ten' },
];

/** `/enquete/:token`: the survey after closure, reached from the e-mail, without signing in. */
export function SurveyPage() {
  const { token = '' } = useParams();
  const survey = useSurvey(token);
  const [done, setDone] = useState<QuestionnaireEnd | null>(null);
  usePageTitle('Questionnaire de satisfaction');

  if (done === 'thanks') return <ThankYou about={survey.data ? `la demande ${survey.data.reference}` : undefined} />;
  if (done === 'answered') return <AlreadyAnswered />;
  if (done === 'expired') return <ExpiredLink />;
  if (survey.isPending) return <Loading label="Chargement du questionnaire…" />;
  if (survey.isError) return isApiError(survey.error, 404) ? <UnknownLink /> : <ErrorAlert error={survey.error} title="Le questionnaire n’a pas pu être chargé" />;
  if (survey.data.status === 'answered') return <AlreadyAnswered about={`demande ${survey.data.reference}`} />;
  if (survey.data.status === 'expired') return <ExpiredLink />;
  return <SurveyForm token={token} reference={survey.data.reference} expiresAt={survey.data.expiresAt} onDone={setDone} />;
}

function SurveyForm({ token, reference, expiresAt, onDone }: {
  token: string; reference: string; expiresAt: string; onDone: (end: QuestionnaireEnd) => void;
}) {
  const answer = useAnswerSurvey(token);
  const { errors, summaryRef, submit, summaryItems, summaryTitle } = useQuestionnaireSubmit(answer.mutateAsync, onDone);
  const [values, setValues] = useState<Partial<Record<ScaleName, number>>>({});
  const [improvement, setImprovement] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing = Object.fromEntries(QUESTIONS.filter((q) => values[q.name] === undefined).map((q) => [q.name, 'Choisissez une réponse.']));
    if (improvement.length > SURVEY_TEXT_MAX) missing.improvement = `Au plus ${SURVEY_TEXT_MAX} caractères.`;
    await submit(missing, (): SurveyAnswer => ({
      ...(values as Record<ScaleName, number>), ...(improvement.trim() ? { improvement: improvement.trim() } : {}),
    }));
  }

  const summary = summaryItems((field) => {
    const question = QUESTIONS.find((q) => q.name === field);
    return question
      ? { label: question.short, targetId: firstChoiceId(question.name) }
      : { label: 'Ce qui devrait s’améliorer', targetId: 'enquete-amelioration' };
  });

  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-lg-8">
        <h1>Votre avis sur le service RH de proximité</h1>
        <p className="fr-text--lead">
          Ce questionnaire porte sur votre demande <strong>{reference}</strong>, close récemment. Il prend deux minutes et ne demande
          pas de vous connecter.
        </p>
        <p>
          Vos réponses servent à améliorer le service ; elles sont présentées sans votre nom. Le lien est valable jusqu’au{' '}
          {formatFullDate(expiresAt)}, pour une seule réponse.
        </p>
        <form onSubmit={onSubmit} noValidate aria-busy={answer.isPending}>
          <ErrorSummary ref={summaryRef} items={summary} title={summaryTitle} />
          <p className="fr-hint-text">Sauf mention contraire, toutes les questions appellent une réponse.</p>
          {QUESTIONS.map((q) => (
            <ScaleField
              key={q.name}
              name={q.name}
              legend={q.legend}
              scale={q.scale}
              words={q.words}
              value={values[q.name]}
              error={errors[q.name]}
              onChange={(value) => setValues((previous) => ({ ...previous, [q.name]: value }))}
            />
          ))}
          <Input
            label="Que devrions-nous améliorer ? (facultatif)"
            hintText={`N’indiquez ni nom ni élément personnel : ce texte est lu par le coordonnateur académique, sans votre nom. ${SURVEY_TEXT_MAX} caractères au plus.`}
            textArea
            state={errors.improvement ? 'error' : 'default'}
            stateRelatedMessage={errors.improvement}
            nativeTextAreaProps={{ id: 'enquete-amelioration', value: improvement, rows: 5, maxLength: SURVEY_TEXT_MAX, onChange: (e) => setImprovement(e.target.value) }}
          />
          <Button type="submit" disabled={answer.isPending}>Envoyer mon avis</Button>
        </form>
      </div>
    </div>
  );
}
