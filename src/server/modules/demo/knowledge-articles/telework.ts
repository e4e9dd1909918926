import type { DemoArticle } from './types.ts';

/** Demo articles: Télétravail. */
export const TELEWORK_ARTICLES: DemoArticle[] = [
  {
    slug: 'teletravail-campagne',
    kind: 'guide',
    theme: 'telework',
    title: 'Télétravail : la campagne de demandes',
    summary:
      'Comment demander à télétravailler : qui est concerné, combien de jours, le calendrier de la campagne et le déroulement de l’instruction.',
    body: `## Qui peut télétravailler ?

Les personnels dont les **activités sont compatibles** avec le travail à distance : personnels administratifs, techniques, sociaux et de santé, personnels d’encadrement pour une partie de leurs missions. Les activités d’enseignement devant élèves et celles qui demandent une présence physique ne sont pas télétravaillables.

## Combien de jours ?

Le cadre général prévoit **jusqu’à trois jours par semaine** de télétravail, avec au moins deux jours de présence sur site. Des jours flottants peuvent être prévus. Des dérogations existent pour raison de santé, de handicap, de grossesse ou de proche aidant, sur avis du médecin du travail.

## La campagne

De nombreux services organisent une **campagne annuelle** :
1. **Demande écrite** de l’agent, précisant les jours souhaités et le lieu d’exercice ;
2. **Entretien** avec le supérieur hiérarchique sur les activités télétravaillables et l’organisation de l’équipe ;
3. **Décision** écrite, dans un délai fixé ; un refus doit être motivé et précédé d’un entretien ;
4. **Autorisation** pour une durée déterminée, avec une période d’adaptation.

Une demande reste possible en cours d’année.

## Ce que l’employeur fournit

Le matériel nécessaire (ordinateur portable, accès sécurisé) et une **indemnité forfaitaire** par jour télétravaillé, dans la limite d’un plafond annuel.

## Un refus ?

Vous pouvez demander un réexamen et saisir l’instance compétente. Le conseiller RH de proximité peut vous aider à préparer l’entretien.`,
    audiences: ['biatss', 'leadership'],
    scope: 'national',
    situations: ['family_and_life'],
    related: ['teletravail-faq', 'teletravail-encadrer-equipe', 'amiens-teletravail-calendrier'],
    contactPointKinds: ['supérieur hiérarchique', 'conseiller RH de proximité'],
  },
  {
    slug: 'teletravail-faq',
    kind: 'faq',
    theme: 'telework',
    title: 'Télétravail : les questions fréquentes',
    summary:
      'Horaires, équipement, accident à domicile, droit à la déconnexion, télétravail temporaire : les réponses aux questions que vous nous posez le plus.',
    body: `## Mes horaires sont-ils les mêmes ?

Oui. Vous devez être joignable pendant les plages horaires habituelles de votre service. Le **droit à la déconnexion** s’applique : en dehors de ces plages, vous n’avez pas à répondre aux messages.

## Puis-je télétravailler ailleurs qu’à mon domicile ?

Oui, si le lieu est déclaré dans votre demande et s’il permet de travailler dans de bonnes conditions (connexion, confidentialité) : une résidence secondaire, un espace de travail partagé.

## Et si j’ai un accident chez moi pendant une journée de télétravail ?

Un accident survenu pendant les heures de télétravail, dans le cadre de l’activité professionnelle, peut être reconnu comme **accident de service**. Déclarez-le comme vous le feriez sur site.

## Je suis enseignant : puis-je télétravailler ?

Les heures d’enseignement se font devant les élèves. Les activités de préparation et de correction s’organisent librement en dehors du service d’enseignement, sans qu’il s’agisse de télétravail au sens réglementaire.

## Puis-je télétravailler ponctuellement ?

Oui : des jours flottants peuvent être prévus, et le télétravail temporaire peut être imposé ou autorisé en cas de circonstances exceptionnelles (intempéries, crise sanitaire).

## Et mes frais ?

Une **indemnité forfaitaire** est versée par jour de télétravail, dans la limite d’un plafond annuel. Le matériel informatique est fourni par l’employeur.

## Ma demande a été refusée

Demandez les motifs, puis un réexamen. Le conseiller RH de proximité peut vous aider.`,
    audiences: [],
    scope: 'national',
    situations: ['family_and_life'],
    related: ['teletravail-campagne', 'accident-service-trajet'],
    contactPointKinds: ['supérieur hiérarchique', 'conseiller RH de proximité'],
  },
  {
    slug: 'teletravail-encadrer-equipe',
    kind: 'guide',
    theme: 'telework',
    title: 'Encadrer une équipe en télétravail',
    summary:
      'Pour les chefs de service et de bureau : instruire les demandes de télétravail, organiser l’équipe et garder le collectif vivant.',
    body: `## Instruire les demandes

- Identifiez les **activités télétravaillables** de chaque poste, plutôt que de raisonner poste par poste.
- Recevez chaque agent en **entretien** avant de décider ; un refus doit être motivé par écrit.
- Veillez à l’**équité** entre les agents de l’équipe et à la continuité du service (accueil, permanences).

## Organiser le travail

- Fixez ensemble des **jours de présence commune** pour les réunions et les temps collectifs.
- Définissez les plages de joignabilité et les outils de communication.
- Organisez le suivi par **objectifs** et par des points réguliers, plutôt que par le contrôle du temps de connexion.
- Respectez et faites respecter le **droit à la déconnexion**, y compris pour vous-même.

## Prévenir l’isolement

Le télétravail peut isoler certains agents. Restez attentif aux signaux : baisse de contact, retards, fatigue. Un échange individuel régulier permet de repérer une difficulté tôt.

## Être aidé

- Le **conseiller RH de proximité** et l’**appui managérial** de l’académie peuvent vous aider à réorganiser une équipe ou à traiter une situation délicate.
- Le médecin du travail peut conseiller sur les aménagements pour raison de santé.
- Des formations au management à distance sont proposées par l’EAFC.

## Faire le bilan

Un point annuel d’équipe sur le télétravail permet d’ajuster l’organisation avant la campagne suivante.`,
    audiences: ['leadership', 'biatss'],
    scope: 'national',
    situations: ['managing_a_team'],
    related: ['teletravail-campagne', 'appui-managerial-personnels-direction', 'risques-psychosociaux'],
    contactPointKinds: ['conseiller RH de proximité', 'appui managérial'],
  },
  {
    slug: 'amiens-teletravail-calendrier',
    kind: 'sheet',
    theme: 'telework',
    title: 'Académie d’Amiens : le calendrier de la campagne de télétravail',
    summary:
      'Les dates de la campagne annuelle de télétravail au rectorat d’Amiens et dans les DSDEN de l’Aisne, de l’Oise et de la Somme.',
    body: `## Une campagne annuelle

Au rectorat et dans les trois DSDEN (Aisne, Oise, Somme), les demandes de **télétravail** sont instruites au cours d’une **campagne annuelle**, pour des autorisations qui prennent effet à la rentrée de septembre.

| Période | Étape |
|---|---|
| Mai | Publication de la note académique et du formulaire |
| Juin | Dépôt des demandes auprès du supérieur hiérarchique |
| Juin – juillet | Entretiens et décisions |
| Septembre | Début des autorisations, période d’adaptation de trois mois |

Les dates exactes de l’année figurent dans la note académique et dans le calendrier des dates clés de ProxiRH.

## En cours d’année

Une demande peut être déposée à tout moment en cas de changement de situation : nouvelle affectation, raison de santé, proche aidant, grossesse. Elle est instruite dans le délai prévu par la note.

## Pour les établissements

Les personnels administratifs des collèges et lycées déposent leur demande auprès de leur chef d’établissement, selon la même note académique.

## Les interlocuteurs

- Votre supérieur hiérarchique pour la demande ;
- Le médecin du travail pour une dérogation liée à la santé ;
- Le conseiller RH de proximité pour toute question sur la procédure.`,
    audiences: ['biatss', 'leadership'],
    scope: 'academie',
    situations: ['family_and_life'],
    related: ['teletravail-campagne', 'teletravail-faq'],
    contactPointKinds: ['supérieur hiérarchique', 'médecin du travail', 'conseiller RH de proximité'],
  },
];
