import type { AttachmentRef } from '../../../../shared/contracts/requests.ts';
import { formatFileSize } from '../../../format.ts';

const FORMAT_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
};

export const attachmentUrl = (id: string) => `/api/attachments/${encodeURIComponent(id)}`;

/** DSFR download links: name, then format and size. */
export function AttachmentList({ attachments, label }: { attachments: AttachmentRef[]; label: string }) {
  if (attachments.length === 0) return null;
  return (
    <ul aria-label={label} className="fr-mb-2w">
      {attachments.map((attachment) => {
        const format = FORMAT_NAMES[attachment.mediaType] ?? attachment.filename.split('.').pop()?.toUpperCase() ?? '';
        return (
          <li key={attachment.id}>
            <a className="fr-link fr-link--download" href={attachmentUrl(attachment.id)} download={attachment.filename}>
              Télécharger {attachment.filename}
              <span className="fr-link__detail">
                {format} – {formatFileSize(attachment.sizeBytes)}
              </span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
