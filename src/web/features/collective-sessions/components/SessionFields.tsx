import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import type { ReactNode } from 'react';
import { SESSION_CAPACITY_MAX, SESSION_DESCRIPTION_MAX, SESSION_TITLE_MAX } from '../../../../shared/contracts/limits.ts';
import { AGENT_CATEGORIES, AGENT_CATEGORY_LABELS, SESSION_KINDS, SESSION_KIND_LABELS, type SessionKind } from '../../../../shared/glossary.ts';
import { departementName } from '../../../../shared/territories.ts';
import { PLACES, type SessionFormValues } from './session-form-values.ts';

export interface SessionFieldsProps {
  values: SessionFormValues;
  set: <K extends keyof SessionFormValues>(key: K, value: SessionFormValues[K]) => void;
  errors: Record<string, string>;
  /** The départements an audience may name (the organiser's); none: the question is not asked. */
  audienceDepartements: string[];
  /** What the creation form asks after the place (the département where it is held). */
  afterPlace?: ReactNode;
}

/**
 * The fields of a session, the same in the creation and the edit forms (labels, limits, ids
 * `atelier-<field>` the error summary leads to): title, kind, description, when (Paris time),
 * where, capacity, audience.
 */
export function SessionFields({ values: v, set, errors, audienceDepartements, afterPlace }: SessionFieldsProps) {
  const state = (field: string) => (errors[field] === undefined ? {} : { state: 'error' as const, stateRelatedMessage: errors[field] });
  return (
    <>
      <Input label="Titre" hintText="Par exemple : « Présentation des circulaires mobilité »" {...state('title')}
        nativeInputProps={{ id: 'atelier-title', value: v.title, maxLength: SESSION_TITLE_MAX, onChange: (e) => set('title', e.target.value) }} />
      <Select label="Type" nativeSelectProps={{ id: 'atelier-kind', value: v.kind, onChange: (e) => set('kind', e.target.value as SessionKind) }}>
        {SESSION_KINDS.map((k) => <option key={k} value={k}>{SESSION_KIND_LABELS[k]}</option>)}
      </Select>
      <Input label="Description (facultatif)" textArea hintText="Texte simple : le programme, le public, ce qu’il faut apporter." {...state('description')}
        nativeTextAreaProps={{ id: 'atelier-description', value: v.description, rows: 4, maxLength: SESSION_DESCRIPTION_MAX, onChange: (e) => set('description', e.target.value) }} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <Input label="Date" {...state('day')} nativeInputProps={{ id: 'atelier-day', type: 'date', value: v.day, onChange: (e) => set('day', e.target.value) }} />
        </div>
        <div className="fr-col-6 fr-col-md-4">
          <Input label="Heure de début" {...state('start')} nativeInputProps={{ id: 'atelier-start', type: 'time', value: v.start, onChange: (e) => set('start', e.target.value) }} />
        </div>
        <div className="fr-col-6 fr-col-md-4">
          <Input label="Heure de fin" {...state('end')} nativeInputProps={{ id: 'atelier-end', type: 'time', value: v.end, onChange: (e) => set('end', e.target.value) }} />
        </div>
      </div>
      <RadioButtons legend="Lieu" name="atelier-place" orientation="horizontal" {...state('placeKind')}
        options={PLACES.map((p) => ({ label: p.label, nativeInputProps: { value: p.kind, checked: v.placeKind === p.kind, onChange: () => set('placeKind', p.kind) } }))} />
      <Input label="Nom du lieu" hintText="Par exemple : « DSDEN de la Somme, salle 2 » ou « Webinaire »" {...state('label')}
        nativeInputProps={{ id: 'atelier-label', value: v.label, maxLength: 200, onChange: (e) => set('label', e.target.value) }} />
      {v.placeKind === 'visio' ? (
        <Input label="Lien de la visioconférence" hintText="Adresse commençant par https://, donnée aux seuls inscrits" {...state('url')}
          nativeInputProps={{ id: 'atelier-url', type: 'url', value: v.url, onChange: (e) => set('url', e.target.value) }} />
      ) : (
        <>
          {v.placeKind === 'establishment' && (
            <Input label="Code UAI de l’établissement" hintText="8 caractères, par exemple 0801004D" {...state('uai')}
              nativeInputProps={{ id: 'atelier-uai', value: v.uai, maxLength: 8, onChange: (e) => set('uai', e.target.value) }} />
          )}
          <Input label="Adresse (facultatif)" {...state('address')}
            nativeInputProps={{ id: 'atelier-address', value: v.address, maxLength: 300, onChange: (e) => set('address', e.target.value) }} />
        </>
      )}
      {afterPlace}
      <Input label="Nombre de places" {...state('capacity')}
        nativeInputProps={{ id: 'atelier-capacity', type: 'number', min: 1, max: SESSION_CAPACITY_MAX, inputMode: 'numeric', value: v.capacity, onChange: (e) => set('capacity', e.target.value) }} />
      {audienceDepartements.length > 0 && (
        <Checkbox legend="Pour les agents de (facultatif)" hintText="Aucun coché : toute l’académie." orientation="horizontal" {...state('departements')}
          options={audienceDepartements.map((d) => ({ label: `${departementName(d)} (${d})`, nativeInputProps: {
            checked: v.audience.includes(d), onChange: () => set('audience', v.audience.includes(d) ? v.audience.filter((x) => x !== d) : [...v.audience, d]) } }))} />
      )}
      <Checkbox legend="Catégories de personnels (facultatif)" hintText="Aucune cochée : tous les personnels." orientation="horizontal"
        options={AGENT_CATEGORIES.map((c) => ({ label: AGENT_CATEGORY_LABELS[c], nativeInputProps: {
          checked: v.categories.includes(c), onChange: () => set('categories', v.categories.includes(c) ? v.categories.filter((x) => x !== c) : [...v.categories, c]) } }))} />
    </>
  );
}
