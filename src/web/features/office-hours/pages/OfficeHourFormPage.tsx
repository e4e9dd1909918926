import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { useRequiredSession } from '../../../components/RequireAbility.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useCreateOfficeHour, useOfficeHours, useUpdateOfficeHour } from '../api/office-hours.ts';
import { OfficeHourForm } from '../components/OfficeHourForm.tsx';
import { bodyOf, emptyValues, valuesOf } from '../components/officeHourFormModel.ts';
import type { OfficeHoursNotice } from './OfficeHoursPage.tsx';

const parisToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());

const backLink = (
  <p>
    <Link to="/mes-permanences" className="fr-link fr-icon-arrow-left-line fr-link--icon-left">Retour aux permanences</Link>
  </p>
);

/** `/mes-permanences/nouvelle` and `/mes-permanences/:id`: open an office hour, or change one still open. */
export function OfficeHourFormPage() {
  const { id } = useParams();
  return id === undefined ? <NewOfficeHour /> : <EditOfficeHour id={id} />;
}

function NewOfficeHour() {
  usePageTitle('Ouvrir une permanence');
  const session = useRequiredSession();
  const navigate = useNavigate();
  const create = useCreateOfficeHour();
  const chooseAdviser = session.abilities.coordinateRequests;
  return (
    <>
      {backLink}
      <h1>Ouvrir une permanence</h1>
      <p className="fr-text--lead">Les créneaux s’ouvrent à la réservation dès l’enregistrement, en heure de Paris.</p>
      <OfficeHourForm
        initial={emptyValues(parisToday())}
        chooseAdviser={chooseAdviser}
        selfIsAdviser={session.abilities.adviseRequests}
        departements={session.departements}
        submitLabel="Ouvrir la permanence"
        busy={create.isPending}
        onCancel={() => void navigate('/mes-permanences')}
        onSubmit={(values, onError) => create.mutate({ ...(values.adviserId === '' ? {} : { adviserId: values.adviserId }), ...bodyOf(values) }, {
          onSuccess: (created) => void navigate('/mes-permanences', {
            state: { notice: `La permanence « ${created.place.label} » est ouverte : les agents peuvent y réserver un créneau.` } satisfies OfficeHoursNotice,
          }),
          onError,
        })}
      />
    </>
  );
}

function EditOfficeHour({ id }: { id: string }) {
  usePageTitle('Modifier une permanence');
  const session = useRequiredSession();
  const navigate = useNavigate();
  const list = useOfficeHours({ includeClosed: true });
  const update = useUpdateOfficeHour();
  const officeHour = list.data?.items.find((o) => o.id === id);
  return (
    <>
      {backLink}
      <h1>Modifier une permanence</h1>
      {list.isPending ? <Loading label="Chargement de la permanence…" />
        : list.isError ? <ErrorAlert error={list.error} title="La permanence n’a pas pu être chargée" />
          : officeHour === undefined ? <p>Cette permanence n’existe pas ou ne vous est pas accessible.</p>
            : officeHour.closedAt !== null ? <p>Cette permanence est fermée : ouvrez-en une nouvelle.</p>
              : (
                <>
                  <p className="fr-text--lead">
                    {`${officeHour.adviser.displayName} — les créneaux proposés changent aussitôt ; les rendez-vous déjà pris gardent leur heure et leur lieu.`}
                  </p>
                  <OfficeHourForm
                    initial={valuesOf(officeHour)}
                    chooseAdviser={false}
                    selfIsAdviser={session.abilities.adviseRequests}
                    departements={session.departements}
                    submitLabel="Enregistrer les modifications"
                    busy={update.isPending}
                    onCancel={() => void navigate('/mes-permanences')}
                    onSubmit={(values, onError) => update.mutate({ id, body: bodyOf(values) }, {
                      onSuccess: (saved) => void navigate('/mes-permanences', {
                        state: { notice: `La permanence « ${saved.place.label} » est modifiée.` } satisfies OfficeHoursNotice,
                      }),
                      onError,
                    })}
                  />
                </>
              )}
    </>
  );
}
