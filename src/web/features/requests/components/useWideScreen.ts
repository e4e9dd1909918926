import { useSyncExternalStore } from 'react';

/** The DSFR's « md » breakpoint: under it, lists of requests are shown as cards rather than tables. */
const WIDE = '(min-width: 48em)';

function subscribe(onChange: () => void) {
  const query = window.matchMedia(WIDE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** True on a screen wide enough for a table of requests (decided in script: no CSS class to load). */
export function useWideScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(WIDE).matches, () => true);
}
