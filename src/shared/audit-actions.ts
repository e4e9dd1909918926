/**
 * The one map from an audit action's code to its French label, for the audit log page and its
 * CSV export. An action missing here is shown by its code (a test keeps the map complete).
 */
export const AUDIT_ACTION_LABELS = {
  'auth.login': 'Connexion',
  'auth.logout': 'Déconnexion',
  'request.read': 'Consultation d’une demande',
  'request.log_for_agent': 'Demande enregistrée pour un agent',
  'request.reply': 'Message sur une demande',
  'request.note': 'Note interne sur une demande',
  'request.assign': 'Attribution d’une demande',
  'request.status': 'Changement de statut d’une demande',
  'request.close': 'Clôture d’une demande',
  'request.reopen': 'Réouverture d’une demande',
  'request.break_glass': 'Ouverture exceptionnelle d’une demande sensible',
  'referral.create': 'Orientation d’une demande',
  'referral.accept': 'Orientation acceptée',
  'referral.decline': 'Orientation déclinée',
  'referral.outcome': 'Suite donnée à une orientation',
  'referral.message': 'Message au sujet d’une orientation',
  'referral.revoke': 'Orientation retirée',
  'referral.consent': 'Accord de l’agent pour partager sa demande',
  'contact_point.create': 'Création d’un interlocuteur',
  'contact_point.update': 'Modification d’un interlocuteur',
  'contact_point.archive': 'Archivage d’un interlocuteur',
  'contact_point.member_add': 'Ajout d’un membre à un interlocuteur',
  'contact_point.member_remove': 'Retrait d’un membre d’un interlocuteur',
  'attachment.add': 'Ajout d’une pièce jointe',
  'attachment.read': 'Consultation d’une pièce jointe',
  'absence.declare': 'Déclaration d’absence',
  'report.export': 'Export d’un rapport d’activité',
  'satisfaction.comments.read': 'Consultation des commentaires de satisfaction',
  'panel.draw': 'Tirage d’un panel de l’enquête nationale',
  'panel.send': 'Envoi du questionnaire national',
  'personal_data.export': 'Export de ses données personnelles',
  'accounts.list': 'Consultation de la liste des comptes',
  'account.read': 'Consultation d’un compte',
  'account.create': 'Création d’un compte',
  'account.grant_role': 'Attribution d’un rôle',
  'account.withdraw_role': 'Retrait d’un rôle',
  'account.deactivate': 'Désactivation d’un compte',
  'account.reactivate': 'Réactivation d’un compte',
  'audit.export': 'Export du journal d’audit',
  'outbox.list': 'Consultation des courriels envoyés',
  'outbox.read': 'Lecture d’un courriel envoyé',
  'office_hour.create': 'Ouverture d’une permanence',
  'office_hour.update': 'Modification d’une permanence',
  'office_hour.close': 'Fermeture d’une permanence',
  'appointment.book': 'Réservation d’un rendez-vous',
  'appointment.cancel': 'Annulation d’un rendez-vous',
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditAction[];

export function auditActionLabel(action: string): string {
  return (AUDIT_ACTION_LABELS as Record<string, string>)[action] ?? action;
}

/** What an audit row is about, in French. */
export const AUDIT_TARGET_LABELS: Record<string, string> = {
  request: 'Demande',
  person: 'Personne',
  mail: 'Courriel',
  report: 'Rapport',
  academie: 'Académie',
  survey_panel: 'Panel',
  contact_point: 'Interlocuteur',
  office_hour: 'Permanence',
  appointment: 'Rendez-vous',
  audit_log: 'Journal d’audit',
};
