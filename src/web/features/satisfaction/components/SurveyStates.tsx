import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../../../components/usePageTitle.ts';

/**
 * The ends of a questionnaire reached by its link: thanks, already answered, expired, unknown.
 * Each is a page of its own (title, heading that takes the focus), so that a screen reader
 * announces where the person stands.
 */
function SurveyEnd({ title, lead, children }: { title: string; lead: string; children?: ReactNode }) {
  usePageTitle(title);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-lg-8">
        <h1 ref={heading} tabIndex={-1}>{title}</h1>
        <p className="fr-text--lead">{lead}</p>
        {children}
        <p>
          <Link to="/" className="fr-link fr-icon-arrow-right-line fr-link--icon-right">Aller à l’accueil de ProxiRH</Link>
        </p>
      </div>
    </div>
  );
}

export function ThankYou({ about }: { about?: string | undefined }) {
  return (
    <SurveyEnd title="Merci pour votre réponse" lead="Votre réponse est enregistrée. Elle nous aide à améliorer le service RH de proximité.">
      <div className="fr-alert fr-alert--success fr-mb-4w" role="status">
        <p>Réponse enregistrée{about ? ` pour ${about}` : ''}. Vous pouvez fermer cette page.</p>
      </div>
    </SurveyEnd>
  );
}

export function AlreadyAnswered({ about }: { about?: string | undefined }) {
  return (
    <SurveyEnd title="Questionnaire déjà rempli" lead={`Ce questionnaire a déjà été rempli${about ? ` (${about})` : ''}. Merci !`}>
      <p>Une seule réponse est possible par questionnaire : la réponse enregistrée n’est pas modifiée.</p>
    </SurveyEnd>
  );
}

export function ExpiredLink() {
  return (
    <SurveyEnd title="Lien expiré" lead="Ce lien a expiré : le questionnaire pouvait être rempli pendant 30 jours après son envoi.">
      <p>Merci de votre intérêt. Vous pouvez toujours écrire au service RH de proximité depuis votre espace.</p>
    </SurveyEnd>
  );
}

export function UnknownLink() {
  return (
    <SurveyEnd title="Lien inconnu" lead="Ce lien de questionnaire est inconnu.">
      <p>Vérifiez qu’il a été recopié en entier depuis le courriel reçu : il se termine par une longue suite de lettres et de chiffres.</p>
    </SurveyEnd>
  );
}
