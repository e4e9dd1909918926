import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * One row of a table at a time turns into a form. Its first field takes the focus when it opens;
 * the row's « Modifier » button gets it back when it closes (saved or cancelled), so that a
 * keyboard user stays where they were. Échap in any of the row's fields cancels — except in a
 * search field still holding text, which Chromium empties first.
 *
 * The row's cells wrap their content in an element carrying `data-row-edit={rowKey}`: a form
 * cannot span table cells, so the fields join it with the `form` attribute instead.
 */
export function useRowEditing(name: string) {
  const [editingId, setEditingId] = useState<string | null>(null);
  /** The element to focus once the row has been drawn open or closed. */
  const focusId = useRef<string | null>(null);

  const ids = {
    editButton: (id: string) => `${name}-${id}-modifier`,
    field: (id: string, field: string) => `${name}-${id}-${field}`,
    form: (id: string) => `${name}-${id}-formulaire`,
    rowKey: (id: string) => `${name}-${id}`,
  };

  const start = (id: string, firstField: string) => {
    focusId.current = ids.field(id, firstField);
    setEditingId(id);
  };
  const stop = useCallback(() => {
    if (editingId !== null) focusId.current = `${name}-${editingId}-modifier`;
    setEditingId(null);
  }, [editingId, name]);

  useEffect(() => {
    if (focusId.current === null) return;
    document.getElementById(focusId.current)?.focus();
    focusId.current = null;
  }, [editingId]);

  useEffect(() => {
    if (editingId === null) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !(event.target instanceof HTMLElement)) return;
      if (!event.target.closest(`[data-row-edit="${name}-${editingId}"]`)) return;
      if (event.target instanceof HTMLInputElement && event.target.type === 'search' && event.target.value !== '') return;
      event.preventDefault();
      stop();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [editingId, name, stop]);

  return { editingId, start, stop, ids };
}

export type RowEditing = ReturnType<typeof useRowEditing>;
