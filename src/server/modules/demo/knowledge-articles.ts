/**
 * The knowledge base shipped with the demo académie (Amiens): fiches, FAQ, guides and
 * dispositifs written for ProxiRH in the words of HR advisers, plus the synonyms, the
 * « questions types » and the situations of the « mallette de l'accompagnement ».
 *
 * Plain data: the knowledge module seeds it, the search tests run on it. Rules that change
 * with each year's circular are never stated as figures: the articles say so and point to the
 * adviser. Invariants: slugs are unique kebab-case ascii; every `related` and curated slug exists;
 * `scheme` is present exactly when kind = 'scheme'; bodies are 120–350 words.
 */

import { MOBILITY_ARTICLES } from './knowledge-articles/mobility.ts';
import { TRAINING_ARTICLES } from './knowledge-articles/training.ts';
import { CAREER_ARTICLES } from './knowledge-articles/career.ts';
import { CAREER_MORE_ARTICLES } from './knowledge-articles/career-more.ts';
import { HEALTH_ARTICLES } from './knowledge-articles/health.ts';
import { SOCIAL_ARTICLES } from './knowledge-articles/social-action.ts';
import { PROTECTION_ARTICLES } from './knowledge-articles/protection.ts';
import { END_OF_CAREER_ARTICLES } from './knowledge-articles/end-of-career.ts';
import { TELEWORK_ARTICLES } from './knowledge-articles/telework.ts';
import { MANAGERIAL_ARTICLES } from './knowledge-articles/managerial-support.ts';
import { STARTING_ARTICLES } from './knowledge-articles/starting.ts';
import { MORE_ARTICLES } from './knowledge-articles/more.ts';

import type { DemoArticle, DemoSituation } from './knowledge-articles/types.ts';

export type { DemoArticle, DemoArticleKind, DemoAudience, DemoSituation, DemoTheme } from './knowledge-articles/types.ts';

export const DEMO_SITUATIONS: ReadonlyArray<{ key: DemoSituation; title: string; intro: string }> = [
  {
    key: 'starting',
    title: 'Je débute',
    intro:
      'Vous êtes stagiaire, néo-titulaire, contractuel ou nouvel arrivant dans l’académie : voici ce qu’il faut savoir pour bien commencer et les personnes à qui vous adresser.',
  },
  {
    key: 'changing_job',
    title: 'Je veux changer de poste',
    intro:
      'Mutation, mobilité dans ou hors de l’académie, détachement, reconversion : les dispositifs qui vous permettent d’évoluer et les conseillers qui vous aident à construire votre projet.',
  },
  {
    key: 'in_difficulty',
    title: 'Je suis en difficulté',
    intro:
      'Santé, difficultés professionnelles, conflit, violence ou harcèlement, difficultés financières : vous n’êtes pas seul. Voici les dispositifs et les interlocuteurs qui peuvent vous aider, en toute confidentialité.',
  },
  {
    key: 'preparing_retirement',
    title: 'Je prépare ma retraite',
    intro:
      'Estimer vos droits, choisir votre date de départ, constituer votre dossier, envisager une retraite progressive ou un cumul emploi-retraite : les étapes et les interlocuteurs.',
  },
  {
    key: 'developing_skills',
    title: 'Je veux me former et évoluer',
    intro:
      'Formation continue, congé de formation professionnelle, compte personnel de formation, bilan de compétences, VAE, concours internes, promotions : les moyens de développer vos compétences et votre carrière.',
  },
  {
    key: 'managing_a_team',
    title: 'J’encadre une équipe',
    intro:
      'Chefs d’établissement, inspecteurs, directeurs d’école, chefs de service : les appuis pour prendre vos fonctions, conduire les entretiens, prévenir les tensions et accompagner vos équipes.',
  },
  {
    key: 'family_and_life',
    title: 'Ma vie personnelle et familiale',
    intro:
      'Naissance, enfant, proche aidé, logement, temps partiel, télétravail : les dispositifs qui aident à concilier vie professionnelle et vie personnelle.',
  },
];

export const DEMO_SYNONYMS: ReadonlyArray<{ term: string; synonyms: string[] }> = [
  { term: 'mutation', synonyms: ['mobilité', 'mouvement', 'changement de poste', 'changer d’académie'] },
  { term: 'mobilité', synonyms: ['mutation', 'mouvement', 'changement de poste'] },
  { term: 'CFP', synonyms: ['congé de formation professionnelle', 'congé formation'] },
  { term: 'CPF', synonyms: ['compte personnel de formation', 'droits à la formation'] },
  { term: 'PPCR', synonyms: ['rendez-vous de carrière', 'parcours professionnels carrières et rémunérations'] },
  { term: 'RDV carrière', synonyms: ['rendez-vous de carrière', 'PPCR', 'inspection'] },
  { term: 'CET', synonyms: ['compte épargne-temps', 'compte épargne temps'] },
  { term: 'temps partiel', synonyms: ['quotité', 'mi-temps', 'temps réduit'] },
  { term: 'mi-temps thérapeutique', synonyms: ['temps partiel thérapeutique', 'TPT', 'reprise progressive'] },
  { term: 'CLM', synonyms: ['congé de longue maladie'] },
  { term: 'CLD', synonyms: ['congé de longue durée'] },
  { term: 'arrêt maladie', synonyms: ['congé de maladie', 'arrêt de travail', 'congé maladie ordinaire'] },
  { term: 'PACD', synonyms: ['poste adapté de courte durée', 'poste adapté'] },
  { term: 'PALD', synonyms: ['poste adapté de longue durée', 'poste adapté'] },
  { term: 'RQTH', synonyms: ['reconnaissance de la qualité de travailleur handicapé', 'handicap', 'travailleur handicapé'] },
  { term: 'VAE', synonyms: ['validation des acquis de l’expérience'] },
  { term: 'médecin du travail', synonyms: ['médecin de prévention', 'médecine de prévention', 'médecine du travail'] },
  { term: 'harcèlement', synonyms: ['violence', 'souffrance au travail', 'signalement'] },
  { term: 'retraite', synonyms: ['pension', 'départ à la retraite', 'fin de carrière'] },
  { term: 'télétravail', synonyms: ['travail à distance', 'travail à domicile'] },
  { term: 'reconversion', synonyms: ['seconde carrière', 'changer de métier', 'évolution professionnelle'] },
  { term: 'NBI', synonyms: ['nouvelle bonification indiciaire', 'points d’indice'] },
  { term: 'EAFC', synonyms: ['école académique de la formation continue', 'plan académique de formation', 'PAF'] },
  { term: 'CMC', synonyms: ['conseiller mobilité carrière', 'conseillère mobilité carrière'] },
  { term: 'disponibilité', synonyms: ['mise en disponibilité', 'pause de carrière', 'congé sans solde'] },
];

// The articles themselves, one file per theme in knowledge-articles/.
export const DEMO_ARTICLES: readonly DemoArticle[] = [
  ...MOBILITY_ARTICLES,
  ...TRAINING_ARTICLES,
  ...CAREER_ARTICLES,
  ...CAREER_MORE_ARTICLES,
  ...STARTING_ARTICLES,
  ...HEALTH_ARTICLES,
  ...SOCIAL_ARTICLES,
  ...PROTECTION_ARTICLES,
  ...END_OF_CAREER_ARTICLES,
  ...TELEWORK_ARTICLES,
  ...MANAGERIAL_ARTICLES,
  ...MORE_ARTICLES,
];

export const DEMO_CURATED_QUESTIONS: ReadonlyArray<{ question: string; articleSlugs: string[] }> = [
  { question: 'Comment demander une mutation dans une autre académie ?', articleSlugs: ['mobilite-inter-academique', 'amiens-calendrier-mouvement'] },
  { question: 'Comment changer d’établissement dans mon académie ?', articleSlugs: ['mobilite-intra-academique'] },
  { question: 'Comment changer de département quand on est professeur des écoles ?', articleSlugs: ['mutation-premier-degre'] },
  { question: 'Quand ont lieu les mutations ?', articleSlugs: ['amiens-calendrier-mouvement', 'mobilite-inter-academique'] },
  { question: 'Je veux me rapprocher de mon conjoint', articleSlugs: ['mutation-rapprochement-conjoints'] },
  { question: 'Comment partir en congé formation ?', articleSlugs: ['conge-formation-professionnelle', 'faq-conge-formation-professionnelle'] },
  { question: 'Est-on payé pendant un congé de formation ?', articleSlugs: ['faq-conge-formation-professionnelle'] },
  { question: 'Comment utiliser mon CPF ?', articleSlugs: ['compte-personnel-formation'] },
  { question: 'Je veux changer de métier', articleSlugs: ['reconversion-seconde-carriere', 'conseiller-mobilite-carriere', 'bilan-competences'] },
  { question: 'Comment faire un bilan de compétences ?', articleSlugs: ['bilan-competences'] },
  { question: 'Comment se passe le rendez-vous de carrière ?', articleSlugs: ['rendez-vous-de-carriere-ppcr'] },
  { question: 'Je ne suis pas d’accord avec mon appréciation', articleSlugs: ['faq-contester-appreciation-rendez-vous-carriere'] },
  { question: 'Comment passer à la hors classe ?', articleSlugs: ['promotion-hors-classe'] },
  { question: 'Comment prendre une disponibilité ?', articleSlugs: ['disponibilite'] },
  { question: 'Comment être détaché dans une autre administration ?', articleSlugs: ['detachement'] },
  { question: 'Puis-je travailler à temps partiel ?', articleSlugs: ['temps-partiel'] },
  { question: 'Comment reprendre le travail après un arrêt maladie ?', articleSlugs: ['temps-partiel-therapeutique', 'medecine-de-prevention'] },
  { question: 'Comment demander un mi-temps thérapeutique ?', articleSlugs: ['temps-partiel-therapeutique'] },
  { question: 'Comment obtenir un poste adapté ?', articleSlugs: ['poste-adapte-pacd-pald', 'amenagement-de-poste'] },
  { question: 'Comment prendre rendez-vous avec le médecin du travail ?', articleSlugs: ['medecine-de-prevention'] },
  { question: 'J’ai des difficultés financières', articleSlugs: ['amiens-secours-prets', 'assistant-service-social-personnels'] },
  { question: 'Comment demander la protection fonctionnelle ?', articleSlugs: ['protection-fonctionnelle'] },
  { question: 'Quand puis-je partir à la retraite ?', articleSlugs: ['retraite-estimation', 'rendez-vous-fin-de-carriere'] },
  { question: 'Comment calculer ma retraite ?', articleSlugs: ['retraite-estimation'] },
  { question: 'Peut-on travailler en étant retraité ?', articleSlugs: ['cumul-emploi-retraite'] },
  { question: 'Comment demander le télétravail ?', articleSlugs: ['teletravail-campagne', 'amiens-teletravail-calendrier'] },
  { question: 'Comment quitter l’Éducation nationale ?', articleSlugs: ['rupture-conventionnelle', 'demission', 'reconversion-seconde-carriere'] },
  { question: 'Je suis néo-titulaire, par où commencer ?', articleSlugs: ['neo-titulaire-premieres-annees', 'amiens-accueil-nouveaux-personnels'] },
  { question: 'J’ai un conflit dans mon équipe', articleSlugs: ['gerer-conflit-equipe', 'appui-managerial-personnels-direction'] },
];
