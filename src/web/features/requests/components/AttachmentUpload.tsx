import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState, type FormEvent } from 'react';
import { errorMessages } from '../../../api/client.ts';
import { useUploadAttachment } from '../api/requests.ts';
import { AttachmentPicker } from './AttachmentPicker.tsx';
import { ATTACHMENTS_PER_REQUEST_MAX as ATTACHMENT_MAX_COUNT } from '../../../../shared/contracts/limits.ts';

/** Joins files to an existing request, one upload per file; each failure is told by name. */
export function AttachmentUpload({ requestId, alreadyAttached }: { requestId: string; alreadyAttached: number }) {
  const [files, setFiles] = useState<File[]>([]);
  const [report, setReport] = useState<{ sent: string[]; failed: string[] }>({ sent: [], failed: [] });
  const upload = useUploadAttachment(requestId);
  if (alreadyAttached >= ATTACHMENT_MAX_COUNT) {
    return <p className="fr-text--sm">Cette demande compte déjà {ATTACHMENT_MAX_COUNT} pièces jointes, le maximum.</p>;
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const sent: string[] = [];
    const failed: string[] = [];
    for (const file of files) {
      try {
        await upload.mutateAsync(file);
        sent.push(file.name);
      } catch (error) {
        failed.push(`${file.name} : ${errorMessages(error, 'envoi impossible.').summary}`);
      }
    }
    setFiles([]);
    setReport({ sent, failed });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Ajouter des pièces jointes" className="fr-mb-4w">
      <AttachmentPicker
        id="ajout-pieces"
        label="Ajouter des pièces jointes"
        files={files}
        onChange={setFiles}
        alreadyAttached={alreadyAttached}
        disabled={upload.isPending}
      />
      {files.length > 0 && (
        <Button type="submit" priority="secondary" size="small" disabled={upload.isPending} iconId="fr-icon-upload-line">
          Envoyer {files.length === 1 ? 'le fichier' : `les ${files.length} fichiers`}
        </Button>
      )}
      <div role="status" aria-live="polite" className="fr-mt-2w fr-text--sm">
        {upload.isPending && 'Envoi en cours…'}
        {!upload.isPending && report.sent.length > 0 && <p className="fr-mb-1v">Ajouté : {report.sent.join(', ')}.</p>}
        {!upload.isPending && report.failed.length > 0 && (
          <p className="fr-error-text fr-mt-0">Non ajouté — {report.failed.join(' ; ')}</p>
        )}
      </div>
    </form>
  );
}
