import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/SelectNext';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ActivityReport, BreakdownKey, Period, ReportScopes } from '../../../../shared/contracts/reports.ts';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { reportPath, useActivityReport, useReportScopes, type ReportRequest } from '../api/reports.ts';
import { BreakdownSection } from '../components/BreakdownSection.tsx';
import { MeasuresTable } from '../components/MeasuresTable.tsx';
import { periodLabel, periodsOf, kindOf, PERIOD_KINDS, type PeriodKind } from '../components/periods.ts';
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
      {scopes.data && query && (
        <ReportFilters
          key={JSON.stringify(query)}
          scopes={scopes.data}
          query={query}
          period={report.data?.period}
          onChange={(next) => setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v)) as Record<string, string>)}
        />
      )}
      {report.isPending && query && <Loading label="Calcul du rapport…" />}
      {report.isError && <ErrorAlert error={report.error} title="Le rapport n’a pas pu être calculé" />}
      {report.data && query && <Report report={report.data} query={query} />}
    </>
  );
}

const todayInParis = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());

function ReportFilters({ scopes, query, period, onChange }: {
  scopes: ReportScopes;
  query: ReportRequest;
  period: Period | undefined;
  onChange: (query: ReportRequest) => void;
}) {
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

const dayFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
const computedAt = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });
const day = (iso: string) => dayFormat.format(new Date(`${iso}T12:00:00Z`));
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
    ['Première réponse : 90e centile (jours ouvrés)', d.firstAnswerP90Days, 'days'],
    ['Clôture : médiane (jours ouvrés)', d.closureMedianDays, 'days'],
    ['Clôture : 90e centile (jours ouvrés)', d.closureP90Days, 'days'],
    ['Premières réponses dans le délai annoncé', d.answeredWithinCommitmentShare, 'share'],
  ];
  const satisfaction: MeasureRow[] = [
    ['Questionnaires envoyés', s.surveysSent, 'count'],
    ['Réponses', s.answers, 'count'],
    ['Taux de réponse', s.responseRate, 'share'],
    ['Satisfaction globale (moyenne sur 10)', s.overallMean, 'score'],
    ['Notes de 8/10 ou plus', s.shareEightOrMore, 'share'],
    ['Satisfaction nette (part des 9–10 moins part des 0–6)', s.netSatisfaction, 'share'],
    ['Facilité de contact (sur 5)', s.ease, 'score'],
    ['Délai (sur 5)', s.delay, 'score'],
    ['Écoute (sur 5)', s.listening, 'score'],
    ['Clarté (sur 5)', s.clarity, 'score'],
    ['Utilité de la réponse ou de l’orientation (sur 5)', s.usefulness, 'score'],
  ];
  return (
    <>
      <h2>{report.scope.label}</h2>
      <p>
        {capitalized(periodLabel(report.period))}, du {day(report.period.from)} au {day(report.period.to)}
        {report.countedTo < report.period.to && <> (période en cours, comptée jusqu’au {day(report.countedTo)})</>},
        comparée à : {periodLabel(report.previousPeriod)}. Chiffres calculés le {computedAt.format(new Date(report.generatedAt))}.
      </p>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mb-4w">
        <li>
          <a className="fr-btn fr-btn--secondary fr-icon-download-line" href={reportPath(query, 'xlsx')} download>
            Télécharger les tableaux (XLSX)
          </a>
        </li>
        <li>
          <a className="fr-btn fr-btn--tertiary fr-icon-download-line" href={reportPath(query, 'csv')} download>
            Télécharger les tableaux (CSV)
          </a>
        </li>
      </ul>

      <div className="fr-grid-row fr-grid-row--gutters fr-mb-4w">
        {totals.map(([label, key]) => (
          <div key={key} className="fr-col-6 fr-col-md-3">
            <div className="fr-tile fr-tile--sm fr-tile--no-icon">
              <div className="fr-tile__body">
                <div className="fr-tile__content">
                  <h3 className="fr-tile__title">{label}</h3>
                  <p className="fr-tile__detail fr-h4 fr-mb-0">{formatCount(report.totals[key], t)}</p>
                  <p className="fr-tile__desc">Un an plus tôt : {formatCount(report.totals[key].previous, t)}</p>
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
      <p>
        Demandes ouvertes dont la date de première réponse est dépassée, aujourd’hui : <strong>{formatCount(d.overdueOpen, t)}</strong>
      </p>

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
