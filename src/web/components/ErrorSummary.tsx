import { forwardRef } from 'react';

export interface SummaryItem {
  message: string;
  /** The id of the field to reach from the summary; absent for an error about the whole form. */
  targetId?: string;
  /** The field's name as read in the form, to open the line. */
  label?: string;
}

interface Props {
  items: SummaryItem[];
  title?: string;
}

/**
 * The list of a form's errors, above the form (RGAA 11.10): each line leads to its field.
 * It receives focus after a failed submission so that a screen reader announces it. Fill it
 * from `errorMessages(error, fallback)` (api/client.ts): its `fields`, else its `summary`.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, Props>(function ErrorSummary(
  { items, title = 'Le formulaire contient des erreurs' },
  ref,
) {
  if (items.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="fr-alert fr-alert--error fr-mb-4w">
      <h2 className="fr-alert__title">
        {title} ({items.length === 1 ? '1 erreur' : `${items.length} erreurs`})
      </h2>
      <ul className="fr-mb-0">
        {items.map((item, index) => (
          <li key={`${item.targetId ?? 'form'}-${index}`}>
            {item.targetId === undefined ? (
              <>{item.label ? `${item.label} : ` : ''}{item.message}</>
            ) : (
              <a
                href={`#${item.targetId}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(item.targetId ?? '')?.focus();
                }}
              >
                {item.label ? `${item.label} : ` : ''}
                {item.message}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
});


/** Moves focus to an element once React has painted it. */
export function focusSoon(element: () => HTMLElement | null): void {
  requestAnimationFrame(() => element()?.focus());
}
