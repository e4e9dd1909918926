import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ERROR_CODES, type ErrorCode, type FieldError } from './app-error.ts';
import type { Problem } from '../../shared/contracts/common.ts';
import { toFieldErrors, type SchemaIssue } from './validation-messages.ts';

export type { Problem } from '../../shared/contracts/common.ts';

export function sendProblem(reply: FastifyReply, code: ErrorCode, detail: string, errors?: FieldError[]) {
  const { status, title } = ERROR_CODES[code];
  const problem: Problem = { type: `https://proxirh.fr/problemes/${code}`, title, status, detail };
  if (errors?.length) problem.errors = errors;
  if (status >= 500) problem.requestId = String(reply.request.id);
  return reply.code(status).type('application/problem+json; charset=utf-8').send(problem);
}

/** Maps Fastify's own errors (body too large, bad JSON…) to our codes. */
function fromFastifyError(error: FastifyError): AppError | undefined {
  if (error.validation) {
    return new AppError('validation_failed', 'Certaines données sont invalides.',
      toFieldErrors(error.validation as SchemaIssue[], error.validationContext ?? 'body'));
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('too_large', 'Le contenu envoyé dépasse la taille autorisée.');
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError('too_large', 'Le fichier dépasse la taille autorisée (10 Mo).');
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new AppError('too_large', 'Envoyez un seul fichier à la fois.');
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError('validation_failed', 'Envoyez le fichier en multipart/form-data (champ « file »).');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('validation_failed', 'Le corps de la requête n’est pas un JSON valide.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('validation_failed', 'Ce type de contenu n’est pas accepté.');
  }
  if (error.statusCode === 429) return new AppError('too_many_requests', 'Trop de tentatives : réessayez dans une minute.');
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError('validation_failed', 'La requête est invalide.');
  }
  return undefined;
}

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const known = error instanceof AppError ? error : fromFastifyError(error);
    if (known) {
      if (known.code === 'forbidden' || known.code === 'csrf_failed') {
        request.log.warn({ code: known.code, route: request.routeOptions.url }, 'access denied');
      }
      return sendProblem(reply, known.code, known.detail, known.errors);
    }
    // Unexpected: the log keeps the stack, the answer keeps only the request id.
    request.log.error({ err: error }, 'unexpected error');
    return sendProblem(reply, 'internal', 'Une erreur inattendue est survenue. Si elle persiste, communiquez l’identifiant de la requête au support.');
  });
}
