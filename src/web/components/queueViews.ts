/** The ready-made views of the staff inbox: each a filter of GET /api/requests and its counter. */
import type { RequestCounts } from '../../shared/contracts/requests.ts';
import type { RequestFilters } from '../features/requests/api/requests.ts';

export const QUEUE_VIEWS = [
  'active', 'open', 'in_progress', 'waiting_agent', 'overdue', 'due_this_week', 'mine', 'unread', 'unassigned', 'closed',
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
  /** What the menu's badge counts: the requests assigned to me, not closed, changed since I last opened them. */
  unread: { label: 'Avec du nouveau', filters: { unread: true }, count: 'unread' },
  unassigned: { label: 'Non attribuées', filters: { assignedTo: 'nobody', activeOnly: true }, count: 'unassigned' },
  closed: { label: 'Clôturées', filters: { status: 'closed' }, count: 'closed' },
};

/**
 * The views that only apply to someone who is assigned requests (an adviser): « Attribuées à moi »
 * and « Avec du nouveau » would always say 0 to anybody else. Decided by the session's abilities.
 */
export function viewsFor(views: QueueView[], abilities: { adviseRequests: boolean }): QueueView[] {
  return abilities.adviseRequests ? views : views.filter((view) => view !== 'mine' && view !== 'unread');
}

export const isQueueView = (value: string | null): value is QueueView =>
  value !== null && (QUEUE_VIEWS as readonly string[]).includes(value);
