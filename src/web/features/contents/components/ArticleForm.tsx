import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState, type FormEvent } from 'react';
import {
  ARTICLE_KIND_LABELS, ARTICLE_KINDS, ARTICLE_SITUATION_LABELS, ARTICLE_SITUATIONS, ARTICLE_THEME_LABELS, ARTICLE_THEMES,
  type ArticleKind, type ArticleTheme,
} from '../../../../shared/contracts/knowledge-base.ts';
import type { ArticleDraftBody, ArticleScope } from '../../../../shared/contracts/knowledge-base-editor.ts';
import {
  AGENT_CATEGORIES, AGENT_CATEGORY_LABELS, CONTACT_POINT_KIND_LABELS, CONTACT_POINT_KINDS,
} from '../../../../shared/glossary.ts';
import { academieLabel } from '../../../../shared/territories.ts';
import { errorMessages } from '../../../api/client.ts';
import { ErrorSummary, focusSoon, type SummaryItem } from '../../../components/ErrorSummary.tsx';
import { useContactPointChoices } from '../api/contents.ts';
import { ArticlePicker } from './ArticlePicker.tsx';
import { FIELD_TARGETS, slugify, toBody, validate, type ArticleFormValues, type FieldErrors } from './articleFormModel.ts';
import { MarkdownEditor } from './MarkdownEditor.tsx';

export interface ScopeChoice { scope: ArticleScope; academie: string | null }

interface Props {
  initial: ArticleFormValues;
  /** The article being edited (its address and scope are then fixed); absent for a new one. */
  articleId?: string;
  /** The scopes this editor may write in (national, their académie). */
  scopes: ScopeChoice[];
  submitLabel: string;
  onSave: (body: ArticleDraftBody) => Promise<unknown>;
  /** Said after a save that stays on the page. */
  savedMessage?: string;
}

const toggle = <T,>(list: T[], item: T, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));

/** Writing an article: its text with the live preview, its classification, the scheme's three questions, its links. */
export function ArticleForm({ initial, articleId, scopes, submitLabel, onSave, savedMessage }: Props) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const contactPoints = useContactPointChoices(values.scope === 'academie' ? values.academie : null);
  const isNew = articleId === undefined;

  const set = <K extends keyof ArticleFormValues>(key: K, value: ArticleFormValues[K]) => {
    setValues((previous) => {
      const next = { ...previous, [key]: value };
      // The address follows the title of a new article until the editor writes one.
      if (key === 'title' && isNew && !previous.slugTouched) next.slug = slugify(String(value));
      return next;
    });
    setSaved(null);
    setErrors((previous) => {
      if (previous[key] === undefined) return previous;
      const { [key]: _corrected, ...rest } = previous;
      return rest;
    });
  };
  const stateOf = (field: string) => (errors[field] === undefined ? {} : { state: 'error' as const, stateRelatedMessage: errors[field] });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate(values);
    setErrors(found);
    setFormError(null);
    setSaved(null);
    if (Object.keys(found).length > 0) return focusSoon(() => summaryRef.current);
    setBusy(true);
    try {
      await onSave(toBody(values));
      setSaved(savedMessage ?? null);
    } catch (error) {
      const { summary, fields } = errorMessages(error, 'L’article n’a pas pu être enregistré. Réessayez.');
      if (Object.keys(fields).length > 0) setErrors(fields);
      else setFormError(summary);
      focusSoon(() => summaryRef.current);
    } finally {
      setBusy(false);
    }
  };

  const summary: SummaryItem[] = Object.entries(errors).map(([field, message]) => ({
    message, targetId: FIELD_TARGETS[field]?.id, label: FIELD_TARGETS[field]?.label ?? field,
  }));
  if (formError !== null) summary.push({ message: formError });

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={busy}>
      <ErrorSummary
        ref={summaryRef}
        items={summary}
        title={Object.keys(errors).length > 0 ? 'Le formulaire contient des erreurs' : 'L’article n’a pas pu être enregistré'}
      />
      <p className="fr-hint-text">Sauf mention contraire, tous les champs sont obligatoires.</p>

      <fieldset className="fr-fieldset" aria-labelledby="article-texte-titre">
        <legend className="fr-fieldset__legend fr-h5" id="article-texte-titre">Le texte</legend>
        <div className="fr-fieldset__element">
          <Input label="Titre" {...stateOf('title')} nativeInputProps={{ id: 'article-titre', value: values.title, onChange: (e) => set('title', e.target.value) }} />
        </div>
        <div className="fr-fieldset__element">
          <Input
            label="Adresse de l’article"
            hintText={isNew
              ? `Lettres minuscules sans accent, chiffres et tirets. L’article sera lu à l’adresse /informations/${values.slug || '…'}`
              : 'L’adresse ne change plus une fois l’article créé : les liens déjà partagés restent valables.'}
            disabled={!isNew}
            {...stateOf('slug')}
            nativeInputProps={{
              id: 'article-adresse',
              value: values.slug,
              onChange: (e) => {
                set('slug', e.target.value);
                setValues((previous) => ({ ...previous, slugTouched: true }));
              },
            }}
          />
        </div>
        <div className="fr-fieldset__element">
          <Input
            label="Résumé"
            hintText="Une ou deux phrases : elles s’affichent dans les résultats de recherche et en tête de l’article."
            textArea
            {...stateOf('summary')}
            nativeTextAreaProps={{ id: 'article-resume', rows: 3, value: values.summary, onChange: (e) => set('summary', e.target.value) }}
          />
        </div>
        <div className="fr-fieldset__element">
          <MarkdownEditor id="article-corps" value={values.body} onChange={(body) => set('body', body)} error={errors.body} />
        </div>
      </fieldset>

      <fieldset className="fr-fieldset" aria-labelledby="article-classement-titre">
        <legend className="fr-fieldset__legend fr-h5" id="article-classement-titre">Le classement</legend>
        <div className="fr-fieldset__element fr-col-12 fr-col-md-6">
          <Select label="Type de contenu" {...stateOf('kind')} nativeSelectProps={{ id: 'article-type', value: values.kind, onChange: (e) => set('kind', e.target.value as ArticleKind | '') }}>
            <option value="" disabled>Choisir un type</option>
            {ARTICLE_KINDS.map((k) => <option key={k} value={k}>{ARTICLE_KIND_LABELS[k]}</option>)}
          </Select>
        </div>
        <div className="fr-fieldset__element fr-col-12 fr-col-md-6">
          <Select label="Thème" {...stateOf('theme')} nativeSelectProps={{ id: 'article-theme', value: values.theme, onChange: (e) => set('theme', e.target.value as ArticleTheme | '') }}>
            <option value="" disabled>Choisir un thème</option>
            {ARTICLE_THEMES.map((t) => <option key={t} value={t}>{ARTICLE_THEME_LABELS[t]}</option>)}
          </Select>
        </div>
        <div className="fr-fieldset__element">
          {isNew && scopes.length > 1 ? (
            <RadioButtons
              id="article-portee"
              legend="Portée"
              name="article-portee"
              orientation="horizontal"
              {...stateOf('scope')}
              options={scopes.map((choice) => ({
                label: choice.scope === 'national' ? 'Base nationale' : academieLabel(choice.academie ?? ''),
                nativeInputProps: {
                  checked: values.scope === choice.scope && values.academie === choice.academie,
                  onChange: () => setValues((previous) => ({ ...previous, scope: choice.scope, academie: choice.academie, contactPointIds: [] })),
                },
              }))}
            />
          ) : (
            <p className="fr-mb-3w">
              <span className="fr-text--bold">Portée : </span>
              {values.scope === 'national' || values.academie === null
                ? 'base nationale'
                : `${academieLabel(values.academie)} (complète la base nationale, et remplace l’article national de même adresse)`}
            </p>
          )}
        </div>
        <div className="fr-fieldset__element">
          <Checkbox
            legend="Publics (facultatif)"
            hintText="Sans case cochée, l’article s’adresse à tous les personnels."
            orientation="horizontal"
            options={AGENT_CATEGORIES.map((category) => ({
              label: AGENT_CATEGORY_LABELS[category],
              nativeInputProps: {
                checked: values.audiences.includes(category),
                onChange: (e) => set('audiences', toggle(values.audiences, category, e.target.checked)),
              },
            }))}
          />
        </div>
        <div className="fr-fieldset__element">
          <Checkbox
            options={[{
              label: 'Réservé aux personnels RH (facultatif)',
              hintText: 'Fiche de procédure pour les conseillers et les services : les agents ne la voient pas.',
              nativeInputProps: { checked: values.hrStaffOnly, onChange: (e) => set('hrStaffOnly', e.target.checked) },
            }]}
          />
        </div>
        <div className="fr-fieldset__element">
          <Checkbox
            legend="Situations de la mallette (facultatif)"
            orientation="horizontal"
            hintText="L’article apparaît dans la mallette de l’accompagnement sous ces situations."
            options={ARTICLE_SITUATIONS.map((situation) => ({
              label: ARTICLE_SITUATION_LABELS[situation].title,
              nativeInputProps: {
                checked: values.situations.includes(situation),
                onChange: (e) => set('situations', toggle(values.situations, situation, e.target.checked)),
              },
            }))}
          />
        </div>
        <div className="fr-fieldset__element fr-col-12 fr-col-md-6">
          <Input
            label="Date de révision (facultatif)"
            hintText="La date à laquelle un éditeur relit l’article : il apparaît alors dans « À relire »."
            {...stateOf('reviewDueOn')}
            nativeInputProps={{ id: 'article-revision', type: 'date', value: values.reviewDueOn, onChange: (e) => set('reviewDueOn', e.target.value) }}
          />
        </div>
      </fieldset>

      {values.kind === 'scheme' && (
        <fieldset className="fr-fieldset" aria-labelledby="article-dispositif-titre">
          <legend className="fr-fieldset__legend fr-h5" id="article-dispositif-titre">Le dispositif en bref</legend>
          <div className="fr-fieldset__element">
            <Input label="À qui s’adresse-t-il ?" textArea {...stateOf('forWhom')} nativeTextAreaProps={{ id: 'article-pour-qui', rows: 2, value: values.forWhom, onChange: (e) => set('forWhom', e.target.value) }} />
          </div>
          <div className="fr-fieldset__element">
            <Input label="Ce qu’il apporte" textArea {...stateOf('gives')} nativeTextAreaProps={{ id: 'article-apport', rows: 2, value: values.gives, onChange: (e) => set('gives', e.target.value) }} />
          </div>
          <div className="fr-fieldset__element">
            <Input label="Comment le demander ?" textArea {...stateOf('howToAsk')} nativeTextAreaProps={{ id: 'article-demande', rows: 2, value: values.howToAsk, onChange: (e) => set('howToAsk', e.target.value) }} />
          </div>
        </fieldset>
      )}

      <fieldset className="fr-fieldset" aria-labelledby="article-liens-titre">
        <legend className="fr-fieldset__legend fr-h5" id="article-liens-titre">Les liens</legend>
        <div className="fr-fieldset__element">
          <ArticlePicker
            id="article-liens"
            label="Articles liés (facultatif)"
            hint="Proposés en « Voir aussi » à côté de l’article."
            value={values.related}
            onChange={(related) => set('related', related)}
            {...(articleId === undefined ? {} : { exclude: articleId })}
            error={errors.relatedIds}
          />
        </div>
        <div className="fr-fieldset__element">
          <Checkbox
            legend="Interlocuteurs, par type (facultatif)"
            orientation="horizontal"
            hintText="Les interlocuteurs de ces types, dans l’académie du lecteur, sont présentés avec l’article."
            options={CONTACT_POINT_KINDS.map((kind) => ({
              label: CONTACT_POINT_KIND_LABELS[kind],
              nativeInputProps: {
                checked: values.contactPointKinds.includes(kind),
                onChange: (e) => set('contactPointKinds', toggle(values.contactPointKinds, kind, e.target.checked)),
              },
            }))}
          />
        </div>
        {values.scope === 'academie' && contactPoints.data && contactPoints.data.length > 0 && (
          <div className="fr-fieldset__element">
            <Accordion
              titleAs="h3"
              label={`Interlocuteurs nommés (facultatif) : ${values.contactPointIds.length === 0 ? 'aucun' : values.contactPointIds.length} choisi${values.contactPointIds.length > 1 ? 's' : ''}`}
            >
              <Checkbox
                legend="Interlocuteurs nommés"
                hintText="Des interlocuteurs précis de l’annuaire de l’académie, présentés avec l’article."
                options={contactPoints.data.map((point) => ({
                  label: point.name,
                  hintText: CONTACT_POINT_KIND_LABELS[point.kind],
                  nativeInputProps: {
                    checked: values.contactPointIds.includes(point.id),
                    onChange: (e) => set('contactPointIds', toggle(values.contactPointIds, point.id, e.target.checked)),
                  },
                }))}
              />
            </Accordion>
          </div>
        )}
      </fieldset>

      <Button type="submit" disabled={busy} iconId="fr-icon-save-line" iconPosition="left">
        {submitLabel}
      </Button>
      <p role="status" aria-live="polite" className="fr-text--sm fr-mt-2w">
        {busy ? 'Enregistrement…' : saved ?? ''}
      </p>
    </form>
  );
}
