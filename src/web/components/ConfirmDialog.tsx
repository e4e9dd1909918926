import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * Asks before an action that cannot be undone in one click (mails sent, a person signed out).
 * A native modal dialog: focus moves into it, Échap cancels, and focus returns to the button
 * that opened it when it closes.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel = 'Annuler', busy = false, onConfirm, onCancel }: {
  open: boolean; title: string; children: ReactNode; confirmLabel: string; cancelLabel?: string; busy?: boolean; onConfirm: () => void; onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className="fr-p-4w"
      style={{ maxWidth: '36rem', width: 'calc(100% - 2rem)', border: '1px solid var(--border-default-grey)' }}
      onCancel={(event) => { event.preventDefault(); onCancel(); }}
    >
      {open && (
        <>
          <h2 id={titleId} className="fr-h4">{title}</h2>
          {children}
          <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-3w fr-mb-0">
            <li><Button onClick={onConfirm} disabled={busy}>{confirmLabel}</Button></li>
            <li><Button priority="secondary" onClick={onCancel}>{cancelLabel}</Button></li>
          </ul>
        </>
      )}
    </dialog>
  );
}
