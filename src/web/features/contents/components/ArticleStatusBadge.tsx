import { Badge, type BadgeProps } from '@codegouvfr/react-dsfr/Badge';
import { ARTICLE_STATUS_LABELS, type ArticleStatus } from '../../../../shared/contracts/knowledge-base-editor.ts';

const SEVERITY: Record<ArticleStatus, BadgeProps['severity']> = {
  draft: undefined,
  in_review: 'new',
  published: 'success',
  archived: undefined,
};

export function ArticleStatusBadge({ status }: { status: ArticleStatus }) {
  return (
    <Badge severity={SEVERITY[status]} small noIcon={SEVERITY[status] === undefined} as="span">
      {ARTICLE_STATUS_LABELS[status]}
    </Badge>
  );
}
