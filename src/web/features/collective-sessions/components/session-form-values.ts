import type { CollectiveSession, CreateSessionBody, UpdateSessionBody } from '../../../../shared/contracts/collective-sessions.ts';
import { SESSION_CAPACITY_MAX } from '../../../../shared/contracts/limits.ts';
import type { AgentCategory, SessionKind } from '../../../../shared/glossary.ts';
import type { SummaryItem } from '../../../components/ErrorSummary.tsx';
import { parisDayAndTime, parisInstant } from './paris-time.ts';

export const PLACES = [
  { kind: 'dsden', label: 'DSDEN' }, { kind: 'rectorat', label: 'Rectorat' }, { kind: 'establishment', label: 'Établissement (code UAI)' },
  { kind: 'visio', label: 'Visioconférence (webinaire)' },
] as const;
export type PlaceKind = (typeof PLACES)[number]['kind'];

/** What the organiser's form holds, as typed: Paris day and times, numbers as text. */
export interface SessionFormValues {
  title: string; kind: SessionKind; description: string; day: string; start: string; end: string; placeKind: PlaceKind;
  label: string; address: string; uai: string; url: string; capacity: string; departement: string; audience: string[]; categories: AgentCategory[];
}

/** Each field's name as the form shows it, for the error summary. */
export const FIELD_LABELS: Record<string, string> = {
  title: 'Titre', kind: 'Type', description: 'Description', day: 'Date', start: 'Heure de début', end: 'Heure de fin', placeKind: 'Lieu',
  label: 'Nom du lieu', address: 'Adresse', uai: 'Code UAI', url: 'Lien de la visioconférence', capacity: 'Nombre de places',
  departement: 'Département', departements: 'Départements',
};

/** The summary's lines: each leads to its field (`atelier-<field>`); `form` is about the whole form. */
export function summaryOf(errors: Record<string, string>): SummaryItem[] {
  return Object.entries(errors).map(([field, message]) => (field === 'form' ? { message }
    : { message, targetId: `atelier-${field}`, label: FIELD_LABELS[field] ?? field }));
}

/** The API names instants (`startsAt`, `endsAt`); the form has a date and two times: its message goes next to the field that set it. */
const FORM_FIELD: Record<string, string> = { startsAt: 'day', endsAt: 'end' };
export function formFieldErrors(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([field, message]) => [FORM_FIELD[field] ?? field, message]));
}

export function blankValues(departements: string[]): SessionFormValues {
  return {
    title: '', kind: 'information_meeting', description: '', day: '', start: '09:30', end: '11:30', placeKind: 'dsden',
    label: '', address: '', uai: '', url: '', capacity: '20', departement: departements[0] ?? '', audience: [], categories: [],
  };
}

/** A session as its edit form shows it, pre-filled. */
export function valuesOf(s: CollectiveSession): SessionFormValues {
  const start = parisDayAndTime(s.startsAt);
  return {
    title: s.title, kind: s.kind, description: s.description, day: start.day, start: start.time, end: parisDayAndTime(s.endsAt).time,
    placeKind: s.place.kind, label: s.place.label, address: s.place.address ?? '', uai: s.place.uai ?? '', url: s.place.url ?? '',
    capacity: String(s.capacity), departement: s.departement, audience: [...s.audience.departements], categories: [...s.audience.categories],
  };
}

type SessionFields = Omit<CreateSessionBody, 'organiserId' | 'departement'>;

/**
 * The form's values checked before they leave (what the browser can tell: filled, a number in
 * range), and turned into the API's fields; the server checks the rest and answers field by field.
 */
export function readValues(v: SessionFormValues): { errors: Record<string, string>; fields: SessionFields | null } {
  const errors: Record<string, string> = {};
  if (v.title.trim() === '') errors.title = 'Indiquez le titre.';
  if (v.label.trim() === '') errors.label = 'Indiquez le nom du lieu.';
  const startsAt = parisInstant(v.day, v.start);
  const endsAt = parisInstant(v.day, v.end);
  if (startsAt === null) errors.day = 'Indiquez la date et l’heure de début.';
  if (endsAt === null) errors.end = 'Indiquez l’heure de fin.';
  const capacity = Number(v.capacity);
  if (v.capacity.trim() === '' || !Number.isInteger(capacity) || capacity < 1 || capacity > SESSION_CAPACITY_MAX) {
    errors.capacity = `Indiquez un nombre de places entre 1 et ${SESSION_CAPACITY_MAX}.`;
  }
  if (Object.keys(errors).length > 0 || startsAt === null || endsAt === null) return { errors, fields: null };
  return {
    errors,
    fields: {
      title: v.title.trim(), kind: v.kind, ...(v.description.trim() ? { description: v.description } : {}), startsAt, endsAt,
      place: { kind: v.placeKind, label: v.label.trim(), ...(v.address.trim() ? { address: v.address.trim() } : {}),
        ...(v.placeKind === 'establishment' ? { uai: v.uai.trim().toUpperCase() } : {}), ...(v.placeKind === 'visio' ? { url: v.url.trim() } : {}) },
      capacity, audience: { departements: v.audience, categories: v.categories },
    },
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Only what the organiser changed: the registered people are told (updated invitation) of a new
 * time or place, never of a field sent again unchanged. Empty when nothing changed.
 */
export function changesFrom(s: CollectiveSession, f: SessionFields): UpdateSessionBody {
  const place = f.place;
  const placeChanged = place.kind !== s.place.kind || place.label !== s.place.label || (place.address ?? '') !== (s.place.address ?? '')
    || (place.kind === 'establishment' && (place.uai ?? '') !== (s.place.uai ?? '')) || (place.kind === 'visio' && (place.url ?? '') !== (s.place.url ?? ''));
  return {
    ...(f.title !== s.title ? { title: f.title } : {}),
    ...(f.kind !== s.kind ? { kind: f.kind } : {}),
    ...((f.description ?? '') !== s.description ? { description: f.description ?? null } : {}),
    ...(Date.parse(f.startsAt) !== Date.parse(s.startsAt) ? { startsAt: f.startsAt } : {}),
    ...(Date.parse(f.endsAt) !== Date.parse(s.endsAt) ? { endsAt: f.endsAt } : {}),
    ...(placeChanged ? { place } : {}),
    ...(f.capacity !== s.capacity ? { capacity: f.capacity } : {}),
    ...(!sameSet(f.audience.departements, s.audience.departements) || !sameSet(f.audience.categories, s.audience.categories) ? { audience: f.audience } : {}),
  };
}

/** Whether a change is one the registered people's invitation carries (so they are sent the updated one). */
export const changesInvitation = (changes: UpdateSessionBody) =>
  ['title', 'startsAt', 'endsAt', 'place'].some((key) => key in changes);
