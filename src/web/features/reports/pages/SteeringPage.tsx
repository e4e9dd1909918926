import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/SelectNext';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ActivityReport, BreakdownKey, Period, ReportScopes } from '../../../../shared/contracts/reports.ts';
import { errorMessages } from '../../../api/client.ts';
import { ErrorSummary, focusSoon, type SummaryItem } from '../../../components/ErrorSummary.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { DataTable } from '../../../components/DataTable.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useActivityReport, useReportScopes, type ReportRequest } from '../api/reports.ts';
import { BreakdownSection } from '../components/BreakdownSection.tsx';
import { MeasuresTable } from '../components/MeasuresTable.tsx';
import { ReportDownloads } from '../components/ReportDownloads.tsx';
import { dayLabel, periodLabel, periodsOf, kindOf, PERIOD_KINDS, type PeriodKind } from '../components/periods.ts';
import { formatCount, type MeasureRow } from '../components/reportFormat.ts';

const BREAKDOWNS = [
  ['byTopic', 'Thèmes des demandes', 'theme'],
  ['byResponseType', 'Types de réponse (demandes clôturées)', 'reponse'],
  ['byCategory', 'Catégories de personnels', 'categorie'],
  ['byGender', 'Genre', 'genre'],
  ['byAgeBand', 'Tranches d’âge', 'age'],
  ['byChannel', 'Canal de la demande', 'canal'],
  ['byTerritory', 'Territoires', 'territoire'],
  ['byMonth', 'Demandes reçues par mois', 'mois'],
] as const satisfies ReadonlyArray<readonly [BreakdownKey, string, string]>;

/** The referrals of the period (issue 13): by kind of contact point, by outcome. */
const REFERRAL_BREAKDOWNS = [
  ['byReferralKind', 'Orientations par type d’interlocuteur', 'orientation-interlocuteur'],
  ['byReferralOutcome', 'Orientations par suite donnée', 'orientation-suite'],
] as const satisfies ReadonlyArray<readonly [BreakdownKey, string, string]>;

/** The appointments of the period (issue 14): by mode, by kind of place. */
const APPOINTMENT_BREAKDOWNS = [
  ['byAppointmentMode', 'Rendez-vous par modalité', 'rendez-vous-modalite'],
  ['byAppointmentPlace', 'Rendez-vous par lieu', 'rendez-vous-lieu'],
] as const satisfies ReadonlyArray<readonly [BreakdownKey, string, string]>;

type FirstFreeSlot = ActivityReport['appointments']['firstFreeSlot'][number];

/** « aujourd’hui », « demain », « dans 12 jours », « aucun dans les 92 prochains jours ». */
function firstSlotLabel(row: FirstFreeSlot, windowDays: number): string {
  if (row.officeHours === 0) return 'aucune permanence ouverte';
  if (row.days === null) return `aucun dans les ${windowDays}\u00a0prochains jours`;
  if (row.days === 0) return 'aujourd’hui';
  if (row.days === 1) return 'demain';
  return `dans ${row.days}\u00a0jours`;
}

/** « Pilotage »: the activity report of a scope the caller steers, with charts, tables and exports. */
export function SteeringPage() {
  usePageTitle('Pilotage — rapport d’activité');
  const scopes = useReportScopes();
  const [params, setParams] = useSearchParams();
  const first = scopes.data?.[0];
  const query: ReportRequest | null = params.get('level')
    ? { level: params.get('level')!, code: params.get('code') ?? undefined, from: params.get('from') ?? undefined, to: params.get('to') ?? undefined }
    : first ? { level: first.level, code: first.code } : null;
  const report = useActivityReport(query);
  // A refused address (a period reversed or not fixed, an unknown scope) names its fields: the
  // form shows each message at its field, the summary above leads to them.
  const refusal = report.isError ? errorMessages(report.error, 'Le rapport n’a pas pu être calculé.') : null;
  const fieldErrors = refusal ? fieldErrorsOf(refusal.fields) : {};
  const summaryItems: SummaryItem[] = Object.entries(fieldErrors).map(([field, message]) => ({ message, targetId: FIELD_IDS[field as FilterField], label: FIELD_LABELS[field as FilterField] }));
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => { if (summaryItems.length > 0) focusSoon(() => summaryRef.current); }, [summaryItems.length, report.errorUpdatedAt]);

  return (
    <>
      <h1>Pilotage — rapport d’activité</h1>
      <p>
        Les chiffres de votre périmètre, calculés à partir des demandes enregistrées dans ProxiRH, par mois, trimestre, année civile
        ou année scolaire, à côté de la même période un an plus tôt. Une période en cours est comptée jusqu’à la veille.
      </p>
      <p>
        Pour protéger les personnes, les effectifs de 0 à {report.data?.threshold ?? 5} sont masqués et les autres arrondis à la dizaine,
        de façon aléatoire mais stable : aucune combinaison de tableaux ne permet de retrouver un petit effectif.
      </p>
      {scopes.isPending && <Loading label="Chargement de vos périmètres…" />}
      {scopes.isError && <ErrorAlert error={scopes.error} />}
      <ErrorSummary ref={summaryRef} items={summaryItems} title="Le rapport n’a pas pu être calculé" />
      {scopes.data && query && (
        <ReportFilters
          key={JSON.stringify(query)}
          scopes={scopes.data}
          query={query}
          period={report.data?.period}
          errors={fieldErrors}
          onChange={(next) => setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v)) as Record<string, string>)}
        />
      )}
      {report.isPending && query && <Loading label="Calcul du rapport…" />}
      {report.isError && summaryItems.length === 0 && <ErrorAlert error={report.error} title="Le rapport n’a pas pu être calculé" />}
      {report.data && query && <Report report={report.data} query={query} />}
    </>
  );
}

type FilterField = 'scope' | 'period';
const FIELD_IDS: Record<FilterField, string> = { scope: 'rapport-perimetre', period: 'rapport-periode' };
const FIELD_LABELS: Record<FilterField, string> = { scope: 'Périmètre', period: 'Période' };

/** The API's fields (`level`, `code`, `from`, `to`) as the form's: the scope and the period. */
function fieldErrorsOf(fields: Record<string, string>): Partial<Record<FilterField, string>> {
  const errors: Partial<Record<FilterField, string>> = {};
  for (const [field, message] of Object.entries(fields)) {
    const name: FilterField | undefined = field === 'level' || field === 'code' ? 'scope' : field === 'from' || field === 'to' ? 'period' : undefined;
    if (name) errors[name] ??= message;
  }
  return errors;
}

const todayInParis = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());

function ReportFilters({ scopes, query, period, errors, onChange }: {
  scopes: ReportScopes;
  query: ReportRequest;
  period: Period | undefined;
  errors: Partial<Record<FilterField, string>>;
  onChange: (query: ReportRequest) => void;
}) {
  const stateOf = (field: FilterField) => (errors[field] ? { state: 'error' as const, stateRelatedMessage: errors[field] } : {});
  const [scope, setScope] = useState(`${query.level}:${query.code ?? ''}`);
  // The period asked in the address, else the report's own (the current year when none was asked).
  const shown = query.from && query.to ? { from: query.from, to: query.to } : period;
  const [kind, setKind] = useState<PeriodKind>((shown && kindOf(shown)) ?? 'year');
  const options = periodsOf(kind, todayInParis());
  const [chosen, setChosen] = useState<string | null>(shown ? `${shown.from}:${shown.to}` : null);
  const value = chosen && options.some((o) => `${o.from}:${o.to}` === chosen) ? chosen : `${options[0]!.from}:${options[0]!.to}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const [level, code] = scope.split(':');
    const [from, to] = value.split(':');
    onChange({ level: level!, code: code || undefined, from, to });
  };
  return (
    <form onSubmit={submit} className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-4w" aria-label="Choisir le périmètre et la période">
      <div className="fr-col-12 fr-col-md-4">
        <Select
          label="Périmètre"
          {...stateOf('scope')}
          nativeSelectProps={{ value: scope, onChange: (e) => setScope(e.target.value), id: 'rapport-perimetre' }}
          options={scopes.map((s) => ({ value: `${s.level}:${s.level === 'adviser' ? '' : s.code}`, label: s.label }))}
        />
      </div>
      <div className="fr-col-6 fr-col-md-2">
        <Select
          label="Découpage"
          nativeSelectProps={{ value: kind, onChange: (e) => { setKind(e.target.value as PeriodKind); setChosen(null); }, id: 'rapport-decoupage' }}
          options={PERIOD_KINDS.map(([k, label]) => ({ value: k, label }))}
        />
      </div>
      <div className="fr-col-6 fr-col-md-3">
        <Select
          label="Période"
          {...stateOf('period')}
          nativeSelectProps={{ value, onChange: (e) => setChosen(e.target.value), id: 'rapport-periode' }}
          options={options.map((o) => ({ value: `${o.from}:${o.to}`, label: o.label }))}
        />
      </div>
      <div className="fr-col-12 fr-col-md-3">
        <Button type="submit" className="fr-mb-3w">Afficher le rapport</Button>
      </div>
    </form>
  );
}

const computedAt = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });
const day = dayLabel;
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function Report({ report, query }: { report: ActivityReport; query: ReportRequest }) {
  const t = report.threshold;
  const totals: Array<[string, keyof ActivityReport['totals']]> = [
    ['Demandes reçues', 'received'], ['Encore ouvertes', 'open'], ['Clôturées', 'closed'], ['Rouvertes', 'reopened'],
  ];
  const d = report.delays;
  const s = report.satisfaction;
  const delays: MeasureRow[] = [
    ['Première réponse : médiane (jours ouvrés)', d.firstAnswerMedianDays, 'days'],
    ['Première réponse : 90ᵉ centile (jours ouvrés)', d.firstAnswerP90Days, 'days'],
    ['Clôture : médiane (jours ouvrés)', d.closureMedianDays, 'days'],
    ['Clôture : 90ᵉ centile (jours ouvrés)', d.closureP90Days, 'days'],
    ['Part des demandes ayant reçu leur première réponse dans le délai annoncé', d.answeredWithinCommitmentShare, 'share'],
  ];
  const o = report.referrals;
  const referrals: MeasureRow[] = [
    ['Part des orientations déclinées par l’interlocuteur', o.declinedShare, 'share'],
    ['Réponse de l’interlocuteur : médiane (jours ouvrés)', o.answerMedianDays, 'days'],
    ['Réponse de l’interlocuteur : 90ᵉ centile (jours ouvrés)', o.answerP90Days, 'days'],
  ];
  const a = report.appointments;
  const appointmentMeasures: MeasureRow[] = [
    ['Taux d’absence non excusée (parmi les rendez-vous honorés ou manqués)', a.noShowRate, 'share'],
  ];
  const satisfaction: MeasureRow[] = [
    ['Questionnaires envoyés', s.surveysSent, 'count'],
    ['Réponses', s.answers, 'count'],
    ['Taux de réponse', s.responseRate, 'share'],
    ['Satisfaction globale (moyenne sur\u00a010)', s.overallMean, 'score'],
    ['Part des notes de 8/10 ou plus', s.shareEightOrMore, 'share'],
    ['Satisfaction nette (part des notes de 9 ou 10 moins part des notes de 0 à 6)', s.netSatisfaction, 'points'],
    ['Facilité de contact (sur\u00a05)', s.ease, 'score'],
    ['Délai (sur\u00a05)', s.delay, 'score'],
    ['Écoute (sur\u00a05)', s.listening, 'score'],
    ['Clarté (sur\u00a05)', s.clarity, 'score'],
    ['Utilité de la réponse ou de l’orientation (sur\u00a05)', s.usefulness, 'score'],
  ];
  return (
    <>
      <h2>{report.scope.label}</h2>
      <p>
        {capitalized(periodLabel(report.period))}, du {day(report.period.from)} au {day(report.period.to)}
        {report.countedTo < report.period.to && <> (période en cours, comptée jusqu’au {day(report.countedTo)})</>},
        comparée à la même période un an plus tôt ({periodLabel(report.previousPeriod)}). Chiffres calculés le {computedAt.format(new Date(report.generatedAt))}.
      </p>
      <ReportDownloads report={report} query={query} />

      <div className="fr-grid-row fr-grid-row--gutters fr-mb-4w">
        {totals.map(([label, key]) => (
          <div key={key} className="fr-col-6 fr-col-md-3">
            <div className="fr-tile fr-tile--sm fr-tile--no-icon">
              <div className="fr-tile__body">
                <div className="fr-tile__content">
                  <h3 className="fr-tile__title">{label}</h3>
                  <p className="fr-tile__detail fr-h4 fr-mb-0">{formatCount(report.totals[key], t)}</p>
                  <p className="fr-tile__desc">Un an plus tôt{'\u00a0'}: {formatCount(report.totals[key].previous, t)}</p>
                </div>
              </div>
            </div>
          </div>
        ))}
      </div>

      {BREAKDOWNS.map(([key, title, id]) =>
        report[key].length === 0 ? null : (
          <BreakdownSection key={key} id={`rapport-${id}`} title={title} items={report[key]} threshold={t} horizontal={key !== 'byMonth'} />
        ),
      )}

      <h2>Délais et engagements de service</h2>
      <MeasuresTable id="rapport-delais" caption="Délais de réponse et respect des engagements" rows={delays} />
      <p className="fr-text--sm">
        Les délais vont du jour de la demande (non compté) au jour de la première réponse ou de la clôture, en jours ouvrés.
        La part dans le délai annoncé porte sur les demandes reçues pendant la période dont le délai est échu : une demande restée
        sans réponse après ce délai compte comme hors délai ; une demande encore dans son délai, ou en attente d’un retour de l’agent,
        n’est pas encore comptée.
      </p>
      <p>
        Demandes ouvertes restées sans première réponse après le délai annoncé, aujourd’hui (toutes périodes) :{' '}
        <strong>{formatCount(d.overdueOpen, t)}</strong>
      </p>

      {REFERRAL_BREAKDOWNS.map(([key, title, id]) => (
        <BreakdownSection key={key} id={`rapport-${id}`} title={title} items={report[key]} threshold={t} horizontal />
      ))}
      <h2>Réponses des interlocuteurs</h2>
      <p>
        Orientations envoyées pendant la période : <strong>{formatCount(o.sent, t)}</strong> (un an plus tôt{'\u00a0'}: {formatCount(o.sent.previous, t)}).
      </p>
      <MeasuresTable id="rapport-orientations" caption="Refus et délais de réponse des interlocuteurs" rows={referrals} />
      <p className="fr-text--sm">
        Sont comptées les orientations envoyées pendant la période pour les demandes du périmètre, sauf celles retirées. Une orientation
        « sans suite connue » a été déclinée, attend encore la réponse de l’interlocuteur, ou a été confiée à un partenaire extérieur qui
        ne répond pas dans ProxiRH. Le délai de réponse va du jour de l’orientation (non compté) au jour où l’interlocuteur a donné
        sa suite ou l’a déclinée, en jours ouvrés.
      </p>

      {APPOINTMENT_BREAKDOWNS.map(([key, title, id]) => (
        <BreakdownSection key={key} id={`rapport-${id}`} title={title} items={report[key]} threshold={t} horizontal />
      ))}
      <h2>Rendez-vous et information collective</h2>
      <p>
        Rendez-vous de la période : <strong>{formatCount(a.total, t)}</strong> (un an plus tôt{'\u00a0'}: {formatCount(a.total.previous, t)}).
      </p>
      <MeasuresTable id="rapport-rendez-vous" caption="Absences aux rendez-vous" rows={appointmentMeasures} />
      <p className="fr-text--sm">
        Sont comptés les rendez-vous du périmètre dont la date tombe dans la période, sauf ceux annulés. Le taux d’absence rapporte
        les absences non excusées aux rendez-vous honorés ou manqués : les absences excusées et les rendez-vous pas encore renseignés
        n’y entrent pas.
      </p>
      {a.collectiveSessions ? (
        <p>
          Sessions d’information collective tenues : <strong>{formatCount(a.collectiveSessions.held, t)}</strong>
          {' '}(un an plus tôt{'\u00a0'}: {formatCount(a.collectiveSessions.held.previous, t)}) ; participants :{' '}
          <strong>{formatCount(a.collectiveSessions.attendees, t)}</strong> (un an plus tôt{'\u00a0'}: {formatCount(a.collectiveSessions.attendees.previous, t)}).
        </p>
      ) : (
        <p>Les sessions d’information collective ne sont pas encore comptées dans ce rapport.</p>
      )}
      {a.firstFreeSlot.length > 0 && (
        <>
          <h3>Premier créneau libre, aujourd’hui</h3>
          <DataTable
            id="rapport-premier-creneau"
            caption="Délai jusqu’au premier créneau libre, par département"
            hideCaption
            minWidth={null}
            rows={a.firstFreeSlot}
            rowKey={(row) => row.code}
            columns={[
              { header: 'Département', cell: (row) => row.label, rowHeader: true },
              { header: 'Permanences ouvertes', cell: (row) => row.officeHours },
              { header: 'Premier créneau libre', cell: (row) => firstSlotLabel(row, a.firstFreeSlotWindowDays) },
            ]}
          />
          <p className="fr-text--sm">
            Calculé à l’instant, quelle que soit la période choisie : le premier créneau qu’un agent pourrait réserver maintenant, compte tenu
            des délais de réservation, des jours fériés, des absences des conseillers et des créneaux déjà pris.
          </p>
        </>
      )}

      <h2>Satisfaction des agents (indicateurs Services Publics+)</h2>
      <MeasuresTable id="rapport-satisfaction" caption="Résultats des questionnaires de satisfaction envoyés après clôture" rows={satisfaction} />

      {report.workload && (
        <>
          <h2>Charge des conseillers</h2>
          <ul>
            <li>Conseillers en poste : {report.workload.advisers}</li>
            <li>Demandes ouvertes attribuées : {formatCount({ count: report.workload.openAssigned }, t)}</li>
            {report.workload.advisers > 0 && (
              <li>
                Demandes ouvertes par conseiller : médiane {formatCount({ count: report.workload.medianOpenPerAdviser }, t)},
                maximum {formatCount({ count: report.workload.maxOpenPerAdviser }, t)}
              </li>
            )}
            <li>Demandes ouvertes non attribuées : {formatCount({ count: report.workload.unassignedOpen }, t)}</li>
          </ul>
        </>
      )}
    </>
  );
}
