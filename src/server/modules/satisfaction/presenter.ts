import { AGENT_CATEGORIES, type AgentCategory } from '../../../shared/glossary.ts';
import type { Comment, PanelDetail, PanelSummary } from '../../../shared/contracts/satisfaction.ts';
import { parisDate } from '../../clock.ts';
import type { CommentRow, PanelCell, PanelRow } from './repository.ts';

/** A comment: the day of the answer, the topic, the score and the text; never a name or a reference. */
export function presentComment(row: CommentRow): Comment {
  return { answeredAt: parisDate(row.answered_at), topic: row.topic, overall: row.overall, improvement: row.improvement };
}

/** `date` columns come back as text or as a Date depending on the driver's parsers. */
function dayOf(value: string | Date): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}

export function presentPanelSummary(row: PanelRow): PanelSummary {
  const drawn = Number(row.drawn);
  const sent = Number(row.sent);
  const answered = Number(row.answered);
  return {
    id: row.id, seed: row.seed, from: dayOf(row.period_from), to: dayOf(row.period_to), perDepartement: row.per_departement,
    createdAt: row.created_at.toISOString(), sentAt: row.sent_at?.toISOString() ?? null,
    drawn, sent, answered, responseRate: sent > 0 ? answered / sent : null,
  };
}

/** A panel with its counts by category and by département (then category): counts, never names. */
export function presentPanelDetail(row: PanelRow, cells: PanelCell[]): PanelDetail {
  const byDepartement = new Map<string, { departement: string; name: string; drawn: number; sent: number; answered: number; byCategory: Map<AgentCategory, number> }>();
  const byCategory = new Map<AgentCategory, number>(AGENT_CATEGORIES.map((c) => [c, 0]));
  for (const cell of cells) {
    const entry = byDepartement.get(cell.departement_code) ?? { departement: cell.departement_code, name: cell.name, drawn: 0, sent: 0, answered: 0,
      byCategory: new Map(AGENT_CATEGORIES.map((c) => [c, 0])) };
    entry.drawn += Number(cell.drawn);
    entry.sent += Number(cell.sent);
    entry.answered += Number(cell.answered);
    entry.byCategory.set(cell.category, Number(cell.drawn));
    byCategory.set(cell.category, (byCategory.get(cell.category) ?? 0) + Number(cell.drawn));
    byDepartement.set(cell.departement_code, entry);
  }
  const list = (counts: Map<AgentCategory, number>) => [...counts].map(([category, drawn]) => ({ category, drawn }));
  return {
    ...presentPanelSummary(row),
    byCategory: list(byCategory),
    byDepartement: [...byDepartement.values()].map((d) => ({ ...d, byCategory: list(d.byCategory) })),
  };
}
