import { Button } from '@codegouvfr/react-dsfr/Button';
import { Upload } from '@codegouvfr/react-dsfr/Upload';
import { useState } from 'react';
import { formatFileSize } from '../../../format.ts';
import { ATTACHMENTS_PER_REQUEST_MAX as ATTACHMENT_MAX_COUNT } from '../../../../shared/contracts/limits.ts';
import { ATTACHMENT_ACCEPT, attachmentProblem } from './requestTexts.ts';

interface Props {
  id: string;
  files: File[];
  onChange: (files: File[]) => void;
  /** How many files the request already holds (the server accepts five in all). */
  alreadyAttached?: number;
  disabled?: boolean;
  label?: string;
}

function remainingText(remaining: number): string {
  if (remaining >= ATTACHMENT_MAX_COUNT) return '';
  if (remaining <= 0) return ' (plus aucun possible)';
  return ` (encore ${remaining} possible${remaining > 1 ? 's' : ''})`;
}

/**
 * Files to join to a request, chosen one at a time so that each can be removed: format and
 * size are checked here (the server checks them again, and the content too).
 */
export function AttachmentPicker(props: Props) {
  const { id, files, onChange, alreadyAttached = 0, disabled = false, label = 'Pièces jointes (facultatif)' } = props;
  const [problem, setProblem] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const remaining = ATTACHMENT_MAX_COUNT - alreadyAttached - files.length;

  // A file is listed (and later sent) only once its name, size and content were found acceptable.
  const add = async (chosen: File[]) => {
    if (chosen.length === 0) return;
    setChecking(true);
    const accepted: File[] = [];
    const problems: string[] = [];
    for (const file of chosen) {
      const issue = await attachmentProblem(file);
      if (issue !== null) problems.push(issue);
      else if (accepted.length < remaining) accepted.push(file);
      else problems.push(`« ${file.name} » n’a pas été ajouté : ${ATTACHMENT_MAX_COUNT} fichiers au plus par demande.`);
    }
    setChecking(false);
    setProblem(problems.length > 0 ? `${problems.join(' ')} Un fichier refusé n’est pas envoyé : choisissez-en un autre.` : null);
    if (accepted.length > 0) onChange([...files, ...accepted]);
  };

  return (
    <div className="fr-mb-4w">
      <Upload
        id={id}
        label={label}
        hint={`Formats acceptés : PDF, JPEG, PNG, ODT, DOCX. Taille maximale : 10 Mo par fichier. ${ATTACHMENT_MAX_COUNT} fichiers au plus par demande${remainingText(remaining)}.`}
        multiple
        disabled={disabled || checking || remaining <= 0}
        state={problem === null ? 'default' : 'error'}
        stateRelatedMessage={problem ?? undefined}
        nativeInputProps={{
          id: `${id}-input`,
          accept: ATTACHMENT_ACCEPT,
          onChange: (event) => {
            const chosen = Array.from(event.target.files ?? []);
            // The chosen files are kept in the list below; the input is emptied to choose more.
            event.target.value = '';
            void add(chosen);
          },
        }}
      />
      <p className="fr-sr-only" aria-live="polite">
        {checking ? 'Vérification du fichier…' : ''}
      </p>
      {files.length > 0 && (
        <ul className="fr-mt-2w" aria-label="Fichiers qui seront joints">
          {files.map((file, index) => (
            <li key={`${file.name}-${index}`} className="fr-mb-1w">
              {file.name} ({formatFileSize(file.size)}){' '}
              <Button
                type="button"
                priority="tertiary no outline"
                size="small"
                iconId="fr-icon-close-line"
                disabled={disabled}
                title={`Retirer ${file.name}`}
                onClick={() => {
                  onChange(files.filter((_, position) => position !== index));
                  setProblem(null);
                }}
              >
                Retirer<span className="fr-sr-only"> {file.name}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
