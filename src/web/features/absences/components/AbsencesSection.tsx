import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useRef, useState, type FormEvent } from 'react';
import type { Absence } from '../../../../shared/contracts/absences.ts';
import { errorMessages } from '../../../api/client.ts';
import { DataTable } from '../../../components/DataTable.tsx';
import { ErrorSummary, focusSoon, type SummaryItem } from '../../../components/ErrorSummary.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { formatDay } from '../../../format.ts';
import { useAbsences, useDeclareAbsence, useWithdrawAbsence } from '../api/absences.ts';

const FIELDS = {
  startsOn: { id: 'absence-debut', label: 'Premier jour d’absence' },
  endsOn: { id: 'absence-fin', label: 'Dernier jour d’absence' },
} as const;

/** Today in Paris, as YYYY-MM-DD (the `min` of the date fields). */
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date());

/**
 * « Mes absences »: while an adviser is absent, new requests go to a colleague and the
 * coordinator sees who is away.
 */
export function AbsencesSection() {
  const absences = useAbsences();
  const declare = useDeclareAbsence();
  const remove = useWithdrawAbsence();
  const [period, setPeriod] = useState({ startsOn: '', endsOn: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (period.startsOn === '') found.startsOn = 'Indiquez le premier jour de l’absence.';
    if (period.endsOn === '') found.endsOn = 'Indiquez le dernier jour de l’absence.';
    else if (period.startsOn !== '' && period.endsOn < period.startsOn) found.endsOn = 'La fin de l’absence doit suivre son début.';
    setErrors(found);
    setMessage('');
    if (Object.keys(found).length > 0) return focusSoon(() => summaryRef.current);
    declare.mutate(period, {
      onSuccess: (created) => {
        setPeriod({ startsOn: '', endsOn: '' });
        setMessage(`Absence enregistrée du ${formatDay(created.startsOn)} au ${formatDay(created.endsOn)}.`);
      },
      onError: (error) => {
        const { summary, fields } = errorMessages(error, 'L’absence n’a pas pu être enregistrée.');
        setErrors(Object.keys(fields).length > 0 ? fields : { form: summary });
        focusSoon(() => summaryRef.current);
      },
    });
  };
  const onRemove = (absence: Absence) =>
    remove.mutate(absence.id, {
      onSuccess: () => setMessage(`Absence du ${formatDay(absence.startsOn)} au ${formatDay(absence.endsOn)} retirée.`),
    });

  const summary: SummaryItem[] = Object.entries(errors).map(([field, text]) => {
    const target = FIELDS[field as keyof typeof FIELDS] as { id: string; label: string } | undefined;
    return { message: text, targetId: target?.id, label: target?.label };
  });
  const stateOf = (field: keyof typeof FIELDS) =>
    errors[field] === undefined ? {} : { state: 'error' as const, stateRelatedMessage: errors[field] };

  return (
    <section aria-labelledby="absences-titre" className="fr-mt-6w">
      <h2 id="absences-titre">Mes absences</h2>
      <p>
        Pendant une absence déclarée, les nouvelles demandes de votre territoire sont confiées à un collègue, et le
        coordonnateur sait que vous êtes absent. Les demandes qui vous sont déjà attribuées restent les vôtres.
      </p>
      <form onSubmit={onSubmit} noValidate aria-labelledby="absences-form-titre">
        <h3 id="absences-form-titre" className="fr-h6">
          Déclarer une absence
        </h3>
        <ErrorSummary ref={summaryRef} items={summary} title="L’absence n’a pas pu être enregistrée" />
        <div className="fr-grid-row fr-grid-row--gutters">
          {(['startsOn', 'endsOn'] as const).map((field) => (
            <div key={field} className="fr-col-12 fr-col-sm-6 fr-col-md-4">
              <Input
                label={FIELDS[field].label}
                {...stateOf(field)}
                nativeInputProps={{
                  id: FIELDS[field].id,
                  type: 'date',
                  min: today(),
                  value: period[field],
                  onChange: (event) => setPeriod((previous) => ({ ...previous, [field]: event.target.value })),
                }}
              />
            </div>
          ))}
        </div>
        <Button type="submit" disabled={declare.isPending} iconId="fr-icon-calendar-line">
          Déclarer l’absence
        </Button>
      </form>
      <p role="status" aria-live="polite" className="fr-mt-2w">
        {message}
      </p>

      {absences.isPending && <Loading label="Chargement de vos absences…" />}
      {absences.isError && <ErrorAlert error={absences.error} title="Vos absences n’ont pas pu être chargées" />}
      {remove.isError && <ErrorAlert error={remove.error} title="L’absence n’a pas pu être retirée" />}
      {absences.data && absences.data.length === 0 && <p>Aucune absence déclarée à venir.</p>}
      {absences.data && absences.data.length > 0 && (
        <DataTable
          id="mes-absences"
          caption="Mes absences en cours et à venir"
          columns={[
            { header: 'Du', rowHeader: true, cell: (absence) => formatDay(absence.startsOn) },
            { header: 'Au', cell: (absence) => formatDay(absence.endsOn) },
            {
              header: 'Action',
              cell: (absence) => (
                <Button
                  size="small"
                  priority="secondary"
                  disabled={remove.isPending}
                  onClick={() => onRemove(absence)}
                >
                  Retirer<span className="fr-sr-only"> l’absence du {formatDay(absence.startsOn)}</span>
                </Button>
              ),
            },
          ]}
          rows={absences.data}
          rowKey={(absence) => absence.id}
        />
      )}
    </section>
  );
}
