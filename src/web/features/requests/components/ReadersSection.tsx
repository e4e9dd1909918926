import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useRequestReaders } from '../api/requests.ts';
import type { RequestReader } from '../../../../shared/contracts/requests.ts';
import { DataTable } from '../../../components/DataTable.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';

const day = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' });
const time = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' });
/** « 10 h 05 ». */
const hour = (iso: string) => time.format(new Date(iso)).replace(':', ' h ');

/** « 3 consultations, de 10 h 02 à 10 h 05 », « 1 consultation à 10 h 02 ». */
function readsText(reader: RequestReader): string {
  const count = reader.count ?? 1;
  if (count === 1 || reader.firstAt === undefined || hour(reader.firstAt) === hour(reader.at)) {
    return `${count} consultation${count > 1 ? 's' : ''} à ${hour(reader.at)}`;
  }
  return `${count} consultations, de ${hour(reader.firstAt)} à ${hour(reader.at)}`;
}

/** « Qui a consulté ma demande ? »: one line per person and day, exceptional openings highlighted. */
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
          caption="Consultations de votre demande, par personne et par jour, de la plus récente à la plus ancienne"
          columns={[
            {
              header: 'Jour',
              cell: (reader) => <time dateTime={reader.at}>{day.format(new Date(reader.at))}</time>,
            },
            {
              header: 'Personne',
              rowHeader: true,
              cell: (reader) => (reader.breakGlass ? <strong>{reader.readerName}</strong> : reader.readerName),
            },
            { header: 'Rôle', cell: (reader) => reader.role },
            {
              header: 'Consultations',
              cell: (reader) =>
                reader.breakGlass ? (
                  <>
                    <Badge severity="warning" small as="span">
                      Ouverture exceptionnelle
                    </Badge>{' '}
                    à {hour(reader.at)}
                  </>
                ) : (
                  readsText(reader)
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
