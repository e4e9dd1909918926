/** The one application error: a stable code, a French detail, and field errors if any. */
export type ErrorCode =
  | 'validation_failed'
  | 'not_signed_in'
  | 'forbidden'
  | 'csrf_failed'
  | 'not_found'
  | 'conflict'
  | 'gone'
  | 'too_large'
  | 'impossible_action'
  | 'too_many_requests'
  | 'unavailable'
  | 'internal';

export type { FieldError } from '../../shared/contracts/common.ts';
import type { FieldError } from '../../shared/contracts/common.ts';

/** Code → HTTP status and French title. The only such table in the code. */
export const ERROR_CODES: Record<ErrorCode, { status: number; title: string }> = {
  validation_failed: { status: 400, title: 'Données invalides' },
  not_signed_in: { status: 401, title: 'Connexion requise' },
  forbidden: { status: 403, title: 'Accès refusé' },
  csrf_failed: { status: 403, title: 'Jeton de sécurité invalide' },
  not_found: { status: 404, title: 'Introuvable' },
  conflict: { status: 409, title: 'Conflit' },
  gone: { status: 410, title: 'Lien expiré' },
  too_large: { status: 413, title: 'Contenu trop volumineux' },
  impossible_action: { status: 422, title: 'Action impossible' },
  too_many_requests: { status: 429, title: 'Trop de requêtes' },
  unavailable: { status: 503, title: 'Service indisponible' },
  internal: { status: 500, title: 'Erreur interne' },
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly errors?: FieldError[],
  ) {
    super(detail);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }
}

export const notSignedIn = () => new AppError('not_signed_in', 'Vous devez vous connecter pour accéder à cette ressource.');
export const forbidden = (detail = 'Votre rôle ne permet pas cette action.') => new AppError('forbidden', detail);
/** Unknown and not-visible-to-you look the same: the caller learns nothing of others' records. */
export const notFound = (detail = 'La ressource demandée est introuvable.') => new AppError('not_found', detail);
export const invalid = (errors: FieldError[], detail = 'Certaines données sont invalides.') =>
  new AppError('validation_failed', detail, errors);
export const impossible = (detail: string) => new AppError('impossible_action', detail);
