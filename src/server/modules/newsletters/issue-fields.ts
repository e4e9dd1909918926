import { invalid } from '../../errors/app-error.ts';
import { academieOf } from '../../../shared/territories.ts';
import type { UpdateNewsletterBody } from '../../../shared/contracts/newsletters.ts';

/** The columns a body sets; the départements of the audience must be the académie's. */
export function issueColumns(body: UpdateNewsletterBody, academie: string) {
  const outside = body.audience?.departements.filter((d) => academieOf(d) !== academie) ?? [];
  if (outside.length) throw invalid([{ field: 'audience.departements', message: `Ces départements ne sont pas de l’académie : ${outside.join(', ')}.` }]);
  return {
    ...(body.kind ? { kind: body.kind } : {}),
    ...(body.title !== undefined ? { title: body.title.trim() } : {}),
    ...(body.editorial !== undefined ? { editorial: body.editorial.trim() } : {}),
    ...(body.items !== undefined ? { items: JSON.stringify(body.items) } : {}),
    ...(body.sections !== undefined ? { sections: JSON.stringify(body.sections.map((s) => ({ ...s, title: s.title.trim(), body: s.body.trim() }))) } : {}),
    ...(body.audience !== undefined ? { audience_departements: JSON.stringify(body.audience.departements), audience_categories: JSON.stringify(body.audience.categories) } : {}),
    ...(body.sendAt !== undefined ? { send_at: body.sendAt } : {}),
  };
}
