import { useEffect, useState } from 'react';

/*
 * A text limited in length (limits from shared/contracts/limits.ts) shows how much is used, and
 * says so at the limit. Nothing is cut: a pasted text longer than the limit stays whole in the
 * field, marked in error, so that the person shortens it themself; the form refuses to send it.
 * The field is given no `maxLength`, which would cut a paste silently.
 */

const number = new Intl.NumberFormat('fr-FR');
/** From this share of the limit on, screen readers are told what is left (once typing pauses). */
const NEAR = 0.9;
/** How long typing must pause before the count is announced: never at every keystroke. */
const ANNOUNCE_AFTER_MS = 1_500;

/** « 180 caractères sur 200 », « 235 caractères sur 200 : 35 de trop ». */
export function countText(length: number, max: number): string {
  const used = `${number.format(length)} caractère${length > 1 ? 's' : ''} sur ${number.format(max)}`;
  if (length > max) return `${used} : ${number.format(length - max)} de trop`;
  if (length === max) return `${used} : limite atteinte`;
  return used;
}

/** What a screen reader is told after a pause, near or over the limit; empty otherwise. */
function announcement(length: number, max: number): string {
  if (length > max) return `${number.format(length - max)} caractère${length - max > 1 ? 's' : ''} de trop.`;
  if (length === max) return 'Limite de caractères atteinte.';
  if (length >= max * NEAR) return `Encore ${number.format(max - length)} caractère${max - length > 1 ? 's' : ''} possible${max - length > 1 ? 's' : ''}.`;
  return '';
}

/** « L’objet dépasse 200 caractères : raccourcissez-le. » — the same words whatever the excess, so that it is announced once. */
export function tooLongMessage(what: string, max: number, shorten = 'raccourcissez-le'): string {
  return `${what} dépasse ${number.format(max)} caractères : ${shorten}.`;
}

/**
 * The counter under a limited field: visible, tied to the field by `aria-describedby` (read when
 * the field is reached), and a polite announcement once typing pauses near or over the limit.
 */
export function useCharacterLimit(fieldId: string, value: string, max: number) {
  const length = value.length;
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setSpoken(announcement(length, max)), ANNOUNCE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [length, max]);
  const counterId = `${fieldId}-compteur`;
  return {
    tooLong: length > max,
    describedBy: counterId,
    counter: (
      <>
        <p
          id={counterId}
          className="fr-hint-text fr-mt-n2w fr-mb-3w"
          style={length > max ? { color: 'var(--text-default-error)', fontWeight: 700 } : undefined}
        >
          {countText(length, max)}
        </p>
        <p className="fr-sr-only" aria-live="polite">
          {spoken}
        </p>
      </>
    ),
  };
}
