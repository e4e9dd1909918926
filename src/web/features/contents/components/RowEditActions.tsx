import { Button } from '@codegouvfr/react-dsfr/Button';
import type { FormEvent } from 'react';
import type { SearchSettingAbilities } from '../../../../shared/contracts/knowledge-base-editor.ts';
import type { RowEditing } from './useRowEditing.ts';

interface RowEditActionsProps {
  editing: RowEditing;
  id: string;
  /** Said to screen readers after each verb, naming the row: `le synonyme « CFP »`. */
  rowName: string;
  /** What the server lets the caller do to the row. */
  abilities: SearchSettingAbilities;
  /** Said to screen readers when the row may be neither changed nor deleted. */
  reserved: string;
  saving: boolean;
  deleting: boolean;
  /** The server's message about the row's form, when it is not about one field. */
  formError: string | undefined;
  onEdit: () => void;
  onSave: (event: FormEvent) => void;
  onDelete: () => void;
}

/**
 * The « Action » cell of a row edited in place (`useRowEditing`): « Modifier » and « Supprimer » as the
 * row's abilities allow, or, while the row is open, the form the row's fields join, with « Enregistrer »
 * and « Annuler ».
 */
export function RowEditActions({
  editing, id, rowName, abilities, reserved, saving, deleting, formError, onEdit, onSave, onDelete,
}: RowEditActionsProps) {
  if (editing.editingId === id) {
    return (
      <form id={editing.ids.form(id)} data-row-edit={editing.ids.rowKey(id)} noValidate onSubmit={onSave}>
        <ul className="fr-btns-group fr-btns-group--sm fr-btns-group--inline-lg">
          <li>
            <Button type="submit" size="small" disabled={saving}>
              Enregistrer<span className="fr-sr-only">{` ${rowName}`}</span>
            </Button>
          </li>
          <li>
            <Button type="button" size="small" priority="secondary" onClick={editing.stop}>
              Annuler<span className="fr-sr-only"> la modification</span>
            </Button>
          </li>
        </ul>
        {formError && <p className="fr-error-text fr-mt-0">{formError}</p>}
      </form>
    );
  }
  return (
    <ul className="fr-btns-group fr-btns-group--sm fr-btns-group--inline-lg">
      {abilities.edit && (
        <li>
          <Button type="button" size="small" priority="secondary" nativeButtonProps={{ id: editing.ids.editButton(id) }} onClick={onEdit}>
            Modifier<span className="fr-sr-only">{` ${rowName}`}</span>
          </Button>
        </li>
      )}
      {abilities.delete && (
        <li>
          <Button type="button" size="small" priority="tertiary" disabled={deleting} onClick={onDelete}>
            Supprimer<span className="fr-sr-only">{` ${rowName}`}</span>
          </Button>
        </li>
      )}
      {!abilities.edit && !abilities.delete && <li className="fr-mb-0"><span aria-hidden="true">—</span><span className="fr-sr-only">{reserved}</span></li>}
    </ul>
  );
}
