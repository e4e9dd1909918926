import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useState, type MouseEvent } from 'react';
import type { ActivityReport } from '../../../../shared/contracts/reports.ts';
import { apiDownload, errorMessages } from '../../../api/client.ts';
import { reportPath, type ReportRequest } from '../api/reports.ts';

const FORMATS = [['xlsx', 'XLSX', 'fr-btn--secondary'], ['csv', 'CSV', 'fr-btn--tertiary']] as const;

/**
 * The report's tables as files. Links (they work without script), read through the API client
 * so that a refusal (a session ended, a scope withdrawn) is said in French here instead of
 * saving the error as a file.
 */
export function ReportDownloads({ report, query }: { report: ActivityReport; query: ReportRequest }) {
  const [failure, setFailure] = useState<string | null>(null);
  const download = (format: 'xlsx' | 'csv') => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    setFailure(null);
    const filename = `rapport-activite-${report.scope.level}-${report.scope.code}-${report.period.from}-${report.period.to}.${format}`;
    apiDownload(reportPath(query, format), filename)
      .catch((error: unknown) => setFailure(errorMessages(error, 'Le fichier n’a pas pu être téléchargé.').summary));
  };
  return (
    <>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mb-4w">
        {FORMATS.map(([format, name, style]) => (
          <li key={format}>
            <a className={`fr-btn ${style} fr-icon-download-line`} href={reportPath(query, format)} download onClick={download(format)}>
              Télécharger les tableaux ({name})
            </a>
          </li>
        ))}
      </ul>
      <div role="alert">
        {failure && <Alert severity="error" small description={`Le fichier n’a pas pu être téléchargé : ${failure}`} className="fr-mb-4w" />}
      </div>
    </>
  );
}
