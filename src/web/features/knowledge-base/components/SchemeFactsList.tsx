import type { SchemeFacts } from '../../../../shared/contracts/knowledge-base.ts';

/** A scheme in three questions: who it is for, what it gives, how to ask for it. */
export function SchemeFactsList({ facts }: { facts: SchemeFacts }) {
  return (
    <dl className="fr-mb-0">
      <dt>À qui s’adresse-t-il&nbsp;?</dt>
      <dd>{facts.forWhom}</dd>
      <dt>Ce qu’il apporte</dt>
      <dd>{facts.gives}</dd>
      <dt>Comment le demander&nbsp;?</dt>
      <dd>{facts.howToAsk}</dd>
    </dl>
  );
}
