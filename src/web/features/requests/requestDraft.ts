import { TOPICS, type Topic } from '../../../shared/glossary.ts';
import { REQUEST_DESCRIPTION_MAX, REQUEST_SUBJECT_MAX } from '../../../shared/contracts/limits.ts';
import type { RequestFormValues } from './components/requestFormModel.ts';

/**
 * A request the agent has not written yet: « Poser une question » hands the question over to the
 * new-request form, which opens with it and lets the agent change everything before sending.
 * It travels in the router's state (never in the address, which servers log); when the agent must
 * sign in first, it waits in this tab's session storage and is taken once.
 */
export type RequestPrefill = Partial<Pick<RequestFormValues, 'topic' | 'subject' | 'description'>>;

const STORAGE_KEY = 'proxirh.requestDraft';

const isTopic = (value: unknown): value is Topic => typeof value === 'string' && (TOPICS as readonly string[]).includes(value);

/** What a router state or a stored value may carry, kept only when it has the expected shape. */
export function readRequestPrefill(value: unknown): RequestPrefill | null {
  if (typeof value !== 'object' || value === null || !('requestDraft' in value)) return null;
  const draft = (value as { requestDraft: unknown }).requestDraft;
  if (typeof draft !== 'object' || draft === null) return null;
  const { topic, subject, description } = draft as Record<string, unknown>;
  const prefill: RequestPrefill = {};
  if (isTopic(topic)) prefill.topic = topic;
  if (typeof subject === 'string') prefill.subject = subject.slice(0, REQUEST_SUBJECT_MAX);
  if (typeof description === 'string') prefill.description = description.slice(0, REQUEST_DESCRIPTION_MAX);
  return Object.keys(prefill).length === 0 ? null : prefill;
}

/** The router state that opens the new-request form with this draft. */
export const requestDraftState = (draft: RequestPrefill) => ({ requestDraft: draft });

/** Keeps the draft for after the sign-in (this tab only). */
export function keepRequestDraft(draft: RequestPrefill): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(requestDraftState(draft)));
  } catch {
    // Storage refused (private mode): the agent writes the request without the draft.
  }
}

/** The draft kept before a sign-in (read without side effect: a render may run twice). */
export function keptRequestDraft(): RequestPrefill | null {
  try {
    const stored = sessionStorage.getItem(STORAGE_KEY);
    return stored === null ? null : readRequestPrefill(JSON.parse(stored));
  } catch {
    return null;
  }
}

/** Forgets the kept draft once the form has opened with it. */
export function forgetKeptRequestDraft(): void {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was kept.
  }
}
