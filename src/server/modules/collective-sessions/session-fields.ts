import type { Executor } from '../../db/schema.ts';
import { invalid } from '../../errors/app-error.ts';
import type { CreateSessionBody } from '../../../shared/contracts/collective-sessions.ts';

type Fields = Partial<Omit<CreateSessionBody, 'organiserId' | 'departement' | 'description'>> & { description?: string | null };

/**
 * The columns of a session's fields, checked as a whole (the end after the start, a link for a
 * webinar in visio, a known establishment, départements of the session's académie); French
 * messages field by field. Returns the establishment's département when one is named.
 */
export async function sessionColumns(db: Executor, body: Fields, current: { starts_at: Date; ends_at: Date; place_kind: string; academie_code?: string } | null,
  academieCode: string | null) {
  const errors: { field: string; message: string }[] = [];
  const startsAt = body.startsAt ? new Date(body.startsAt) : current?.starts_at;
  const endsAt = body.endsAt ? new Date(body.endsAt) : current?.ends_at;
  if (startsAt && endsAt && endsAt.getTime() <= startsAt.getTime()) errors.push({ field: 'endsAt', message: 'La fin doit être après le début.' });
  let establishmentDepartement: string | null = null;
  const place = body.place;
  if (place) {
    if (place.kind === 'visio' && !place.url) errors.push({ field: 'place.url', message: 'Indiquez le lien de la visioconférence.' });
    if (place.kind === 'establishment') {
      if (!place.uai) errors.push({ field: 'place.uai', message: 'Indiquez le code UAI de l’établissement.' });
      else {
        const establishment = await db.selectFrom('establishments').select('departement_code').where('uai', '=', place.uai).executeTakeFirst();
        if (!establishment) errors.push({ field: 'place.uai', message: 'Aucun établissement ne porte ce code UAI.' });
        else establishmentDepartement = establishment.departement_code;
      }
    }
  }
  if (body.audience && academieCode) {
    const known = await db.selectFrom('departements').select('code').where('academie_code', '=', academieCode).execute();
    const codes = new Set(known.map((d) => d.code));
    if (body.audience.departements.some((d) => !codes.has(d))) {
      errors.push({ field: 'audience.departements', message: 'Choisissez des départements de l’académie de l’atelier.' });
    }
  }
  if (errors.length) throw invalid(errors);
  const columns = {
    ...(body.title !== undefined ? { title: body.title.trim() } : {}),
    ...(body.kind !== undefined ? { kind: body.kind } : {}),
    ...(body.description !== undefined ? { description: body.description ?? '' } : {}),
    ...(body.startsAt !== undefined ? { starts_at: new Date(body.startsAt) } : {}),
    ...(body.endsAt !== undefined ? { ends_at: new Date(body.endsAt) } : {}),
    ...(place ? {
      place_kind: place.kind, place_label: place.label.trim(), place_address: place.address?.trim() || null,
      establishment_uai: place.kind === 'establishment' ? place.uai ?? null : null, visio_url: place.kind === 'visio' ? place.url ?? null : null,
    } : {}),
    ...(body.capacity !== undefined ? { capacity: body.capacity } : {}),
    ...(body.audience ? { audience_departements: JSON.stringify(body.audience.departements), audience_categories: JSON.stringify(body.audience.categories) } : {}),
  };
  return { columns, establishmentDepartement };
}
