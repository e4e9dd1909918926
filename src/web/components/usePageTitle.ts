import { useEffect } from 'react';

/** Sets the browser tab title: « Mon espace — ProxiRH ». */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — ProxiRH`;
  }, [title]);
}
