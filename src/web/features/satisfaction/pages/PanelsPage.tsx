import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { AGENT_CATEGORIES, AGENT_CATEGORY_LABELS } from '../../../../shared/glossary.ts';
import {
  PANEL_PER_DEPARTEMENT_DEFAULT, PANEL_PER_DEPARTEMENT_MAX, PANEL_PER_DEPARTEMENT_MIN, PANEL_SEED_MAX, PANEL_SEED_PATTERN,
} from '../../../../shared/contracts/limits.ts';
import type { PanelDetail, PanelSummary } from '../../../../shared/contracts/satisfaction.ts';
import { errorMessages, isApiError } from '../../../api/client.ts';
import { DataTable } from '../../../components/DataTable.tsx';
import { ErrorSummary, focusSoon, type SummaryItem } from '../../../components/ErrorSummary.tsx';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { RequireAbility } from '../../../components/RequireAbility.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatDate, formatDay } from '../../../format.ts';
import { useDrawPanel, usePanel, usePanels, useSendPanel } from '../api/satisfaction.ts';

const SEED = new RegExp(PANEL_SEED_PATTERN);
const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10} %`.replace('.', ','));
const FIELD_LABELS: Record<string, { label: string; id: string }> = {
  from: { label: 'Début de la période', id: 'panel-du' },
  to: { label: 'Fin de la période', id: 'panel-au' },
  perDepartement: { label: 'Personnes par département', id: 'panel-taille' },
  seed: { label: 'Graine', id: 'panel-graine' },
};

/**
 * `/enquete-nationale`: the national coordinator draws a panel of past requesters (stratified by
 * département, balanced over the four categories, reproducible from the seed shown), sends it
 * the national questionnaire once, and follows the response rate. Counts only, never names.
 */
export function PanelsPage() {
  // The route lets every coordinator in; the panel is the national coordinator's: anyone else
  // reads « Accès refusé » at once, before the form is drawn or a request is made.
  return <RequireAbility ability="manageSurveyPanels"><Panels /></RequireAbility>;
}

function Panels() {
  usePageTitle('Enquête nationale');
  const panels = usePanels();
  const [selected, setSelected] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const send = useSendPanel();
  const [sendError, setSendError] = useState<string | null>(null);
  /** The panel whose sending waits for a confirmation: one click must not mail a whole panel. */
  const [confirming, setConfirming] = useState<PanelSummary | null>(null);

  async function sendTo(panel: PanelSummary) {
    setConfirming(null);
    setSendError(null);
    setNotice(null);
    try {
      const sent = await send.mutateAsync(panel.id);
      setNotice(`Questionnaire envoyé à ${sent.sent} personnes du panel tiré avec la graine ${sent.seed}.`);
      setSelected(panel.id);
    } catch (error) {
      setSendError(errorMessages(error, 'Le questionnaire n’a pas pu être envoyé.').summary);
    }
  }

  return (
    <>
      <p>
        <Link to="/coordination" className="fr-link fr-icon-arrow-left-line fr-link--icon-left">Retour à la coordination</Link>
      </p>
      <h1>Enquête nationale de satisfaction</h1>
      <p className="fr-text--lead">
        Tirez au sort un panel de personnes ayant sollicité le service sur une période, par département et équilibré entre les
        quatre catégories de personnels, puis envoyez-leur le questionnaire national. Le tirage se refait à l’identique avec la
        même graine.
      </p>

      <DrawForm onDrawn={(panel) => { setSelected(panel.id); setNotice(`Panel tiré : ${panel.drawn} personnes, graine ${panel.seed}.`); }} />

      <h2 id="panels-titre">Panels tirés</h2>
      <div aria-live="polite">
        {notice !== null && <Alert severity="success" small description={notice} className="fr-mb-3w" />}
        {sendError !== null && <Alert severity="error" small description={sendError} className="fr-mb-3w" />}
      </div>
      {panels.isPending ? (
        <Loading label="Chargement des panels…" />
      ) : panels.isError ? (
        <ErrorAlert error={panels.error} title="Les panels n’ont pas pu être chargés" />
      ) : panels.data.items.length === 0 ? (
        <p>Aucun panel tiré pour l’instant.</p>
      ) : (
        <DataTable<PanelSummary>
          id="panels"
          caption="Panels tirés, du plus récent au plus ancien"
          hideCaption
          rows={panels.data.items}
          rowKey={(row) => row.id}
          columns={[
            { header: 'Période', cell: (row) => `du ${formatDay(row.from)} au ${formatDay(row.to)}`, rowHeader: true },
            { header: 'Graine', cell: (row) => <code>{row.seed}</code> },
            { header: 'Par département', cell: (row) => row.perDepartement },
            { header: 'Tirées', cell: (row) => row.drawn },
            { header: 'Sollicitées', cell: (row) => (row.sentAt === null ? 'non envoyé' : `${row.sent} le ${formatDate(row.sentAt)}`) },
            { header: 'Réponses', cell: (row) => row.answered },
            { header: 'Taux de réponse', cell: (row) => percent(row.responseRate) },
            {
              header: 'Actions',
              cell: (row) => (
                <ul className="fr-btns-group fr-btns-group--sm fr-btns-group--inline">
                  <li>
                    <Button size="small" priority="tertiary" onClick={() => setSelected(row.id)} aria-label={`Détail du panel de graine ${row.seed}`}>
                      Détail
                    </Button>
                  </li>
                  {row.sentAt === null && (
                    <li>
                      <Button size="small" onClick={() => setConfirming(row)} disabled={send.isPending} aria-label={`Envoyer le questionnaire au panel de graine ${row.seed}`}>
                        Envoyer le questionnaire
                      </Button>
                    </li>
                  )}
                </ul>
              ),
            },
          ]}
        />
      )}
      {selected !== null && <PanelCounts id={selected} />}
      <ConfirmDialog
        open={confirming !== null}
        title="Envoyer le questionnaire national ?"
        confirmLabel={confirming === null ? 'Envoyer' : `Envoyer à ${confirming.drawn} ${confirming.drawn === 1 ? 'personne' : 'personnes'}`}
        busy={send.isPending}
        onConfirm={() => { if (confirming !== null) void sendTo(confirming); }}
        onCancel={() => setConfirming(null)}
      >
        {confirming !== null && (
          <>
            <p>
              {confirming.drawn === 1 ? 'La personne tirée' : `Les ${confirming.drawn} personnes tirées`} dans le panel de graine{' '}
              <code>{confirming.seed}</code> {confirming.drawn === 1 ? 'va recevoir' : 'vont recevoir'} le questionnaire par courriel
              (sauf un compte désactivé depuis le tirage).
            </p>
            <p>Un panel ne reçoit le questionnaire qu’une fois : l’envoi ne peut pas être annulé.</p>
          </>
        )}
      </ConfirmDialog>
    </>
  );
}

function DrawForm({ onDrawn }: { onDrawn: (panel: PanelDetail) => void }) {
  const draw = useDrawPanel();
  const [values, setValues] = useState({ from: '', to: '', perDepartement: String(PANEL_PER_DEPARTEMENT_DEFAULT), seed: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!values.from) local.from = 'Indiquez le début de la période.';
    if (!values.to) local.to = 'Indiquez la fin de la période.';
    const size = Number(values.perDepartement);
    if (!Number.isInteger(size) || size < PANEL_PER_DEPARTEMENT_MIN || size > PANEL_PER_DEPARTEMENT_MAX) {
      local.perDepartement = `Un nombre entier de ${PANEL_PER_DEPARTEMENT_MIN} à ${PANEL_PER_DEPARTEMENT_MAX}.`;
    }
    if (values.seed && (values.seed.length > PANEL_SEED_MAX || !SEED.test(values.seed))) {
      local.seed = `Lettres sans accent, chiffres, « - » ou « _ », ${PANEL_SEED_MAX} au plus.`;
    }
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length > 0) return focusSoon(() => summaryRef.current);
    try {
      const panel = await draw.mutateAsync({ from: values.from, to: values.to, perDepartement: size, ...(values.seed ? { seed: values.seed } : {}) });
      onDrawn(panel);
    } catch (error) {
      const { summary, fields } = errorMessages(error, 'Le tirage n’a pas pu être fait.');
      if (isApiError(error, 400) && Object.keys(fields).length > 0) setErrors(fields);
      else setFormError(summary);
      focusSoon(() => summaryRef.current);
    }
  }

  const state = (field: string) => (errors[field] ? { state: 'error' as const, stateRelatedMessage: errors[field] } : {});
  const summary: SummaryItem[] = Object.entries(errors).map(([field, message]) => ({ message, label: FIELD_LABELS[field]?.label ?? field, targetId: FIELD_LABELS[field]?.id }));
  if (formError !== null) summary.push({ message: formError });

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={draw.isPending} className="fr-mb-6w" aria-labelledby="tirage-titre">
      <h2 id="tirage-titre">Tirer un panel</h2>
      <ErrorSummary ref={summaryRef} items={summary} title={Object.keys(errors).length > 0 ? 'Le formulaire contient des erreurs' : 'Le tirage n’a pas pu être fait'} />
      <p className="fr-hint-text">Sauf mention contraire, tous les champs sont obligatoires.</p>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-3">
          <Input label="Début de la période" hintText="Demandes déposées à partir de ce jour." {...state('from')}
            nativeInputProps={{ id: 'panel-du', type: 'date', value: values.from, onChange: (e) => setValues({ ...values, from: e.target.value }) }} />
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Input label="Fin de la période" hintText="Jusqu’à ce jour inclus." {...state('to')}
            nativeInputProps={{ id: 'panel-au', type: 'date', value: values.to, onChange: (e) => setValues({ ...values, to: e.target.value }) }} />
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Input label="Personnes par département"
            hintText={`De ${PANEL_PER_DEPARTEMENT_MIN} à ${PANEL_PER_DEPARTEMENT_MAX} ; ${PANEL_PER_DEPARTEMENT_DEFAULT} par défaut.`} {...state('perDepartement')}
            nativeInputProps={{ id: 'panel-taille', type: 'number', inputMode: 'numeric', min: PANEL_PER_DEPARTEMENT_MIN, max: PANEL_PER_DEPARTEMENT_MAX, value: values.perDepartement,
              onChange: (e) => setValues({ ...values, perDepartement: e.target.value }) }} />
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Input label="Graine (facultatif)" hintText="Pour refaire un tirage ; générée si vide." {...state('seed')}
            nativeInputProps={{ id: 'panel-graine', value: values.seed, maxLength: PANEL_SEED_MAX, autoComplete: 'off', onChange: (e) => setValues({ ...values, seed: e.target.value }) }} />
        </div>
      </div>
      <Button type="submit" disabled={draw.isPending}>Tirer le panel</Button>
    </form>
  );
}

function PanelCounts({ id }: { id: string }) {
  const panel = usePanel(id);
  if (panel.isPending) return <Loading label="Chargement du détail du panel…" />;
  if (panel.isError) return <ErrorAlert error={panel.error} title="Le détail du panel n’a pas pu être chargé" />;
  const p = panel.data;
  type Row = PanelDetail['byDepartement'][number];
  return (
    <section aria-labelledby="detail-titre" className="fr-mt-6w">
      <h2 id="detail-titre">Panel de graine <code>{p.seed}</code></h2>
      <p>
        Période du {formatDay(p.from)} au {formatDay(p.to)}, {p.perDepartement} personnes au plus par département : {p.drawn} tirées,{' '}
        {p.sent} sollicitées, {p.answered} réponses (taux de réponse : {percent(p.responseRate)}).
      </p>
      <p>
        Par catégorie :{' '}
        {p.byCategory.map((c) => `${AGENT_CATEGORY_LABELS[c.category]} ${c.drawn}`).join(' ; ')}.
      </p>
      <DataTable<Row>
        id="panel-departements"
        caption="Effectifs du panel par département"
        rows={p.byDepartement}
        rowKey={(row) => row.departement}
        columns={[
          { header: 'Département', cell: (row) => `${row.name} (${row.departement})`, rowHeader: true },
          ...AGENT_CATEGORIES.map((category) => ({
            header: AGENT_CATEGORY_LABELS[category],
            cell: (row: Row) => row.byCategory.find((c) => c.category === category)?.drawn ?? 0,
          })),
          { header: 'Tirées', cell: (row) => row.drawn },
          { header: 'Sollicitées', cell: (row) => row.sent },
          { header: 'Réponses', cell: (row) => row.answered },
          { header: 'Taux de réponse', cell: (row) => percent(row.sent > 0 ? row.answered / row.sent : null) },
        ]}
      />
    </section>
  );
}
