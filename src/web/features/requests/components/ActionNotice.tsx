import { useCallback, useRef, useState } from 'react';
import { focusSoon } from '../../../components/ErrorSummary.tsx';

/**
 * The outcome of an action that makes its own form disappear (close, reopen, exceptional
 * opening): said in a live region that stays on the page, which also receives focus so that
 * keyboard users do not fall back to the top of the page.
 */
export function useActionNotice() {
  const [message, setMessage] = useState('');
  const ref = useRef<HTMLDivElement>(null);
  const announce = useCallback((text: string) => {
    setMessage(text);
    focusSoon(() => ref.current);
  }, []);
  const element = (
    <div ref={ref} tabIndex={-1} role="status" aria-live="polite" className="fr-mb-2w">
      {message !== '' && (
        <div className="fr-alert fr-alert--success fr-alert--sm">
          <p>{message}</p>
        </div>
      )}
    </div>
  );
  return { element, announce };
}
