/**
 * Form limits, as plain constants: the contracts validate with them and the web forms read them
 * (maxLength…) without pulling TypeBox into the browser bundle. One constant per limit.
 */

/** A request: its subject line, description and the agent's availabilities. */
export const REQUEST_SUBJECT_MAX = 200;
export const REQUEST_DESCRIPTION_MAX = 10_000;
export const CONTACT_AVAILABILITY_MAX = 500;
/** A message or an internal note on a request. */
export const MESSAGE_BODY_MAX = 10_000;
/** Why a closed request is reopened (optional). */
export const REOPEN_REASON_MAX = 2_000;
/** The summary written when a request is closed. */
export const CLOSE_SUMMARY_MAX = 5_000;
/** The justification of a « bris de glace »: a real sentence, not a word. */
export const BREAK_GLASS_JUSTIFICATION_MIN = 20;
export const BREAK_GLASS_JUSTIFICATION_MAX = 2_000;
/** The free text of a satisfaction questionnaire (after closure, national panel). */
export const SURVEY_TEXT_MAX = 2_000;
/** A national panel draw: people per département, and the seed that replays it. */
export const PANEL_PER_DEPARTEMENT_MIN = 4;
export const PANEL_PER_DEPARTEMENT_MAX = 200;
export const PANEL_PER_DEPARTEMENT_DEFAULT = 20;
export const PANEL_SEED_MAX = 64;
export const PANEL_SEED_PATTERN = '^[A-Za-z0-9_-]+$';
/** Files joined to a request: 10 Mo each, 5 per request. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENTS_PER_REQUEST_MAX = 5;
/**
 * The kinds of file accepted, recognised from their content (magic bytes, the `file-type`
 * library on both sides), never from their name, with the extension each is stored under.
 */
export const ATTACHMENT_MEDIA_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};
/** The search box of the request lists (a reference or the beginning of a name). */
export const REQUEST_SEARCH_MAX = 100;
/** A person created by an administrator: given and family names, e-mail address (RFC 5321). */
export const PERSON_NAME_MAX = 100;
export const EMAIL_MAX = 254;
/** The record filter of the audit log: a request's reference or an identifier. */
export const AUDIT_RECORD_MAX = 60;
/** The orientation network: a contact point's fields, a referral's note, a decline's reason, an outcome's summary. */
export const CONTACT_POINT_NAME_MAX = 200;
export const CONTACT_POINT_TEXT_MAX = 1_000;
export const CONTACT_POINT_PHONE_MAX = 30;
export const REFERRAL_NOTE_MAX = 5_000;
export const REFERRAL_REASON_MAX = 2_000;

/** The message of an appointment's cancellation (the adviser's is required). */
export const APPOINTMENT_CANCEL_MESSAGE_MAX = 1000;
/** The adviser's message when moving an appointment. */
export const APPOINTMENT_MOVE_MESSAGE_MAX = 1000;

/** Collective sessions: the title, the description (plain text), the capacity, the cancellation message. */
export const SESSION_TITLE_MAX = 200;
export const SESSION_DESCRIPTION_MAX = 5_000;
export const SESSION_CAPACITY_MAX = 2_000;
export const SESSION_CANCEL_MESSAGE_MAX = 1_000;
/** A call logged from the phone line: its summary. */
export const PHONE_CALL_SUMMARY_MAX = 5_000;
/** Key dates: the title and the description (plain text); reminders, in days before. */
export const KEY_DATE_TITLE_MAX = 200;
export const KEY_DATE_DESCRIPTION_MAX = 2_000;
export const KEY_DATE_REMINDERS_MAX = 3;
export const KEY_DATE_REMINDER_DAYS_MAX = 60;
/** The newsletter: title, editorial, the items and the « focus par métier » sections. */
export const NEWSLETTER_TITLE_MAX = 200;
export const NEWSLETTER_EDITORIAL_MAX = 3_000;
export const NEWSLETTER_ITEMS_MAX = 20;
export const NEWSLETTER_SECTIONS_MAX = 4;
export const NEWSLETTER_SECTION_TITLE_MAX = 200;
export const NEWSLETTER_SECTION_BODY_MAX = 2_000;

/** The knowledge base: an article’s fields, its search box, the assistant’s question, synonyms and « questions types ». */
export const ARTICLE_SLUG_MAX = 120;
export const ARTICLE_TITLE_MAX = 200;
export const ARTICLE_SUMMARY_MAX = 600;
export const ARTICLE_BODY_MAX = 50_000;
export const ARTICLE_SCHEME_FIELD_MAX = 1_000;
export const ARTICLE_ALT_MAX = 300;
export const ARTICLE_SEARCH_MAX = 200;
export const ASSISTANT_QUESTION_MAX = 500;
export const REVIEW_COMMENT_MAX = 2_000;
export const SYNONYM_TERM_MAX = 80;
export const SYNONYMS_PER_TERM_MAX = 20;
export const CURATED_QUESTION_MAX = 300;
/** Files beside an article: a PDF (the circular beside its guide) or an image; 10 Mo each. */
export const ARTICLE_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ARTICLE_ATTACHMENT_MEDIA_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp',
};
