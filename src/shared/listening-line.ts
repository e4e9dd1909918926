/**
 * The académie's listening line (« cellule d'écoute »), as its editors set it: form limits and
 * the one reading of a French phone number, shared by the server (which refuses anything else)
 * and the form (which says so before sending). Plain code, no TypeBox: the web bundle reads it.
 */

export const LISTENING_LINE_LABEL_MAX = 200;
export const LISTENING_LINE_HOURS_MAX = 200;
/** What may be typed in the phone field (spaces, dots and the +33 prefix included). */
export const LISTENING_LINE_PHONE_MAX = 30;

/** The default name the assistant gives a line whose académie named none. */
export const DEFAULT_LISTENING_LINE_LABEL = 'Ligne d’écoute des personnels';

export const PHONE_FORMAT_MESSAGE = 'Indiquez un numéro français : 10 chiffres commençant par 0 (03 22 82 38 25), '
  + 'le même en +33, ou un numéro court à 4 chiffres commençant par 3 (3114).';

/** Country codes whose numbers are French national numbers once the prefix is replaced by 0 (metropolitan France and the overseas académies). */
const FRENCH_COUNTRY_CODES = ['33', '262', '269', '590', '594', '596'];

/**
 * A French phone number as agents read and dial it — « 03 22 82 38 25 », « 3114 » — or null when
 * `typed` is not one. Spaces, dots, hyphens, « +33 » (or 0033) and « (0) » are accepted and rewritten.
 */
export function frenchPhoneNumber(typed: string): string | null {
  let digits = typed.trim().replace(/[\s.\-\u00a0]/g, '').replace('(0)', '');
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  if (digits.startsWith('+')) {
    const code = FRENCH_COUNTRY_CODES.find((c) => digits.startsWith(`+${c}`) && /^\d{9}$/.test(digits.slice(c.length + 1)));
    if (code === undefined) return null;
    digits = `0${digits.slice(code.length + 1)}`;
  }
  if (/^3\d{3}$/.test(digits)) return digits;
  if (!/^0[1-9]\d{8}$/.test(digits)) return null;
  return digits.match(/\d\d/g)!.join(' ');
}
