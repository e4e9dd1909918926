import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState, type FormEvent } from 'react';
import type { Account } from '../../../../shared/contracts/admin.ts';
import type { Territory } from '../../../../shared/contracts/auth.ts';
import { EMAIL_MAX, PERSON_NAME_MAX } from '../../../../shared/contracts/limits.ts';
import { AGENT_CATEGORIES, AGENT_CATEGORY_LABELS, type AgentCategory } from '../../../../shared/glossary.ts';
import { ACADEMIES, academieLabel } from '../../../../shared/territories.ts';
import { errorMessages } from '../../../api/client.ts';
import { ErrorSummary, focusSoon, type SummaryItem } from '../../../components/ErrorSummary.tsx';
import { useCreatePerson } from '../api/admin.ts';

const FIELDS: Record<string, { label: string; id: string }> = {
  givenName: { label: 'Prénom', id: 'compte-prenom' },
  familyName: { label: 'Nom', id: 'compte-nom' },
  email: { label: 'Adresse électronique', id: 'compte-courriel' },
  academie: { label: 'Académie', id: 'compte-academie' },
  departement: { label: 'Département', id: 'compte-departement' },
  category: { label: 'Catégorie', id: 'compte-categorie' },
};
const EMPTY = { givenName: '', familyName: '', email: '', academie: '', departement: '', category: '' };

/**
 * Creates a person of the administered territory, without a role: the roles are granted next,
 * on the account's page. `territories`: where the administrator administers (from the server).
 */
export function CreateAccountForm({ territories, onCreated, onCancel }: {
  territories: Territory[]; onCreated: (account: Account) => void; onCancel: () => void;
}) {
  const create = useCreatePerson();
  const academies = ACADEMIES.filter((a) => territories.some((t) => t.level === 'national' || (t.level === 'academie' && t.code === a.code)
    || (t.level === 'departement' && a.departements.some((d) => d.code === t.code))));
  const [values, setValues] = useState({ ...EMPTY, academie: academies.length === 1 ? academies[0]!.code : '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const summaryRef = useRef<HTMLDivElement>(null);
  const departements = ACADEMIES.find((a) => a.code === values.academie)?.departements ?? [];
  const set = (field: keyof typeof EMPTY, value: string) => setValues((v) => ({ ...v, [field]: value, ...(field === 'academie' ? { departement: '' } : {}) }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!values.givenName.trim()) local.givenName = 'Indiquez le prénom.';
    if (!values.familyName.trim()) local.familyName = 'Indiquez le nom.';
    if (!values.email.trim()) local.email = 'Indiquez l’adresse électronique professionnelle.';
    if (!values.academie) local.academie = 'Choisissez l’académie.';
    setErrors(local);
    if (Object.keys(local).length > 0) return focusSoon(() => summaryRef.current);
    try {
      const account = await create.mutateAsync({
        givenName: values.givenName, familyName: values.familyName, email: values.email.trim(), academie: values.academie,
        ...(values.departement ? { departement: values.departement } : {}),
        ...(values.category ? { category: values.category as AgentCategory } : {}),
      });
      setValues(EMPTY);
      onCreated(account);
    } catch (error) {
      const { summary, fields } = errorMessages(error, 'Le compte n’a pas pu être créé.');
      setErrors(Object.keys(fields).length > 0 ? fields : { form: summary });
      focusSoon(() => summaryRef.current);
    }
  }

  const state = (field: string) => (errors[field] ? { state: 'error' as const, stateRelatedMessage: errors[field] } : {});
  const summary: SummaryItem[] = Object.entries(errors).map(([field, message]) => ({ message, label: FIELDS[field]?.label, targetId: FIELDS[field]?.id }));

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="creation-compte-titre" aria-busy={create.isPending} className="fr-mb-6w fr-p-3w" style={{ border: '1px solid var(--border-default-grey)' }}>
      <h3 id="creation-compte-titre">Créer un compte</h3>
      <ErrorSummary ref={summaryRef} items={summary} title={errors.form ? 'Le compte n’a pas pu être créé' : 'Le formulaire contient des erreurs'} />
      <p className="fr-hint-text">
        La personne se connecte ensuite avec son compte académique : sa première connexion la relie à ce compte par son adresse
        électronique. Sauf mention contraire, tous les champs sont obligatoires.
      </p>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Input label="Prénom" {...state('givenName')} nativeInputProps={{ id: FIELDS.givenName!.id, value: values.givenName, maxLength: PERSON_NAME_MAX, autoComplete: 'off', onChange: (e) => set('givenName', e.target.value) }} />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input label="Nom" {...state('familyName')} nativeInputProps={{ id: FIELDS.familyName!.id, value: values.familyName, maxLength: PERSON_NAME_MAX, autoComplete: 'off', onChange: (e) => set('familyName', e.target.value) }} />
        </div>
        <div className="fr-col-12">
          <Input label="Adresse électronique professionnelle" hintText="Par exemple prenom.nom@ac-amiens.fr" {...state('email')}
            nativeInputProps={{ id: FIELDS.email!.id, type: 'email', value: values.email, maxLength: EMAIL_MAX, autoComplete: 'off', spellCheck: false, onChange: (e) => set('email', e.target.value) }} />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Select label="Académie" hint="Parmi celles que vous administrez." {...state('academie')} nativeSelectProps={{ id: FIELDS.academie!.id, value: values.academie, onChange: (e) => set('academie', e.target.value) }}>
            <option value="" disabled>Choisir l’académie</option>
            {academies.map((a) => <option key={a.code} value={a.code}>{academieLabel(a.code)}</option>)}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Select label="Département (facultatif)" hint="Où la personne travaille." {...state('departement')}
            nativeSelectProps={{ id: FIELDS.departement!.id, value: values.departement, disabled: departements.length === 0, onChange: (e) => set('departement', e.target.value) }}>
            <option value="">Aucun</option>
            {departements.map((d) => <option key={d.code} value={d.code}>{`${d.name} (${d.code})`}</option>)}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Select label="Catégorie (facultatif)" hint="Pour un agent." {...state('category')}
            nativeSelectProps={{ id: FIELDS.category!.id, value: values.category, onChange: (e) => set('category', e.target.value) }}>
            <option value="">Non renseignée</option>
            {AGENT_CATEGORIES.map((c) => <option key={c} value={c}>{AGENT_CATEGORY_LABELS[c]}</option>)}
          </Select>
        </div>
      </div>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-2w">
        <li><Button type="submit" disabled={create.isPending}>Créer le compte</Button></li>
        <li><Button type="button" priority="secondary" onClick={onCancel}>Annuler</Button></li>
      </ul>
    </form>
  );
}
