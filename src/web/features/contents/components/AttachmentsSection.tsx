import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Upload } from '@codegouvfr/react-dsfr/Upload';
import { useRef, useState, type FormEvent } from 'react';
import type { ArticleDetail } from '../../../../shared/contracts/knowledge-base-editor.ts';
import {
  ARTICLE_ALT_MAX, ARTICLE_ATTACHMENT_MAX_BYTES, ARTICLE_ATTACHMENT_MEDIA_TYPES, ARTICLE_TITLE_MAX,
} from '../../../../shared/contracts/limits.ts';
import { errorMessages } from '../../../api/client.ts';
import { formatFileSize } from '../../../format.ts';
import { useDeleteAttachment, useUploadAttachment } from '../api/contents.ts';

const ACCEPT = Object.keys(ARTICLE_ATTACHMENT_MEDIA_TYPES).join(',');
const EXTENSIONS = [...new Set(Object.values(ARTICLE_ATTACHMENT_MEDIA_TYPES))].join(', ');

/**
 * The files beside an article: the circular's PDF beside its plain-language guide, images with
 * their alternative text (required: an image without it is refused here and by the server).
 */
export function AttachmentsSection({ article }: { article: ArticleDetail }) {
  const upload = useUploadAttachment(article.id);
  const remove = useDeleteAttachment(article.id);
  const [file, setFile] = useState<File | null>(null);
  const [label, setLabel] = useState('');
  const [alt, setAlt] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const isImage = file !== null && file.type.startsWith('image/');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (file === null) found.file = 'Choisissez un fichier.';
    else if (!(file.type in ARTICLE_ATTACHMENT_MEDIA_TYPES)) found.file = `Ce type de fichier n’est pas accepté : ${EXTENSIONS}.`;
    else if (file.size > ARTICLE_ATTACHMENT_MAX_BYTES) found.file = `Le fichier dépasse ${formatFileSize(ARTICLE_ATTACHMENT_MAX_BYTES)}.`;
    if (label.trim() === '') found.label = 'Donnez un intitulé au fichier (par exemple « Circulaire mobilité 2027 »).';
    else if (label.length > ARTICLE_TITLE_MAX) found.label = `L’intitulé dépasse ${ARTICLE_TITLE_MAX} caractères.`;
    if (isImage && alt.trim() === '') found.alt = 'Décrivez l’image pour les personnes qui ne la voient pas : le texte alternatif est obligatoire.';
    else if (alt.length > ARTICLE_ALT_MAX) found.alt = `Le texte alternatif dépasse ${ARTICLE_ALT_MAX} caractères.`;
    setErrors(found);
    setDone(null);
    if (Object.keys(found).length > 0 || file === null) return;
    upload.mutate({ file, label: label.trim(), alt: isImage ? alt.trim() : '' }, {
      onSuccess: (created) => {
        setDone(`« ${created.label} » est joint à l’article.`);
        setFile(null);
        setLabel('');
        setAlt('');
        if (fileInput.current) fileInput.current.value = '';
      },
      onError: (error) => {
        const { summary, fields } = errorMessages(error, 'Le fichier n’a pas pu être envoyé.');
        setErrors(Object.keys(fields).length > 0 ? fields : { form: summary });
      },
    });
  };

  return (
    <section aria-labelledby="fichiers-titre" className="contents-panel fr-p-3w fr-mb-4w">
      <h2 id="fichiers-titre" className="fr-h5">Fichiers joints</h2>
      <p role="status" aria-live="polite" className="fr-text--sm">{done ?? ''}</p>
      {article.attachments.length === 0 ? (
        <p className="fr-text--sm">Aucun fichier joint.</p>
      ) : (
        <ul className="fr-raw-list fr-mb-3w">
          {article.attachments.map((attachment) => (
            <li key={attachment.id} className="fr-mb-2w fr-text--sm">
              <a href={attachment.url} download={attachment.fileName}>{attachment.label}</a>{' '}
              ({attachment.fileName}, {formatFileSize(attachment.size)})
              {attachment.alt && <span className="fr-display-block">Texte alternatif : « {attachment.alt} »</span>}
              <Button
                type="button"
                size="small"
                priority="tertiary"
                disabled={remove.isPending}
                onClick={() => remove.mutate(attachment.id, { onSuccess: () => setDone(`« ${attachment.label} » est retiré.`) })}
              >
                Retirer<span className="fr-sr-only">{` ${attachment.label}`}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {errors.form && <Alert small severity="error" description={errors.form} className="fr-mb-2w" />}
      <form onSubmit={onSubmit} noValidate>
        <Upload
          label="Ajouter un fichier"
          hint={`${EXTENSIONS.toUpperCase()}, ${formatFileSize(ARTICLE_ATTACHMENT_MAX_BYTES)} au plus`}
          {...(errors.file ? { state: 'error' as const, stateRelatedMessage: errors.file } : {})}
          nativeInputProps={{
            id: 'fichier-choix',
            ref: fileInput,
            accept: ACCEPT,
            onChange: (e) => setFile(e.target.files?.[0] ?? null),
          }}
        />
        <Input
          label="Intitulé"
          className="fr-mt-2w"
          {...(errors.label ? { state: 'error' as const, stateRelatedMessage: errors.label } : {})}
          nativeInputProps={{ id: 'fichier-intitule', value: label, onChange: (e) => setLabel(e.target.value) }}
        />
        {isImage && (
          <Input
            label="Texte alternatif de l’image"
            hintText="Ce que montre l’image, pour les personnes qui ne la voient pas."
            {...(errors.alt ? { state: 'error' as const, stateRelatedMessage: errors.alt } : {})}
            nativeInputProps={{ id: 'fichier-alt', value: alt, onChange: (e) => setAlt(e.target.value) }}
          />
        )}
        <Button type="submit" priority="secondary" disabled={upload.isPending} iconId="fr-icon-upload-line" iconPosition="left">
          Joindre le fichier
        </Button>
      </form>
    </section>
  );
}
