import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { NEWSLETTER_KINDS, NEWSLETTER_KIND_LABELS, NEWSLETTER_STATUS_LABELS, type NewsletterKind } from '../../../../shared/glossary.ts';
import { NEWSLETTER_TITLE_MAX } from '../../../../shared/contracts/limits.ts';
import { ACADEMIES, academieLabel } from '../../../../shared/territories.ts';
import { errorMessages } from '../../../api/client.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { useRequiredSession } from '../../../components/RequireAbility.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useCreateIssue, useIssues } from '../api/newsletters.ts';

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });

/** « Contenus » › Lettres d’information: the issues of the editor's académies, and a new one. */
export function NewslettersPage() {
  usePageTitle('Lettres d’information — Contenus');
  const session = useRequiredSession();
  const grants = session.roles.filter((r) => r.role === 'editor');
  const academies = grants.some((g) => g.territory.level === 'national') ? ACADEMIES.map((a) => a.code)
    : grants.filter((g) => g.territory.level === 'academie').map((g) => g.territory.code);
  const issues = useIssues();
  const create = useCreateIssue();
  const navigate = useNavigate();
  const [academie, setAcademie] = useState(academies[0] ?? '');
  const [kind, setKind] = useState<NewsletterKind>('quarterly');
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const summaryRef = useRef<HTMLDivElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ academie, kind, title }, {
      onSuccess: (issue) => navigate(`/contenus/lettres/${issue.id}`),
      onError: (error) => {
        const { summary, fields } = errorMessages(error, 'La lettre n’a pas pu être créée.');
        setErrors(Object.keys(fields).length > 0 ? fields : { form: summary });
        setTimeout(() => summaryRef.current?.focus());
      },
    });
  };

  return (
    <>
      <nav role="navigation" className="fr-breadcrumb" aria-label="vous êtes ici :">
        <ol className="fr-breadcrumb__list">
          <li><Link className="fr-breadcrumb__link" to="/contenus">Contenus</Link></li>
          <li><a className="fr-breadcrumb__link" aria-current="page">Lettres d’information</a></li>
        </ol>
      </nav>
      <h1>Lettres d’information</h1>
      <p className="fr-text--lead">La lettre RH trimestrielle et le flash hebdomadaire : rédigés par un éditeur, validés par un autre, envoyés à l’heure choisie aux agents abonnés.</p>

      <h2>Nouvelle lettre</h2>
      <ErrorSummary ref={summaryRef} items={Object.entries(errors).map(([field, message]) => ({ message, ...(field === 'form' ? {} : { targetId: `nl-${field}` }) }))} />
      <form onSubmit={submit} noValidate className="fr-mb-6w">
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            <Select label="Académie" nativeSelectProps={{ id: 'nl-academie', value: academie, onChange: (e) => setAcademie(e.target.value) }}>
              {academies.map((a) => <option key={a} value={a}>{academieLabel(a)}</option>)}
            </Select>
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Select label="Type de lettre" nativeSelectProps={{ id: 'nl-kind', value: kind, onChange: (e) => setKind(e.target.value as NewsletterKind) }}>
              {NEWSLETTER_KINDS.map((k) => <option key={k} value={k}>{NEWSLETTER_KIND_LABELS[k]}</option>)}
            </Select>
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Input label="Titre" {...(errors.title ? { state: 'error' as const, stateRelatedMessage: errors.title } : {})}
              nativeInputProps={{ id: 'nl-title', required: true, maxLength: NEWSLETTER_TITLE_MAX, value: title, onChange: (e) => setTitle(e.target.value) }} />
          </div>
        </div>
        <button type="submit" className="fr-btn" disabled={create.isPending}>Rédiger la lettre</button>
      </form>

      <h2>Lettres</h2>
      {issues.isPending ? <Loading label="Chargement des lettres…" />
        : issues.isError ? <ErrorAlert error={issues.error} title="Les lettres n’ont pas pu être chargées" />
          : issues.data.items.length === 0 ? <p>Aucune lettre pour le moment.</p> : (
            <div className="fr-table"><table>
              <caption>Lettres d’information de vos académies</caption>
              <thead><tr><th scope="col">Titre</th><th scope="col">Type</th><th scope="col">Académie</th><th scope="col">État</th><th scope="col">Envoi</th></tr></thead>
              <tbody>
                {issues.data.items.map((i) => (
                  <tr key={i.id}>
                    <td><Link to={`/contenus/lettres/${i.id}`}>{i.title}</Link></td>
                    <td>{NEWSLETTER_KIND_LABELS[i.kind]}</td>
                    <td>{academieLabel(i.academie)}</td>
                    <td>{NEWSLETTER_STATUS_LABELS[i.status]}</td>
                    <td>{i.sentAt ? `Envoyée le ${dateTime.format(new Date(i.sentAt))}` : i.sendAt ? `Prévue le ${dateTime.format(new Date(i.sendAt))}` : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table></div>
          )}
    </>
  );
}
