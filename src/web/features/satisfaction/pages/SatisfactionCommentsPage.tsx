import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { TOPIC_LABELS, type Topic } from '../../../../shared/glossary.ts';
import { ACADEMIES } from '../../../../shared/territories.ts';
import type { Comment, CommentsQuery } from '../../../../shared/contracts/satisfaction.ts';
import { errorMessages } from '../../../api/client.ts';
import { CursorPager, useCursorPager } from '../../../components/CursorPager.tsx';
import { DataTable } from '../../../components/DataTable.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { RequireAbility, useRequiredSession } from '../../../components/RequireAbility.tsx';
import { spaceGrants } from '../../../components/spaces.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatDay } from '../../../format.ts';
import { downloadCommentsCsv, useSatisfactionComments } from '../api/satisfaction.ts';

/**
 * `/coordination/avis`: what agents wrote in « Que devrions-nous améliorer ? », for the
 * académie's coordinator. The server gives the day, the topic and the score, never a name or
 * a reference, and records each reading in the audit log.
 */
/**
 * The page's own guard: the route lets every coordinator in, the comments are for the académie's
 * coordinator only, so anyone else reads « Accès refusé » at once, before any request is made.
 */
export function SatisfactionCommentsPage() {
  return <RequireAbility ability="readSurveyComments"><SatisfactionComments /></RequireAbility>;
}

function SatisfactionComments() {
  usePageTitle('Avis des agents');
  const session = useRequiredSession();
  const grants = spaceGrants(session, 'coordinateRequests');
  const national = grants.some((g) => g.territory.level === 'national');
  const own = grants.filter((g) => g.territory.level === 'academie').map((g) => g.territory.code);
  const choices = national ? ACADEMIES.map((a) => ({ code: a.code, name: a.name })) : ACADEMIES.filter((a) => own.includes(a.code));
  const [draft, setDraft] = useState<CommentsQuery>({ academie: own[0] ?? choices[0]?.code ?? '', from: '', to: '' });
  const [filters, setFilters] = useState<CommentsQuery>(draft);
  const pager = useCursorPager();
  const comments = useSatisfactionComments(filters, pager.cursor);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);

  function apply(event: FormEvent) {
    event.preventDefault();
    pager.reset();
    setFilters(draft);
  }

  async function download() {
    setDownloadError(null);
    setDownloading(true);
    try {
      await downloadCommentsCsv(filters);
    } catch (error) {
      setDownloadError(errorMessages(error, 'Le fichier n’a pas pu être téléchargé.').summary);
    } finally {
      setDownloading(false);
    }
  }

  return (
    <>
      <p>
        <Link to="/coordination" className="fr-link fr-icon-arrow-left-line fr-link--icon-left">Retour à la coordination</Link>
      </p>
      <h1>Avis des agents</h1>
      <p className="fr-text--lead">
        Les suggestions écrites par les agents dans le questionnaire de satisfaction envoyé après la clôture de leur demande. Elles
        sont présentées sans nom ni référence ; chaque consultation est inscrite au journal d’audit.
      </p>

      <form onSubmit={apply} className="fr-mb-4w" aria-label="Filtrer les avis">
        <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
          {choices.length > 1 && (
            <div className="fr-col-12 fr-col-md-4">
              <Select label="Académie" nativeSelectProps={{ id: 'avis-academie', value: draft.academie, onChange: (e) => setDraft({ ...draft, academie: e.target.value }) }}>
                {choices.map((a) => <option key={a.code} value={a.code}>{a.name}</option>)}
              </Select>
            </div>
          )}
          <div className="fr-col-12 fr-col-md-3">
            <Input label="Réponses depuis le" nativeInputProps={{ id: 'avis-du', type: 'date', value: draft.from ?? '', onChange: (e) => setDraft({ ...draft, from: e.target.value }) }} />
          </div>
          <div className="fr-col-12 fr-col-md-3">
            <Input label="Jusqu’au" nativeInputProps={{ id: 'avis-au', type: 'date', value: draft.to ?? '', onChange: (e) => setDraft({ ...draft, to: e.target.value }) }} />
          </div>
          <div className="fr-col-12 fr-col-md-2">
            <Button type="submit" priority="secondary" className="fr-mb-3w">Filtrer</Button>
          </div>
        </div>
      </form>

      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        <li>
          <Button iconId="fr-icon-download-line" priority="secondary" onClick={() => void download()} disabled={downloading}>
            Télécharger les avis (CSV)
          </Button>
        </li>
      </ul>
      {downloadError !== null && <Alert severity="error" small description={downloadError} className="fr-mb-3w" />}

      {comments.isPending ? (
        <Loading label="Chargement des avis…" />
      ) : comments.isError ? (
        <ErrorAlert error={comments.error} title="Les avis n’ont pas pu être chargés" />
      ) : comments.data.items.length === 0 ? (
        <p>Aucun avis écrit pour cette période.</p>
      ) : (
        <>
          <DataTable<Comment & { position: number }>
            id="avis"
            caption={`Avis écrits (page ${pager.pageNumber})`}
            captionRef={pager.captionRef}
            rows={comments.data.items.map((item, position) => ({ ...item, position }))}
            rowKey={(row) => String(row.position)}
            columns={[
              { header: 'Date', cell: (row) => formatDay(row.answeredAt), rowHeader: true },
              { header: 'Thème de la demande', cell: (row) => TOPIC_LABELS[row.topic as Topic] ?? row.topic },
              { header: 'Note globale (sur 10)', cell: (row) => (row.overall === null ? '—' : row.overall) },
              { header: 'Ce qui devrait s’améliorer', cell: (row) => <span style={{ whiteSpace: 'pre-line' }}>{row.improvement}</span> },
            ]}
          />
          <CursorPager pager={pager} nextCursor={comments.data.nextCursor} noun="avis" busy={comments.isFetching} />
        </>
      )}
    </>
  );
}
