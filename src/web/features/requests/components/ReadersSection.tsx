import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useRequestReaders } from '../api/requests.ts';
import { formatDateTime } from '../../../format.ts';
import { DataTable } from '../../../components/DataTable.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';

/** « Qui a consulté ma demande ? »: every staff read, exceptional openings highlighted. */
export function ReadersSection({ requestId }: { requestId: string }) {
  const readers = useRequestReaders(requestId, true);
  return (
    <section aria-labelledby="lecteurs-titre" className="fr-mb-6w">
      <h2 id="lecteurs-titre">Qui a consulté ma demande ?</h2>
      <p>
        Chaque consultation de votre demande par le service est enregistrée. Une ouverture exceptionnelle est une
        consultation par le coordonnateur d’une demande sensible qui ne lui est pas confiée : elle doit être justifiée,
        et l’administrateur en est informé.
      </p>
      {readers.isPending && <Loading label="Chargement des consultations…" />}
      {readers.isError && <ErrorAlert error={readers.error} title="Les consultations n’ont pas pu être chargées" />}
      {readers.data && readers.data.length === 0 && <p>Personne d’autre que vous n’a encore consulté cette demande.</p>}
      {readers.data && readers.data.length > 0 && (
        <DataTable
          id="lecteurs"
          caption="Consultations de votre demande, de la plus récente à la plus ancienne"
          columns={[
            {
              header: 'Date',
              cell: (reader) => <time dateTime={reader.at}>{formatDateTime(reader.at)}</time>,
            },
            {
              header: 'Personne',
              rowHeader: true,
              cell: (reader) => (reader.breakGlass ? <strong>{reader.readerName}</strong> : reader.readerName),
            },
            { header: 'Rôle', cell: (reader) => reader.role },
            {
              header: 'Nature',
              cell: (reader) =>
                reader.breakGlass ? (
                  <Badge severity="warning" small as="span">
                    Ouverture exceptionnelle
                  </Badge>
                ) : (
                  'Consultation'
                ),
            },
          ]}
          rows={readers.data.map((reader, index) => ({ ...reader, key: String(index) }))}
          rowKey={(reader) => reader.key}
        />
      )}
    </section>
  );
}
