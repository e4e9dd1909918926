import type { Static } from 'typebox';
import { Value } from 'typebox/value';
import { Link, REDACTED_LINK, escapeHtml, type MailContent, type SecretLinkRef } from './template-kit.ts';
import { requestsMailTemplates } from '../modules/requests/mail-templates.ts';
import { orientationMailTemplates } from '../modules/orientation/mail-templates.ts';
import { satisfactionMailTemplates } from '../modules/satisfaction/mail-templates.ts';
import { reportsMailTemplates } from '../modules/reports/mail-templates.ts';
import { appointmentsMailTemplates } from '../modules/appointments/mail-templates.ts';
import { collectiveSessionsMailTemplates } from '../modules/collective-sessions/mail-templates.ts';

/*
 * Every e-mail ProxiRH sends is one of these templates, filled from a small typed payload.
 * There is no free-text body anywhere in the mail module: a payload holds a reference, a
 * request's subject line, a name, a date and a link into ProxiRH, each checked against a
 * closed schema (unknown keys refused), so the description, messages or notes of a request
 * cannot reach an e-mail, whoever calls.
 */

/**
 * Every module's templates, each module once: its `mail-templates.ts` (schemas and French texts,
 * built from template-kit.ts). A module that sends a new kind of mail adds its file here.
 */
const MODULE_MAIL_TEMPLATES = [
  requestsMailTemplates,
  orientationMailTemplates,
  satisfactionMailTemplates,
  reportsMailTemplates,
  appointmentsMailTemplates,
  collectiveSessionsMailTemplates,
] as const;
type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type Templates = Intersection<(typeof MODULE_MAIL_TEMPLATES)[number]>;

/** Two modules naming the same template would silently replace one text by the other: refused at start. */
const declaredNames = MODULE_MAIL_TEMPLATES.flatMap((templates) => Object.keys(templates));
const twice = declaredNames.filter((name, index) => declaredNames.indexOf(name) !== index);
if (twice.length > 0) throw new Error(`Modèle de courriel déclaré par deux modules : ${twice.join(', ')}.`);
const MAIL_TEMPLATES = Object.assign({}, ...MODULE_MAIL_TEMPLATES) as Templates;

export const MAIL_TEMPLATE_SCHEMAS = Object.fromEntries(Object.entries(MAIL_TEMPLATES).map(([name, template]) => [name, template.schema])) as
  { [T in keyof Templates]: Templates[T]['schema'] };

type Schemas = typeof MAIL_TEMPLATE_SCHEMAS;
export type MailTemplateName = keyof Schemas;
export type MailData<T extends MailTemplateName> = Static<Schemas[T]>;
export const MAIL_TEMPLATE_NAMES = Object.keys(MAIL_TEMPLATE_SCHEMAS) as MailTemplateName[];

/** A template and its payload, as one discriminated value: the payload type follows the name. */
export type MailRequest = { [T in MailTemplateName]: { template: T; data: MailData<T> } }[MailTemplateName];

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** Refused payload: names the template and the faulty fields, never their values. */
export class MailPayloadError extends Error {
  constructor(readonly template: string, readonly fields: string[]) {
    super(`Données refusées pour le modèle de courriel « ${template} » : ${fields.join(', ') || '(inconnu)'}.`);
    this.name = 'MailPayloadError';
  }
}

export function isMailTemplateName(name: string): name is MailTemplateName {
  return Object.prototype.hasOwnProperty.call(MAIL_TEMPLATE_SCHEMAS, name);
}

/** Checks a payload against its template at run time (the types already do it at compile time). */
export function assertMailRequest(mail: { template: string; data: unknown }): asserts mail is MailRequest {
  if (!isMailTemplateName(mail.template)) throw new MailPayloadError(mail.template, ['template']);
  const schema = MAIL_TEMPLATE_SCHEMAS[mail.template];
  if (Value.Check(schema, mail.data)) return;
  const fields = new Set<string>();
  for (const error of Value.Errors(schema, mail.data)) {
    const extra = (error.params as { additionalProperties?: string[] } | undefined)?.additionalProperties;
    if (error.keyword === 'additionalProperties' && extra) extra.forEach((key) => fields.add(`data.${key}`));
    else if (error.keyword === 'required') ((error.params as { requiredProperties?: string[] }).requiredProperties ?? []).forEach((key) => fields.add(`data.${key}`));
    else if (error.keyword !== 'boolean' && error.keyword !== 'anyOf') fields.add(`data${error.instancePath.replace(/\//g, '.')}`);
  }
  throw new MailPayloadError(mail.template, [...fields]);
}

const GREETING = 'Bonjour,';
const SIGNATURE = 'Le service RH de proximité';
const AUTOMATIC = 'Ceci est un message automatique, merci de ne pas y répondre.';

/** The link of a payload, made absolute on the public address; anything else is refused. */
function absoluteLink(template: string, link: string, publicUrl: string): string {
  const base = publicUrl.replace(/\/$/, '');
  if (link.startsWith('/')) return `${base}${link}`;
  if (link.startsWith(`${base}/`)) return link;
  throw new MailPayloadError(template, ['data.link']);
}

/** A minted link: a plain path into ProxiRH, like a payload's link, made absolute the same way. */
function mintedLink(template: string, path: string, publicUrl: string): string {
  if (!Value.Check(Link, path)) throw new MailPayloadError(template, ['secretLink']);
  return absoluteLink(template, path, publicUrl);
}

function layout(content: MailContent): RenderedMail {
  const text = [GREETING, ...content.paragraphs, `${content.action.label} : ${content.action.href}`, AUTOMATIC, SIGNATURE].join('\n\n');
  const html = [
    '<!DOCTYPE html>',
    '<html lang="fr">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family: Marianne, Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #161616; max-width: 40em;">',
    `<p>${escapeHtml(GREETING)}</p>`,
    ...content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(content.action.href)}" style="color: #000091;">${escapeHtml(content.action.label)}</a></p>`,
    `<p style="color: #3a3a3a; font-size: 14px;">${escapeHtml(AUTOMATIC)}</p>`,
    `<p>${escapeHtml(SIGNATURE)}</p>`,
    '</body>',
    '</html>',
  ].join('\n');
  return { subject: content.subject, text, html };
}

/** The record whose secret link the mail carries, if its template has one. */
export function secretLinkOf(mail: MailRequest): SecretLinkRef | undefined {
  return 'secretLink' in mail.data ? mail.data.secretLink : undefined;
}

/**
 * Checks the payload, then renders the subject, the text and the HTML of a mail. A template
 * with a secret link shows REDACTED_LINK unless the freshly minted `secretLink` is given:
 * what is rendered without it can be stored and shown.
 */
export function renderMail(mail: MailRequest, options: { publicUrl: string; secretLink?: string }): RenderedMail {
  assertMailRequest(mail);
  const link = 'link' in mail.data ? absoluteLink(mail.template, mail.data.link, options.publicUrl)
    : options.secretLink === undefined ? REDACTED_LINK : mintedLink(mail.template, options.secretLink, options.publicUrl);
  const render = MAIL_TEMPLATES[mail.template].content as (data: MailRequest['data'], link: string) => MailContent;
  return layout(render(mail.data, link));
}
