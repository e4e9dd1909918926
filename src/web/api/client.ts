/**
 * The one way the interface talks to the server: JSON in and out, the session cookie,
 * the CSRF header on every state-changing call, and problem+json errors turned into
 * an ApiError whose `detail` is written in French for the person reading it.
 */

import type { FieldError } from '../../shared/contracts/common.ts';

export type { FieldError };

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldError[];

  constructor(params: { status: number; title: string; detail: string; errors?: FieldError[] }) {
    super(params.detail);
    this.name = 'ApiError';
    this.status = params.status;
    this.title = params.title;
    this.detail = params.detail;
    this.errors = params.errors ?? [];
  }
}

let csrfToken: string | null = null;

/** Called whenever a session body is received (session read, demo sign-in) or ends. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type QueryValue = string | number | boolean | null | undefined;

export function withQuery(path: string, query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search === '' ? path : `${path}?${search}`;
}

export async function apiFetch<T>(
  path: string,
  options: { method?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  const method = (options.method ?? 'GET').toUpperCase();
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (!SAFE_METHODS.has(method) && csrfToken !== null) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({
      status: 0,
      title: 'Serveur injoignable',
      detail: 'Le service ne répond pas. Vérifiez votre connexion puis réessayez.',
    });
  }

  if (!response.ok) throw await readProblem(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

async function readProblem(response: Response): Promise<ApiError> {
  const fallback = {
    status: response.status,
    title: 'Erreur',
    detail: defaultDetail(response.status),
  };
  try {
    const body = (await response.json()) as Partial<{ title: string; detail: string; errors: FieldError[] }>;
    return new ApiError({
      status: response.status,
      title: typeof body.title === 'string' ? body.title : fallback.title,
      detail: typeof body.detail === 'string' && body.detail !== '' ? body.detail : fallback.detail,
      errors: Array.isArray(body.errors) ? body.errors : [],
    });
  } catch {
    return new ApiError(fallback);
  }
}

function defaultDetail(status: number): string {
  if (status === 0) return 'Le service ne répond pas. Vérifiez votre connexion puis réessayez.';
  if (status === 401) return 'Vous devez vous connecter pour accéder à ce contenu.';
  if (status === 403) return 'Vous n’avez pas les droits nécessaires pour cette action.';
  if (status === 404) return 'Ce contenu est introuvable ou ne vous est pas accessible.';
  if (status === 429) return 'Trop de demandes en peu de temps. Patientez un instant puis réessayez.';
  if (status >= 500) return 'Le service rencontre une difficulté. Réessayez dans quelques instants.';
  return 'La demande n’a pas pu aboutir.';
}

/** What a failed call says to the person: one French sentence, and the field errors by field. */
export interface ErrorMessages {
  /** For the whole form (an alert, the summary's line without a field): a field's message, else the detail. */
  summary: string;
  /** The server's field errors keyed by the form's field name (`body.subject` → `subject`); empty when none. */
  fields: Record<string, string>;
}

/**
 * The one way a form reads a failure (this file's ApiError, a network failure, anything else).
 * Use it in every form:
 *
 *   onError: (error) => {
 *     const { summary, fields } = errorMessages(error, 'L’absence n’a pas pu être enregistrée.');
 *     setErrors(Object.keys(fields).length > 0 ? fields : { form: summary });
 *   }
 *
 * then show `errors` in <ErrorSummary> (each field's line leads to its input) and beside each
 * input. `fallback` is said when the failure carries no French sentence of its own.
 */
export function errorMessages(error: unknown, fallback = 'La demande n’a pas pu aboutir.'): ErrorMessages {
  if (!(error instanceof ApiError)) return { summary: fallback, fields: {} };
  const fields: Record<string, string> = {};
  for (const { field, message } of error.errors) {
    const name = field.split('.').pop() ?? field;
    fields[name] ??= message;
  }
  return { summary: error.errors[0]?.message ?? error.detail, fields };
}


export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/**
 * Sends one file as multipart/form-data (field `file`), with the session and the CSRF header;
 * `fields` are text parts sent before it (a label, an alternative text).
 */
export async function apiUpload<T>(path: string, file: File, options: { signal?: AbortSignal; fields?: Record<string, string> } = {}): Promise<T> {
  const form = new FormData();
  for (const [name, value] of Object.entries(options.fields ?? {})) form.append(name, value);
  form.append('file', file, file.name);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (csrfToken !== null) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers, credentials: 'same-origin', body: form, signal: options.signal });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, title: 'Serveur injoignable', detail: 'Le fichier n’a pas pu être envoyé. Vérifiez votre connexion.' });
  }
  if (!response.ok) throw await readProblem(response);
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

/**
 * Reads a file the server offers for download and hands it to the browser under `filename`,
 * so that a refusal or an absence can be told in French instead of a blank tab.
 */
export async function apiDownload(path: string, filename: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin' });
  } catch {
    throw new ApiError({ status: 0, title: 'Serveur injoignable', detail: defaultDetail(0) });
  }
  if (!response.ok) throw await readProblem(response);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
