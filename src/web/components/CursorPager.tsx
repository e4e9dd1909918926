import { Button } from '@codegouvfr/react-dsfr/Button';
import { useCallback, useRef, useState } from 'react';

/**
 * Page-by-page navigation over cursor lists (`{ items, nextCursor }`): the cursors already
 * visited are kept so that « Précédentes » can go back. After a change of page, focus moves
 * to the table caption so that a screen-reader user starts reading the new page.
 */
export function useCursorPager() {
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const captionRef = useRef<HTMLTableCaptionElement>(null);
  const focusCaption = () => requestAnimationFrame(() => captionRef.current?.focus());

  const next = useCallback((cursor: string) => {
    setCursors((previous) => [...previous, cursor]);
    focusCaption();
  }, []);
  const previous = useCallback(() => {
    setCursors((list) => (list.length > 1 ? list.slice(0, -1) : list));
    focusCaption();
  }, []);
  const reset = useCallback(() => setCursors([undefined]), []);

  return {
    cursor: cursors[cursors.length - 1],
    pageNumber: cursors.length,
    captionRef,
    next,
    previous,
    reset,
  };
}

interface CursorPagerProps {
  pager: ReturnType<typeof useCursorPager>;
  nextCursor: string | null | undefined;
  /** What the pages hold, for the navigation's name: « demandes », « comptes ». */
  noun: string;
  busy?: boolean;
}

export function CursorPager({ pager, nextCursor, noun, busy = false }: CursorPagerProps) {
  const hasPrevious = pager.pageNumber > 1;
  const hasNext = typeof nextCursor === 'string' && nextCursor !== '';
  if (!hasPrevious && !hasNext) return null;
  return (
    <nav aria-label={`Pagination des ${noun}`} className="fr-mb-4w">
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left">
        {hasPrevious && (
          <li>
            <Button
              priority="secondary"
              iconId="fr-icon-arrow-left-s-line"
              onClick={pager.previous}
              disabled={busy}
            >
              Précédentes
            </Button>
          </li>
        )}
        {hasNext && (
          <li>
            <Button
              priority="secondary"
              iconId="fr-icon-arrow-right-s-line"
              iconPosition="right"
              onClick={() => pager.next(nextCursor)}
              disabled={busy}
            >
              Suivantes
            </Button>
          </li>
        )}
      </ul>
    </nav>
  );
}
