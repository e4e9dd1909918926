import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import {
  APPOINTMENT_MODES, APPOINTMENT_MODE_LABELS, APPOINTMENT_REASONS, APPOINTMENT_REASON_LABELS, type AppointmentMode, type AppointmentReason,
} from '../../../../shared/glossary.ts';
import { ACADEMIES, academieLabel } from '../../../../shared/territories.ts';

export interface BookingFilterValues {
  reason: AppointmentReason | undefined;
  mode: AppointmentMode | undefined;
  /** Empty: the agent's own département (the server knows it). */
  departement: string;
}

export const REASON_FIELD_ID = 'rdv-motif';

/** What the agent looks for: a reason (required before any slot is shown), a mode, a département. Each change searches again. */
export function BookingFilters({ values, onChange, reasonError }: {
  values: BookingFilterValues; onChange: (values: BookingFilterValues) => void; reasonError?: string | undefined;
}) {
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <div className="fr-col-12 fr-col-md-6">
        <Select label="Motif du rendez-vous" hint="Les créneaux proposés dépendent du motif."
          {...(reasonError === undefined ? {} : { state: 'error' as const, stateRelatedMessage: reasonError })}
          nativeSelectProps={{
            id: REASON_FIELD_ID,
            value: values.reason ?? '',
            onChange: (e) => onChange({ ...values, reason: (e.target.value || undefined) as AppointmentReason | undefined }),
          }}>
          <option value="" disabled>Choisir le motif</option>
          {APPOINTMENT_REASONS.map((reason) => <option key={reason} value={reason}>{APPOINTMENT_REASON_LABELS[reason]}</option>)}
        </Select>
      </div>
      <div className="fr-col-12 fr-col-md-6">
        <Select label="Département" hint="Par défaut, celui de votre affectation."
          nativeSelectProps={{ id: 'rdv-departement', value: values.departement, onChange: (e) => onChange({ ...values, departement: e.target.value }) }}>
          <option value="">Mon département</option>
          {ACADEMIES.map((academie) => (
            <optgroup key={academie.code} label={academieLabel(academie.code)}>
              {academie.departements.map((d) => <option key={d.code} value={d.code}>{d.name} ({d.code})</option>)}
            </optgroup>
          ))}
        </Select>
      </div>
      <div className="fr-col-12">
        <RadioButtons
          legend="Modalité"
          name="rdv-modalite"
          orientation="horizontal"
          options={[undefined, ...APPOINTMENT_MODES].map((mode) => ({
            label: mode === undefined ? 'Toutes' : APPOINTMENT_MODE_LABELS[mode],
            nativeInputProps: {
              value: mode ?? '',
              checked: values.mode === mode,
              onChange: () => onChange({ ...values, mode }),
            },
          }))}
        />
      </div>
    </div>
  );
}
