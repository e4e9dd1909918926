import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { AgentSearchResult } from '../../../../shared/contracts/people.ts';
import type { LoggedCall } from '../../../../shared/contracts/phone-line.ts';
import { PHONE_CALL_SUMMARY_MAX, REQUEST_SUBJECT_MAX } from '../../../../shared/contracts/limits.ts';
import { HALF_DAY_LABELS, TOPIC_LABELS, TOPICS, type Topic } from '../../../../shared/glossary.ts';
import { errorMessages } from '../../../api/client.ts';
import { ErrorSummary, focusSoon, type SummaryItem } from '../../../components/ErrorSummary.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { AgentPicker } from '../../requests/components/AgentPicker.tsx';
import { useLogCall, useMyShifts } from '../api/phone-line.ts';
import { formatDay } from '../components/format.ts';

const LABELS: Record<string, string> = { agentId: 'Agent', topic: 'Thème', subject: 'Objet', summary: 'Résumé de l’appel' };

/** « Enregistrer un appel » in one step: the agent, the topic, a subject line and the summary; a request with channel « téléphone ». */
function LogCallForm({ onLogged }: { onLogged: (call: LoggedCall) => void }) {
  const log = useLogCall();
  const [agent, setAgent] = useState<AgentSearchResult | null>(null);
  const [topic, setTopic] = useState<Topic | ''>('');
  const [subject, setSubject] = useState('');
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const summaryRef = useRef<HTMLDivElement>(null);
  const state = (f: string) => (errors[f] ? { state: 'error' as const, stateRelatedMessage: errors[f] } : {});
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (agent === null) found.agentId = 'Choisissez l’agent qui a appelé.';
    if (topic === '') found.topic = 'Choisissez le thème.';
    if (subject.trim() === '') found.subject = 'Indiquez l’objet de l’appel.';
    if (summary.trim() === '') found.summary = 'Résumez l’appel.';
    setErrors(found);
    if (Object.keys(found).length > 0 || agent === null || topic === '') { focusSoon(() => summaryRef.current); return; }
    log.mutate({ agentId: agent.id, topic, subject: subject.trim(), summary }, {
      onSuccess: onLogged,
      onError: (error) => {
        const { summary: message, fields } = errorMessages(error, 'L’appel n’a pas pu être enregistré. Réessayez.');
        setErrors(Object.keys(fields).length > 0 ? fields : { form: message });
        focusSoon(() => summaryRef.current);
      },
    });
  };
  const items: SummaryItem[] = Object.entries(errors).map(([field, message]) => (field === 'form' ? { message }
    : { message, targetId: field === 'agentId' ? 'appel-ligne-agent-search' : `appel-${field}`, label: LABELS[field] ?? field }));
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={log.isPending}>
      <ErrorSummary ref={summaryRef} items={items} title={errors.form ? 'L’appel n’a pas pu être enregistré' : undefined} />
      <AgentPicker idPrefix="appel-ligne" selected={agent} onSelect={(a) => { setAgent(a); setErrors(({ agentId: _, ...rest }) => rest); }} {...(errors.agentId ? { error: errors.agentId } : {})} />
      <Select label="Thème" {...state('topic')} nativeSelectProps={{ id: 'appel-topic', value: topic, onChange: (e) => setTopic(e.target.value as Topic) }}>
        <option value="" disabled>Choisissez le thème</option>
        {TOPICS.map((t) => <option key={t} value={t}>{TOPIC_LABELS[t]}</option>)}
      </Select>
      <Input label="Objet" {...state('subject')} nativeInputProps={{ id: 'appel-subject', value: subject, maxLength: REQUEST_SUBJECT_MAX, onChange: (e) => setSubject(e.target.value) }} />
      <Input label="Résumé de l’appel" textArea hintText="Ce que l’agent demande, ce qui lui a été répondu." {...state('summary')}
        nativeTextAreaProps={{ id: 'appel-summary', value: summary, rows: 5, maxLength: PHONE_CALL_SUMMARY_MAX, onChange: (e) => setSummary(e.target.value) }} />
      <Button type="submit" disabled={log.isPending}>Enregistrer l’appel</Button>
    </form>
  );
}

/** `/permanence-telephonique`: the adviser's shifts on the phone line, and the call logged in one step. */
export function PhoneLinePage() {
  usePageTitle('Permanence téléphonique');
  const shifts = useMyShifts();
  const [logged, setLogged] = useState<LoggedCall | null>(null);
  const [formKey, setFormKey] = useState(0);
  const doneRef = useRef<HTMLDivElement>(null);
  return (
    <>
      <h1>Permanence téléphonique</h1>
      {shifts.isPending ? <Loading label="Chargement de vos permanences…" />
        : shifts.isError ? <ErrorAlert error={shifts.error} title="Vos permanences n’ont pas pu être chargées" />
          : (
            <>
              <p className="fr-text--lead">{shifts.data.onDuty ? 'Vous êtes de permanence sur la ligne en ce moment.' : 'Vous n’êtes pas de permanence sur la ligne en ce moment.'}</p>
              <section aria-labelledby="mes-permanences-tel" className="fr-mb-4w">
                <h2 id="mes-permanences-tel">Mes prochaines permanences</h2>
                {shifts.data.items.length === 0 ? <p>Aucune permanence prévue dans les quatre prochaines semaines.</p> : (
                  <ul>{shifts.data.items.map((s) => <li key={`${s.day}-${s.halfDay}-${s.territory.code}`}>{formatDay(s.day)}, {HALF_DAY_LABELS[s.halfDay].toLowerCase()} — {s.territoryLabel}</li>)}</ul>
                )}
              </section>
            </>
          )}
      <section aria-labelledby="enregistrer-appel">
        <h2 id="enregistrer-appel">Enregistrer un appel</h2>
        <div ref={doneRef} tabIndex={-1}>
          {logged && (
            <Alert severity="success" small className="fr-mb-4w" closable onClose={() => setLogged(null)}
              description={<>L’appel est enregistré : demande <Link to={`/demandes/${logged.requestId}`}>{logged.reference}</Link>. L’agent reçoit son accusé de réception.</>} />
          )}
        </div>
        <div className="fr-grid-row"><div className="fr-col-12 fr-col-lg-8">
          <LogCallForm key={formKey} onLogged={(call) => { setLogged(call); setFormKey((k) => k + 1); requestAnimationFrame(() => doneRef.current?.focus()); }} />
        </div></div>
      </section>
    </>
  );
}
