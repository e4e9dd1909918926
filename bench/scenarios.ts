/**
 * The seven scenarios of issue 5 (and the two of issue 14: slots, booking) as autocannon request generators. Each call of `next()` gives
 * the next HTTP request of the scenario; sessions and records rotate so that the load spreads
 * over many people and rows as it would in production, in a reproducible order. The newsletter
 * (`--only newsletter`, issue 16) is not a request generator: bench/newsletter-scenario.ts runs it,
 * with some of these scenarios as its background load.
 */
import { TOPICS } from '../src/shared/glossary.ts';
import { seededRandom } from '../src/server/modules/demo/random.ts';
import type { Fixtures, Session } from './fixtures.ts';
import { BENCH_SEARCHES } from './articles.ts';

export interface HttpRequest { method: 'GET' | 'POST'; path: string; headers: Record<string, string>; body?: string }
export type ScenarioId = 'ceiling' | 'submit' | 'submit-300' | 'agent-list' | 'adviser-overdue' | 'staff-read' | 'report-academie' | 'report-national' | 'mixed'
  | 'slots' | 'booking' | 'search';

export interface Scenario {
  id: ScenarioId;
  label: string;
  /** Requests per second imposed on the whole run (absent: as fast as the server answers). */
  rate?: number;
  /** Connections of this scenario when not the run's (reports: a few people steer at once). */
  connections?: number;
  /** Needs the activity report route (issue 4). */
  needsReports?: boolean;
  next(): HttpRequest;
  target?: { minRps?: number; maxP95?: number; maxP99?: number };
  /** Answers other than 2xx that are this scenario's normal outcome (a slot already taken: 409), not errors. */
  expectedStatuses?: number[];
  /** Books appointments: the run checks afterwards that no adviser has two at once. */
  books?: boolean;
}

/** Reports are read by a few steering people at a time, not by a hundred at once. */
export const REPORT_CONNECTIONS = 4;

const headersOf = (s: Session, write = false): Record<string, string> => ({
  cookie: s.cookie, ...(write ? { 'x-csrf-token': s.csrf, 'content-type': 'application/json' } : {}),
});

/**
 * The period of the reports: the last school year ended before the dataset's anchor date (a
 * year of data; reports cover fixed periods only, docs/decisions/0008).
 */
export function reportPeriod(anchor: string) {
  const year = Number(anchor.slice(0, 4)) - (anchor.slice(5) >= '09-01' ? 0 : 1);
  return { from: `${year - 1}-09-01`, to: `${year}-08-31` };
}

export function buildScenarios(f: Fixtures, anchor: string, seed: number, reportsAvailable: boolean): Scenario[] {
  const random = seededRandom(seed);
  let i = 0;
  const turn = <T>(items: T[]) => items[i++ % items.length]!;
  const period = reportPeriod(anchor);

  const submit = (): HttpRequest => {
    const agent = turn(f.agents);
    const topic = TOPICS[Math.floor(random.next() * 5)]!;
    return {
      method: 'POST', path: '/api/requests', headers: headersOf(agent, true),
      body: JSON.stringify({ topic, subject: 'Question sur ma mobilité', description: 'Bonjour, je voudrais un rendez-vous pour parler de mon projet. Merci.', contactPreference: 'email' }),
    };
  };
  const agentList = (): HttpRequest => ({ method: 'GET', path: '/api/requests?limit=20', headers: headersOf(turn(f.agents)) });
  const agentRead = (): HttpRequest => {
    const agent = turn(f.agents);
    return { method: 'GET', path: `/api/requests/${agent.requestIds[Math.floor(random.next() * agent.requestIds.length)]}`, headers: headersOf(agent) };
  };
  const inbox = (): HttpRequest => ({ method: 'GET', path: '/api/requests?overdue=true&limit=50', headers: headersOf(turn(f.advisers)) });
  const withRequests = f.advisers.filter((a) => a.requestIds.length > 0);
  const staffRead = (): HttpRequest => {
    const adviser = turn(withRequests);
    return { method: 'GET', path: `/api/requests/${adviser.requestIds[Math.floor(random.next() * adviser.requestIds.length)]}`, headers: headersOf(adviser) };
  };
  const reportAcademie = (): HttpRequest => ({
    method: 'GET', path: `/api/reports/activity?level=academie&code=${f.steeringAcademie.code}&from=${period.from}&to=${period.to}`,
    headers: headersOf(f.steeringAcademie),
  });
  // Issue 14: an agent looks for the free slots of a département over the next four weeks…
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
  const fourWeeksOn = new Date(Date.parse(`${today}T12:00:00Z`) + 27 * 86_400_000).toISOString().slice(0, 10);
  const slots = (): HttpRequest => ({
    method: 'GET', path: `/api/slots?departement=${turn(f.slotDepartements)}&from=${today}&to=${fourWeeksOn}`, headers: headersOf(turn(f.agents)),
  });
  // … and many agents book the same few slots at once: one wins each, the others get a 409.
  const booking = (): HttpRequest => ({
    method: 'POST', path: '/api/appointments', headers: headersOf(turn(f.agents), true),
    body: JSON.stringify({ slotId: f.bookingSlots[Math.floor(random.next() * f.bookingSlots.length)], reason: 'career_project' }),
  });
  // Issue 15: the knowledge base searched by what people type, signed in or not (10,000 articles).
  const search = (): HttpRequest => ({
    method: 'GET', path: `/api/articles?q=${encodeURIComponent(turn(BENCH_SEARCHES))}&academie=AMIENS&limit=20`,
    headers: random.next() < 0.5 ? headersOf(turn(f.agents)) : {},
  });
  const reportNational = (): HttpRequest => ({
    method: 'GET', path: `/api/reports/activity?level=national&code=FR&from=${period.from}&to=${period.to}`, headers: headersOf(f.steeringNational),
  });

  return [
    { id: 'submit', label: '1. Dépôt d’une demande (agent)', next: submit, target: { minRps: 1_700 } },
    { id: 'submit-300', label: '1 bis. Dépôt à 300 req/s', rate: 300, next: submit, target: { maxP99: 50 } },
    { id: 'agent-list', label: '2. Mes demandes (agent)', next: agentList },
    { id: 'adviser-overdue', label: '3. File « en retard » (conseiller, 50 lignes)', next: inbox, target: { minRps: 600 } },
    { id: 'staff-read', label: '4. Ouverture d’une demande (conseiller, audit)', next: staffRead },
    { id: 'report-academie', label: '5. Rapport d’activité académique (1 an)', needsReports: true, connections: REPORT_CONNECTIONS, next: reportAcademie, target: { maxP95: 100 } },
    { id: 'report-national', label: '6. Rapport d’activité national (1 an)', needsReports: true, connections: REPORT_CONNECTIONS, next: reportNational, target: { maxP95: 300 } },
    { id: 'slots', label: '8. Créneaux libres d’un département sur 4 semaines (agent)', rate: 200, next: slots, target: { maxP99: 50 } },
    { id: 'search', label: '10. Recherche dans 10 000 articles (agent ou public)', rate: 200, next: search, target: { maxP99: 30 } },
    { id: 'booking', label: '9. Réservations concurrentes des mêmes créneaux (201 ou 409)', next: booking, expectedStatuses: [409], books: true },
    {
      id: 'mixed', label: reportsAvailable ? '7. Charge mixte (70/20/8/2)' : '7. Charge mixte (72/20/8, sans rapports)', target: { minRps: 2_000, maxP99: 100 },
      // 70 % agent reads (list, own request), 20 % staff reads (inbox, a request), 8 % submissions, 2 % reports.
      next: () => {
        const roll = random.next() * 100;
        if (roll < 35) return agentList();
        if (roll < 70) return agentRead();
        if (roll < 80) return inbox();
        if (roll < 90) return staffRead();
        if (roll < 98) return submit();
        // Without the report route (issue 4 not landed), its share goes to agent lists.
        if (!reportsAvailable) return agentList();
        return random.next() < 0.8 ? reportAcademie() : reportNational();
      },
    },
  ];
}
