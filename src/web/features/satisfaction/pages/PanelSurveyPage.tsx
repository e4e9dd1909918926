import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import { HEARD_FROM, HEARD_FROM_LABELS, type HeardFrom } from '../../../../shared/glossary.ts';
import { SURVEY_TEXT_MAX } from '../../../../shared/contracts/limits.ts';
import type { PanelAnswer } from '../../../../shared/contracts/satisfaction.ts';
import { isApiError } from '../../../api/client.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatFullDate } from '../../../format.ts';
import { useAnswerPanelSurvey, usePanelSurvey } from '../api/satisfaction.ts';
import { useQuestionnaireSubmit, type QuestionnaireEnd } from '../api/useQuestionnaireSubmit.ts';
import { EASE_LABELS, firstChoiceId, ScaleField } from '../components/ScaleField.tsx';
import { AlreadyAnswered, ExpiredLink, ThankYou, UnknownLink } from '../components/SurveyStates.tsx';

type ScaleName = 'reachEase' | 'overall' | 'listening' | 'clarity' | 'delay' | 'usefulness';
interface Question { name: ScaleName; legend: string; short: string; scale: 'five' | 'ten'; words?: readonly string[] }

const ACCESS: Question[] = [
  { name: 'reachEase', legend: 'A-t-il été facile de joindre le service ?', short: 'Facilité à joindre le service', scale: 'five', words: EASE_LABELS },
];
const OVERALL: Question[] = [
  { name: 'overall', legend: 'Globalement, quelle note de 0 à 10 donnez-vous au service RH de proximité ?', short: 'Satisfaction globale', scale: 'ten' },
];
const DETAIL: Question[] = [
  { name: 'listening', legend: 'L’écoute qui vous a été accordée', short: 'Écoute', scale: 'five' },
  { name: 'clarity', legend: 'La clarté des réponses', short: 'Clarté', scale: 'five' },
  { name: 'delay', legend: 'Le délai de réponse', short: 'Délai', scale: 'five' },
  { name: 'usefulness', legend: 'L’utilité de l’accompagnement', short: 'Utilité', scale: 'five' },
];
const QUESTIONS = [...ACCESS, ...OVERALL, ...DETAIL];

/** `/enquete-nationale/:token`: the national panel's questionnaire, without signing in. */
export function PanelSurveyPage() {
  const { token = '' } = useParams();
  const survey = usePanelSurvey(token);
  const [done, setDone] = useState<QuestionnaireEnd | null>(null);
  usePageTitle('Enquête nationale de satisfaction');

  if (done === 'thanks') return <ThankYou />;
  if (done === 'answered') return <AlreadyAnswered />;
  if (done === 'expired') return <ExpiredLink />;
  if (survey.isPending) return <Loading label="Chargement du questionnaire…" />;
  if (survey.isError) return isApiError(survey.error, 404) ? <UnknownLink /> : <ErrorAlert error={survey.error} title="Le questionnaire n’a pas pu être chargé" />;
  if (survey.data.status === 'answered') return <AlreadyAnswered />;
  if (survey.data.status === 'expired') return <ExpiredLink />;
  return <PanelForm token={token} expiresAt={survey.data.expiresAt} onDone={setDone} />;
}

function PanelForm({ token, expiresAt, onDone }: { token: string; expiresAt: string; onDone: (end: QuestionnaireEnd) => void }) {
  const answer = useAnswerPanelSurvey(token);
  const { errors, summaryRef, submit, summaryItems, summaryTitle } = useQuestionnaireSubmit(answer.mutateAsync, onDone);
  const [values, setValues] = useState<Partial<Record<ScaleName, number>>>({});
  const [heardFrom, setHeardFrom] = useState<HeardFrom | null>(null);
  const [expectations, setExpectations] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (heardFrom === null) missing.heardFrom = 'Choisissez une réponse.';
    for (const q of QUESTIONS) if (values[q.name] === undefined) missing[q.name] = 'Choisissez une réponse.';
    if (expectations.length > SURVEY_TEXT_MAX) missing.expectations = `Au plus ${SURVEY_TEXT_MAX} caractères.`;
    await submit(missing, (): PanelAnswer => ({
      // Built only when nothing is missing: `heardFrom` is chosen.
      heardFrom: heardFrom!, ...(values as Record<ScaleName, number>), ...(expectations.trim() ? { expectations: expectations.trim() } : {}),
    }));
  }

  const summary = summaryItems((field) => {
    const question = QUESTIONS.find((q) => q.name === field);
    if (question) return { label: question.short, targetId: firstChoiceId(question.name) };
    if (field === 'heardFrom') return { label: 'Connaissance du service', targetId: 'heardFrom-0' };
    return { label: 'Vos attentes', targetId: 'panel-attentes' };
  });

  const scale = (q: Question) => (
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
  );

  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-lg-8">
        <h1>Enquête nationale sur le service RH de proximité</h1>
        <p className="fr-text--lead">
          Vous avez fait appel au service RH de proximité et avez été tiré au sort pour donner votre avis. Le questionnaire prend
          cinq minutes et ne demande pas de vous connecter.
        </p>
        <p>
          Les réponses sont exploitées de façon globale, sans votre nom. Le lien est valable jusqu’au {formatFullDate(expiresAt)}, pour
          une seule réponse.
        </p>
        <form onSubmit={onSubmit} noValidate aria-busy={answer.isPending}>
          <ErrorSummary ref={summaryRef} items={summary} title={summaryTitle} />
          <p className="fr-hint-text">Sauf mention contraire, toutes les questions appellent une réponse.</p>

          <h2 className="fr-h4">Accès au service</h2>
          <RadioButtons
            id="heardFrom"
            legend="Comment avez-vous connu le service RH de proximité ?"
            name="heardFrom"
            state={errors.heardFrom ? 'error' : 'default'}
            stateRelatedMessage={errors.heardFrom}
            options={HEARD_FROM.map((choice) => ({
              label: HEARD_FROM_LABELS[choice],
              nativeInputProps: { value: choice, checked: heardFrom === choice, onChange: () => setHeardFrom(choice) },
            }))}
          />
          {ACCESS.map(scale)}

          <h2 className="fr-h4">Satisfaction globale</h2>
          {OVERALL.map(scale)}

          <h2 className="fr-h4">Satisfaction détaillée</h2>
          <p>Êtes-vous satisfait de…</p>
          {DETAIL.map(scale)}

          <h2 className="fr-h4">Vos attentes</h2>
          <Input
            label="Qu’attendez-vous du service RH de proximité ? (facultatif)"
            hintText={`N’indiquez ni nom ni élément personnel. ${SURVEY_TEXT_MAX} caractères au plus.`}
            textArea
            state={errors.expectations ? 'error' : 'default'}
            stateRelatedMessage={errors.expectations}
            nativeTextAreaProps={{ id: 'panel-attentes', value: expectations, rows: 5, maxLength: SURVEY_TEXT_MAX, onChange: (e) => setExpectations(e.target.value) }}
          />
          <Button type="submit" disabled={answer.isPending}>Envoyer mes réponses</Button>
        </form>
      </div>
    </div>
  );
}
