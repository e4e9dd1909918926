import { useRef, useState } from 'react';
import { errorMessages, isApiError } from '../../../api/client.ts';
import { focusSoon, type SummaryItem } from '../../../components/ErrorSummary.tsx';

/** How a questionnaire ends once sent: recorded, or refused because used (409) or expired (410). */
export type QuestionnaireEnd = 'thanks' | 'answered' | 'expired';

/**
 * The sending of a questionnaire reached by its one-time link (after closure, national panel):
 * the local checks' errors, the server's field errors or its sentence, the error summary that
 * takes the focus, and the end of the questionnaire when the server recorded or refused it.
 */
export function useQuestionnaireSubmit<T>(send: (body: T) => Promise<unknown>, onDone: (end: QuestionnaireEnd) => void) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  /** Shows `localErrors` when there are any; else sends the body (built only then). */
  async function submit(localErrors: Record<string, string>, body: () => T): Promise<void> {
    setErrors(localErrors);
    setFormError(null);
    if (Object.keys(localErrors).length > 0) {
      focusSoon(() => summaryRef.current);
      return;
    }
    try {
      await send(body());
      onDone('thanks');
    } catch (error) {
      if (isApiError(error, 409)) return onDone('answered');
      if (isApiError(error, 410)) return onDone('expired');
      const { summary, fields } = errorMessages(error, 'Votre réponse n’a pas pu être envoyée. Réessayez dans un instant.');
      if (isApiError(error, 400) && Object.keys(fields).length > 0) setErrors(fields);
      else setFormError(summary);
      focusSoon(() => summaryRef.current);
    }
  }

  /** The summary's lines: each field's error where `describe` says it leads, then the form's. */
  function summaryItems(describe: (field: string) => { label: string; targetId: string }): SummaryItem[] {
    const items: SummaryItem[] = Object.entries(errors).map(([field, message]) => ({ message, ...describe(field) }));
    if (formError !== null) items.push({ message: formError });
    return items;
  }

  const summaryTitle = Object.keys(errors).length > 0 ? 'Le questionnaire contient des erreurs' : 'Votre réponse n’a pas pu être envoyée';
  return { errors, summaryRef, submit, summaryItems, summaryTitle };
}
