/** The ready-made views of the staff inbox: each a filter of GET /api/requests and its counter. */
import type { RequestCounts } from '../../shared/contracts/requests.ts';
import type { RequestFilters } from '../features/requests/api/requests.ts';

export const QUEUE_VIEWS = [
  'active', 'open', 'in_progress', 'waiting_agent', 'overdue', 'due_this_week', 'mine', 'unassigned', 'closed',
] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

interface ViewDefinition {
  label: string;
  filters: RequestFilters;
  /** The counter of GET /api/requests/counts shown next to the view's name. */
  count: keyof RequestCounts;
}

export const VIEW_DEFINITIONS: Record<QueueView, ViewDefinition> = {
  active: { label: 'Toutes actives', filters: { activeOnly: true }, count: 'active' },
  open: { label: 'Nouvelles', filters: { status: 'open' }, count: 'open' },
  in_progress: { label: 'En cours', filters: { status: 'in_progress' }, count: 'inProgress' },
  waiting_agent: { label: 'En attente de l’agent', filters: { status: 'waiting_agent' }, count: 'waitingAgent' },
  overdue: { label: 'En retard', filters: { overdue: true }, count: 'overdue' },
  due_this_week: { label: 'À échéance cette semaine', filters: { dueThisWeek: true }, count: 'dueThisWeek' },
  mine: { label: 'Attribuées à moi', filters: { assignedTo: 'me', activeOnly: true }, count: 'assignedToMe' },
  unassigned: { label: 'Non attribuées', filters: { assignedTo: 'nobody', activeOnly: true }, count: 'unassigned' },
  closed: { label: 'Clôturées', filters: { status: 'closed' }, count: 'closed' },
};

export const isQueueView = (value: string | null): value is QueueView =>
  value !== null && (QUEUE_VIEWS as readonly string[]).includes(value);
