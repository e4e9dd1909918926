import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { NewsletterIssue, NewsletterItemRef, NewsletterPreview, NewsletterSection, UpdateNewsletterBody } from '../../../../shared/contracts/newsletters.ts';
import type { ArticleSearchResults } from '../../../../shared/contracts/knowledge-base.ts';
import {
  NEWSLETTER_EDITORIAL_MAX, NEWSLETTER_SECTIONS_MAX, NEWSLETTER_SECTION_BODY_MAX, NEWSLETTER_SECTION_TITLE_MAX, NEWSLETTER_TITLE_MAX,
} from '../../../../shared/contracts/limits.ts';
import {
  AGENT_CATEGORIES, AGENT_CATEGORY_LABELS, NEWSLETTER_KINDS, NEWSLETTER_KIND_LABELS, NEWSLETTER_STATUS_LABELS, type AgentCategory, type NewsletterKind,
} from '../../../../shared/glossary.ts';
import { ACADEMIES, academieLabel } from '../../../../shared/territories.ts';
import { apiFetch, errorMessages, withQuery } from '../../../api/client.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useKeyDates } from '../../key-dates/api/keyDates.ts';
import { formatPeriod } from '../../key-dates/components/KeyDatesView.tsx';
import { useIssue, useIssueAction, useUpdateIssue } from '../api/newsletters.ts';

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });
/** « 2026-12-07T09:30 » in the browser's time, for a datetime-local field. */
const localInput = (iso: string | null) => {
  if (!iso) return '';
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

interface Draft {
  title: string; kind: NewsletterKind; editorial: string; items: NewsletterItemRef[]; sections: NewsletterSection[];
  departements: string[]; categories: AgentCategory[]; sendAt: string;
}
const draftOf = (i: NewsletterIssue): Draft => ({
  title: i.title, kind: i.kind, editorial: i.editorial, items: i.items, sections: i.sections,
  departements: i.audience.departements, categories: i.audience.categories, sendAt: localInput(i.sendAt),
});

/** The plain-text part of the mail, as mail clients without HTML show it. */
function TextPreview({ issueId, category, version }: { issueId: string; category: AgentCategory; version: number }) {
  const preview = useQuery({
    queryKey: ['newsletters', 'preview', issueId, category, version],
    queryFn: ({ signal }) => apiFetch<NewsletterPreview>(withQuery(`/api/newsletters/${issueId}/preview`, { category }), { signal }),
  });
  if (preview.isPending) return <Loading label="Préparation de l’aperçu…" />;
  if (preview.isError) return <ErrorAlert error={preview.error} title="L’aperçu n’a pas pu être préparé" />;
  return (
    <>
      <p className="fr-text--sm">Objet : « {preview.data.subject} »</p>
      <h3 className="fr-h6">Version texte</h3>
      <pre className="fr-p-2w fr-mb-4w" style={{ whiteSpace: 'pre-wrap', background: 'var(--background-alt-grey)' }}>{preview.data.text}</pre>
    </>
  );
}

function Progress({ issue }: { issue: NewsletterIssue }) {
  const { recipients, sent, failed, remaining, unsubscribed } = issue.progress;
  return (
    <section aria-labelledby="envoi" className="fr-mb-4w">
      <h2 id="envoi">Envoi</h2>
      <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list" aria-live="polite">
        {[['Destinataires', recipients], ['Envoyés', sent], ['En échec', failed], ['Restant à envoyer', remaining], ['Désinscriptions', unsubscribed]].map(([label, value]) => (
          <li key={label} className="fr-col-6 fr-col-md-2"><p className="fr-h3 fr-mb-0">{value}</p><p className="fr-text--sm">{label}</p></li>
        ))}
      </ul>
      {issue.sentAt && <p>Envoi terminé le {dateTime.format(new Date(issue.sentAt))}.</p>}
    </section>
  );
}

/** One issue: its composition (until approved), the preview as a recipient reads it, its approval and its sending. */
export function NewsletterPage() {
  const { id = '' } = useParams();
  const issue = useIssue(id);
  usePageTitle(issue.data ? `${issue.data.title} — Lettres d’information` : 'Lettre d’information');
  if (issue.isPending) return <Loading label="Chargement de la lettre…" />;
  if (issue.isError) return <ErrorAlert error={issue.error} title="La lettre n’a pas pu être chargée" />;
  return <IssueEditor issue={issue.data} />;
}

function IssueEditor({ issue }: { issue: NewsletterIssue }) {
  const update = useUpdateIssue(issue.id);
  const action = useIssueAction(issue.id);
  const [draft, setDraft] = useState<Draft>(() => draftOf(issue));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const [previewCategory, setPreviewCategory] = useState<AgentCategory>(issue.audience.categories[0] ?? 'second_degree');
  const [previewKey, setPreviewKey] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const keyDates = useKeyDates({ academie: issue.academie });
  const articles = useQuery({
    queryKey: ['articles', 'newsletter', issue.academie],
    queryFn: ({ signal }) => apiFetch<ArticleSearchResults>(withQuery('/api/articles', { academie: issue.academie, limit: 100 }), { signal }),
  });
  const departements = ACADEMIES.find((a) => a.code === issue.academie)?.departements ?? [];
  const [articleFilter, setArticleFilter] = useState('');
  const fold = (value: string) => value.toLocaleLowerCase('fr').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const chosenArticle = (id: string) => draft.items.some((r) => r.type === 'article' && r.articleId === id);
  const shownArticles = (articles.data?.items ?? []).filter((a) => !a.hrStaffOnly
    && (chosenArticle(a.id) || (articleFilter.trim() !== '' && fold(a.title).includes(fold(articleFilter.trim()))))).slice(0, 15);

  const fail = (fallback: string) => (error: unknown) => {
    const { summary, fields } = errorMessages(error, fallback);
    setErrors(Object.keys(fields).length > 0 ? fields : { form: summary });
    setTimeout(() => summaryRef.current?.focus());
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    const body: UpdateNewsletterBody = {
      title: draft.title, kind: draft.kind, editorial: draft.editorial, items: draft.items, sections: draft.sections,
      audience: { departements: draft.departements, categories: draft.categories }, sendAt: draft.sendAt ? new Date(draft.sendAt).toISOString() : null,
    };
    update.mutate(body, { onSuccess: () => { setErrors({}); setDone('La lettre est enregistrée.'); setPreviewKey((k) => k + 1); }, onError: fail('La lettre n’a pas pu être enregistrée.') });
  };
  const act = (name: 'submit' | 'approve' | 'cancel', message: string) => action.mutate(name, {
    onSuccess: () => { setErrors({}); setDone(message); }, onError: fail('L’action n’a pas pu aboutir.'),
  });
  const toggleItem = (ref: NewsletterItemRef, on: boolean) => {
    const same = (r: NewsletterItemRef) => (r.type === 'article' && ref.type === 'article' && r.articleId === ref.articleId)
      || (r.type === 'key_date' && ref.type === 'key_date' && r.keyDateId === ref.keyDateId);
    setDraft({ ...draft, items: on ? [...draft.items, ref] : draft.items.filter((r) => !same(r)) });
  };
  const setSection = (index: number, change: Partial<NewsletterSection>) =>
    setDraft({ ...draft, sections: draft.sections.map((s, i) => (i === index ? { ...s, ...change } : s)) });
  const editable = issue.abilities.edit;

  return (
    <>
      <nav role="navigation" className="fr-breadcrumb" aria-label="vous êtes ici :">
        <ol className="fr-breadcrumb__list">
          <li><Link className="fr-breadcrumb__link" to="/contenus">Contenus</Link></li>
          <li><Link className="fr-breadcrumb__link" to="/contenus/lettres">Lettres d’information</Link></li>
          <li><a className="fr-breadcrumb__link" aria-current="page">{issue.title}</a></li>
        </ol>
      </nav>
      <h1>{issue.title}</h1>
      <p>
        <span className="fr-badge fr-badge--info fr-mr-1w">{NEWSLETTER_STATUS_LABELS[issue.status]}</span>
        {NEWSLETTER_KIND_LABELS[issue.kind]} — {academieLabel(issue.academie)}. Rédigée par {issue.createdBy.displayName}
        {issue.updatedBy.id !== issue.createdBy.id ? `, modifiée en dernier par ${issue.updatedBy.displayName}` : ''}
        {issue.approvedBy ? `, validée par ${issue.approvedBy.displayName}` : ''}.
        {issue.sendAt && issue.status === 'approved' ? ` Envoi programmé le ${dateTime.format(new Date(issue.sendAt))}.` : ''}
      </p>
      {done && <div className="fr-alert fr-alert--success fr-alert--sm fr-mb-3w" role="status"><p>{done}</p></div>}
      <ErrorSummary ref={summaryRef} items={Object.entries(errors).map(([field, message]) => ({ message, ...(field === 'form' ? {} : { targetId: `nl-${field}` }) }))} />

      <div className="fr-btns-group fr-btns-group--inline-md fr-mb-4w">
        {issue.abilities.submit && <button type="button" className="fr-btn" onClick={() => act('submit', 'La lettre est soumise à validation : un autre éditeur doit la valider.')}>Soumettre à validation</button>}
        {issue.abilities.approve && <button type="button" className="fr-btn" onClick={() => act('approve', 'La lettre est validée : son envoi est programmé.')}>Valider et programmer l’envoi</button>}
        {issue.status === 'submitted' && !issue.abilities.approve && <p className="fr-text--sm">Un autre éditeur que la dernière personne à l’avoir modifiée doit valider cette lettre.</p>}
        {issue.abilities.cancel && <button type="button" className="fr-btn fr-btn--tertiary" onClick={() => act('cancel', 'La lettre est annulée.')}>Annuler la lettre</button>}
      </div>

      {(issue.status === 'sending' || issue.status === 'sent' || issue.status === 'approved') && <Progress issue={issue} />}

      {editable && (
        <form onSubmit={save} noValidate className="fr-mb-6w">
          <h2>Composition</h2>
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-8">
              <Input label="Titre" {...(errors.title ? { state: 'error' as const, stateRelatedMessage: errors.title } : {})}
                nativeInputProps={{ id: 'nl-title', maxLength: NEWSLETTER_TITLE_MAX, value: draft.title, onChange: (e) => setDraft({ ...draft, title: e.target.value }) }} />
            </div>
            <div className="fr-col-12 fr-col-md-4">
              <Select label="Type de lettre" nativeSelectProps={{ id: 'nl-kind', value: draft.kind, onChange: (e) => setDraft({ ...draft, kind: e.target.value as NewsletterKind }) }}>
                {NEWSLETTER_KINDS.map((k) => <option key={k} value={k}>{NEWSLETTER_KIND_LABELS[k]}</option>)}
              </Select>
            </div>
          </div>
          <Input label="Éditorial" hintText="Quelques lignes, texte simple." textArea
            nativeTextAreaProps={{ id: 'nl-editorial', rows: 4, maxLength: NEWSLETTER_EDITORIAL_MAX, value: draft.editorial, onChange: (e) => setDraft({ ...draft, editorial: e.target.value }) }} />

          <Checkbox legend="Dates-clés à annoncer" hintText="Les dates-clés publiées de l’académie et nationales."
            options={(keyDates.data?.items ?? []).filter((k) => k.status === 'scheduled').map((k) => ({
              label: `${k.title} (${formatPeriod(k)})`,
              nativeInputProps: { name: 'nl-key-dates', value: k.id, checked: draft.items.some((r) => r.type === 'key_date' && r.keyDateId === k.id),
                onChange: (e) => toggleItem({ type: 'key_date', keyDateId: k.id }, e.target.checked) },
            }))} />
          <Input label="Chercher un article à mettre à la une" hintText="Les articles publiés de la base de connaissances ; les articles choisis restent affichés."
            nativeInputProps={{ id: 'nl-article-filter', type: 'search', value: articleFilter, onChange: (e) => setArticleFilter(e.target.value) }} />
          {shownArticles.length > 0 && (
            <Checkbox legend="Articles à la une"
              options={shownArticles.map((a) => ({
                label: a.title,
                nativeInputProps: { name: 'nl-articles', value: a.id, checked: draft.items.some((r) => r.type === 'article' && r.articleId === a.id),
                  onChange: (e) => toggleItem({ type: 'article', articleId: a.id }, e.target.checked) },
              }))} />
          )}

          <h3>Focus par métier</h3>
          <p className="fr-text--sm">Chaque focus n’est montré qu’aux destinataires de la catégorie choisie.</p>
          {draft.sections.map((s, i) => (
            <fieldset key={i} className="fr-fieldset fr-mb-2w">
              <legend className="fr-fieldset__legend">Focus {i + 1}</legend>
              <div className="fr-fieldset__element">
                <Select label="Personnels concernés" nativeSelectProps={{ id: `nl-section-${i}-category`, value: s.category, onChange: (e) => setSection(i, { category: e.target.value as AgentCategory }) }}>
                  {AGENT_CATEGORIES.map((c) => <option key={c} value={c}>{AGENT_CATEGORY_LABELS[c]}</option>)}
                </Select>
                <Input label="Titre du focus" nativeInputProps={{ id: `nl-section-${i}-title`, maxLength: NEWSLETTER_SECTION_TITLE_MAX, value: s.title, onChange: (e) => setSection(i, { title: e.target.value }) }} />
                <Input label="Texte du focus" textArea nativeTextAreaProps={{ id: `nl-section-${i}-body`, rows: 3, maxLength: NEWSLETTER_SECTION_BODY_MAX, value: s.body,
                  onChange: (e) => setSection(i, { body: e.target.value }) }} />
                <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm" onClick={() => setDraft({ ...draft, sections: draft.sections.filter((_, j) => j !== i) })}>
                  Retirer le focus {i + 1}
                </button>
              </div>
            </fieldset>
          ))}
          {draft.sections.length < NEWSLETTER_SECTIONS_MAX && (
            <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm fr-mb-3w"
              onClick={() => setDraft({ ...draft, sections: [...draft.sections, { category: 'second_degree', title: '', body: '' }] })}>Ajouter un focus par métier</button>
          )}

          <h3>Destinataires et envoi</h3>
          <Checkbox legend="Départements" hintText="Aucune case cochée : toute l’académie." orientation="horizontal"
            options={departements.map((d) => ({ label: `${d.name} (${d.code})`, nativeInputProps: { name: 'nl-departements', value: d.code, checked: draft.departements.includes(d.code),
              onChange: (e) => setDraft({ ...draft, departements: e.target.checked ? [...draft.departements, d.code] : draft.departements.filter((x) => x !== d.code) }) } }))} />
          <Checkbox legend="Catégories de personnels" hintText="Aucune case cochée : tous les personnels." orientation="horizontal"
            options={AGENT_CATEGORIES.map((c) => ({ label: AGENT_CATEGORY_LABELS[c], nativeInputProps: { name: 'nl-categories', value: c, checked: draft.categories.includes(c),
              onChange: (e) => setDraft({ ...draft, categories: e.target.checked ? [...draft.categories, c] : draft.categories.filter((x) => x !== c) }) } }))} />
          <Input label="Date et heure d’envoi" hintText="Vide : dès la validation." {...(errors.sendAt ? { state: 'error' as const, stateRelatedMessage: errors.sendAt } : {})}
            nativeInputProps={{ id: 'nl-sendAt', type: 'datetime-local', value: draft.sendAt, onChange: (e) => setDraft({ ...draft, sendAt: e.target.value }) }} />
          <button type="submit" className="fr-btn" disabled={update.isPending}>Enregistrer la lettre</button>
          {issue.status === 'submitted' && <p className="fr-text--sm fr-mt-1w">Enregistrer une modification renvoie la lettre en brouillon : elle devra être soumise à nouveau.</p>}
        </form>
      )}

      <section aria-labelledby="apercu">
        <h2 id="apercu">Aperçu du courriel</h2>
        <Select label="Voir la lettre comme un destinataire de la catégorie" nativeSelectProps={{ id: 'nl-preview-category', value: previewCategory,
          onChange: (e) => setPreviewCategory(e.target.value as AgentCategory) }}>
          {AGENT_CATEGORIES.map((c) => <option key={c} value={c}>{AGENT_CATEGORY_LABELS[c]}</option>)}
        </Select>
        <p>
          <a className="fr-link fr-icon-external-link-line fr-link--icon-right" target="_blank" rel="noopener"
            href={withQuery(`/api/newsletters/${issue.id}/preview.html`, { category: previewCategory, v: previewKey })}
            title={`Ouvrir le courriel tel que le recevront les ${AGENT_CATEGORY_LABELS[previewCategory].toLowerCase()} — nouvelle fenêtre`}>
            Ouvrir le courriel tel que le destinataire le recevra
          </a>
        </p>
        <TextPreview issueId={issue.id} category={previewCategory} version={previewKey} />
      </section>
    </>
  );
}
