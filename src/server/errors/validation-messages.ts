import type { FieldError } from './app-error.ts';
import { ONE_LINE_PATTERN, TEXT_PATTERN, VISIBLE_PATTERN } from '../../shared/contracts/common.ts';

/** The shape of a schema-validation error as Fastify hands it over (Ajv). */
export interface SchemaIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** Turns Ajv's English messages into one French sentence per field. */
export function toFieldErrors(issues: SchemaIssue[], context: string): FieldError[] {
  return issues.map((issue) => {
    const base = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const missing = typeof issue.params.missingProperty === 'string' ? issue.params.missingProperty : undefined;
    const field = missing ? (base ? `${base}.${missing}` : missing) : base || context;
    return { field, message: frenchMessage(issue) };
  });
}

/** The patterns of typed text (contracts/common.ts) say which rule the value broke. */
const PATTERN_MESSAGES: Record<string, string> = {
  [VISIBLE_PATTERN]: 'Ce champ ne peut pas être vide.',
  [ONE_LINE_PATTERN]: 'Ce champ tient sur une ligne, sans caractère de contrôle.',
  [TEXT_PATTERN]: 'Ce texte ne peut pas contenir de caractère de contrôle (seuls les retours à la ligne et les tabulations sont acceptés).',
};

function frenchMessage(issue: SchemaIssue): string {
  const p = issue.params;
  switch (issue.keyword) {
    case 'required': return 'Ce champ est obligatoire.';
    case 'minLength': return p.limit === 1 ? 'Ce champ ne peut pas être vide.' : `Au moins ${p.limit} caractères.`;
    case 'maxLength': return `Au plus ${p.limit} caractères.`;
    case 'minimum': return `La valeur doit être au moins ${p.limit}.`;
    case 'maximum': return `La valeur doit être au plus ${p.limit}.`;
    case 'enum':
    case 'anyOf':
    case 'const': return 'Cette valeur ne fait pas partie des choix possibles.';
    case 'type': return `Type attendu : ${typeLabel(String(p.type))}.`;
    case 'format': return `Format attendu : ${String(p.format)}.`;
    case 'pattern': return PATTERN_MESSAGES[String(p.pattern)] ?? 'Le format de cette valeur est incorrect.';
    case 'additionalProperties': return `Champ inconnu : ${String(p.additionalProperty)}.`;
    case 'minItems': return `Au moins ${p.limit} élément(s).`;
    case 'maxItems': return `Au plus ${p.limit} élément(s).`;
    default: return 'Valeur invalide.';
  }
}

function typeLabel(type: string): string {
  const labels: Record<string, string> = {
    string: 'texte', integer: 'nombre entier', number: 'nombre', boolean: 'vrai ou faux', object: 'objet', array: 'liste',
  };
  return type.split(',').map((t) => labels[t] ?? t).join(' ou ');
}
