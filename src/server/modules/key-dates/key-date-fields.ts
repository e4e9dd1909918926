import { invalid } from '../../errors/app-error.ts';
import type { UpdateKeyDateBody } from '../../../shared/contracts/key-dates.ts';

/** The columns a body sets, checked together (the end not before the start). */
export function keyDateColumns(body: UpdateKeyDateBody, current?: { starts_on: string; ends_on: string }) {
  const startsOn = body.startsOn ?? current?.starts_on;
  const endsOn = body.endsOn ?? (body.startsOn && current && current.ends_on < body.startsOn ? body.startsOn : current?.ends_on) ?? startsOn;
  if (startsOn && endsOn && endsOn < startsOn) {
    throw invalid([{ field: 'endsOn', message: 'La date de fin ne peut pas précéder la date de début.' }]);
  }
  return {
    ...(body.kind ? { kind: body.kind } : {}),
    ...(body.title !== undefined ? { title: body.title.trim() } : {}),
    ...(body.description !== undefined ? { description: body.description.trim() } : {}),
    ...(startsOn ? { starts_on: startsOn } : {}),
    ...(endsOn ? { ends_on: endsOn } : {}),
    ...(body.audience !== undefined ? { audience: JSON.stringify(body.audience) } : {}),
    ...(body.articleId !== undefined ? { article_id: body.articleId } : {}),
    ...(body.reminderDays !== undefined ? { reminder_days: JSON.stringify([...body.reminderDays].sort((a, b) => b - a)) } : {}),
  };
}
