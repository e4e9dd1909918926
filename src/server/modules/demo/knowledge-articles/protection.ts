import type { DemoArticle } from './types.ts';

/** Demo articles: Protection des personnels. */
export const PROTECTION_ARTICLES: DemoArticle[] = [
  {
    slug: 'protection-fonctionnelle',
    kind: 'scheme',
    theme: 'protection',
    title: 'La protection fonctionnelle : être défendu par votre employeur',
    summary:
      'Si vous êtes victime de menaces, violences, injures, diffamation ou harcèlement en raison de vos fonctions, votre administration doit vous protéger et vous assister.',
    body: `## Pour qui ?

Tous les agents publics, titulaires, stagiaires et contractuels, victimes d’**attaques liées à leurs fonctions** : menaces, violences, voies de fait, injures, diffamation, outrages, harcèlement, atteintes sur les réseaux sociaux. Les membres de la famille peuvent en bénéficier dans certains cas. La protection couvre aussi l’agent poursuivi pour des faits commis dans l’exercice de ses fonctions, sauf faute personnelle.

## Ce qu’elle apporte

- Des **mesures pour faire cesser les attaques** (rappel à la loi par l’administration, signalement, changement d’organisation) ;
- Un **soutien** : écoute, orientation vers le médecin du travail, le psychologue, l’assistant de service social ;
- La **prise en charge des frais de justice** (honoraires d’avocat, selon une convention) si vous portez plainte ou êtes poursuivi ;
- La **réparation** des préjudices subis, si l’auteur ne peut pas le faire.

## Comment la demander ?

Par un **courrier adressé au recteur**, par la voie hiérarchique (une copie directe est possible en cas d’urgence), qui décrit les faits, leur lien avec vos fonctions, et joint les pièces utiles (dépôt de plainte, témoignages, captures d’écran, certificat médical). L’administration doit répondre dans un délai raisonnable ; l’absence de réponse peut être contestée.

## Ne restez pas seul

Parler de ce que vous vivez est un premier pas. Le conseiller RH de proximité peut vous aider à rédiger la demande et vous mettre en relation avec le service juridique de l’académie.`,
    audiences: [],
    scope: 'national',
    situations: ['in_difficulty'],
    related: ['violences-harcelement-signaler', 'atteinte-reseaux-sociaux', 'cellule-ecoute-personnels', 'accident-service-trajet'],
    scheme: {
      forWhom: 'Les agents publics victimes d’attaques liées à leurs fonctions, ou poursuivis pour des faits de service sans faute personnelle.',
      gives: 'Des mesures de prévention et de soutien, la prise en charge des frais de justice et la réparation des préjudices.',
      howToAsk: 'Par un courrier au recteur, par la voie hiérarchique, décrivant les faits et joignant les pièces utiles.',
    },
    contactPointKinds: ['service juridique', 'conseiller RH de proximité', 'chef d’établissement'],
  },
  {
    slug: 'violences-harcelement-signaler',
    kind: 'guide',
    theme: 'protection',
    title: 'Violences, harcèlement, discriminations : signaler et être accompagné',
    summary:
      'Si vous êtes victime ou témoin de violences, de harcèlement moral ou sexuel, de discriminations ou d’agissements sexistes, un dispositif de signalement vous permet d’être écouté, accompagné et protégé.',
    body: `## Vous n’êtes pas seul

Le **harcèlement** moral ou sexuel, les violences, les discriminations et les agissements sexistes ne sont jamais acceptables, qu’ils viennent d’un collègue, d’un supérieur ou d’un chef de service, d’un usager ou d’un parent d’élève. Votre administration a l’obligation de vous protéger.

Ce que vous vivez mérite d’être entendu par une personne : cette fiche vous indique qui contacter, elle ne remplace pas un échange avec un professionnel.

## En cas d’urgence

- Danger immédiat : **17** (police) ou **112** ;
- Détresse, idées suicidaires : **3114**, gratuit, 24 heures sur 24 ;
- Violences sexistes et sexuelles : **3919**.

## Le dispositif de signalement

Chaque administration dispose d’un **dispositif de signalement** des actes de violence, de discrimination, de harcèlement et d’agissements sexistes. Vous pouvez y faire un signalement, en tant que victime ou témoin. Il garantit la confidentialité et organise :
- le recueil de votre signalement ;
- votre orientation vers les services d’accompagnement et de soutien ;
- l’orientation vers les autorités compétentes pour protéger les victimes et traiter les faits.

## Qui peut vous accompagner ?

- Le **conseiller RH de proximité**, qui vous écoute et vous oriente ;
- La **ligne d’écoute** de l’académie ;
- Le **médecin du travail** et le **psychologue du travail** ;
- L’**assistant de service social** ;
- Le **référent égalité** pour les agissements sexistes.

## Garder des traces

Notez les faits, les dates, les témoins ; conservez messages et courriels. Ces éléments seront utiles pour une demande de **protection fonctionnelle** ou une plainte.`,
    audiences: [],
    scope: 'national',
    situations: ['in_difficulty'],
    related: ['protection-fonctionnelle', 'cellule-ecoute-personnels', 'amiens-ligne-ecoute', 'risques-psychosociaux'],
    contactPointKinds: ['conseiller RH de proximité', 'ligne d’écoute', 'médecin du travail', 'psychologue du travail', 'assistant de service social', 'référent égalité femmes-hommes'],
  },
  {
    slug: 'cellule-ecoute-personnels',
    kind: 'scheme',
    theme: 'protection',
    title: 'La cellule d’écoute des personnels : parler à quelqu’un',
    summary:
      'Une écoute par des psychologues, gratuite et confidentielle, pour tous les personnels qui traversent une période difficile, au travail ou en dehors.',
    body: `## Pour qui ?

Tous les personnels, quel que soit leur métier ou leur statut, qui ressentent le besoin de parler : fatigue, stress, conflit, événement traumatisant (agression, décès d’un élève ou d’un collègue), sentiment d’isolement, difficultés personnelles.

## Ce qu’elle apporte

- Une **écoute immédiate** par un psychologue, par téléphone ;
- Un **soutien ponctuel**, et si besoin quelques entretiens ;
- Une **orientation** vers les bons relais : médecin du travail, psychologue du travail, assistant de service social, professionnels de santé extérieurs.

L’appel est **anonyme** si vous le souhaitez, et rien n’est transmis à votre employeur.

## Après un événement grave

Lorsqu’un établissement est touché par un événement traumatisant, une cellule d’écoute peut se déplacer ou organiser des temps collectifs pour les équipes. Les chefs d’établissement peuvent la solliciter par l’intermédiaire de la DSDEN.

## Comment la joindre ?

Le numéro de la ligne d’écoute figure dans la mallette de l’accompagnement de votre académie et sur l’intranet. En cas de détresse, appelez le **3114**, numéro national de prévention du suicide.

La cellule d’écoute ne remplace pas un suivi médical ni un accompagnement RH : pour une situation qui dure, le conseiller RH de proximité peut construire avec vous une réponse dans le temps.`,
    audiences: [],
    scope: 'national',
    situations: ['in_difficulty'],
    related: ['amiens-ligne-ecoute', 'violences-harcelement-signaler', 'risques-psychosociaux'],
    scheme: {
      forWhom: 'Tous les personnels qui traversent une période difficile, au travail ou dans leur vie personnelle.',
      gives: 'Une écoute confidentielle par des psychologues, un soutien ponctuel et une orientation vers les bons relais.',
      howToAsk: 'Par téléphone, au numéro indiqué dans la mallette de l’accompagnement de l’académie, anonymement si vous le souhaitez.',
    },
    contactPointKinds: ['ligne d’écoute', 'psychologue du travail'],
  },
  {
    slug: 'amiens-ligne-ecoute',
    kind: 'sheet',
    theme: 'protection',
    title: 'Académie d’Amiens : la ligne d’écoute et le soutien après un événement grave',
    summary:
      'Dans l’académie d’Amiens, une ligne d’écoute des personnels et une procédure de soutien aux équipes après un événement traumatisant.',
    body: `## La ligne d’écoute

L’académie d’Amiens met à disposition de tous ses personnels une **ligne d’écoute** tenue par des psychologues, joignable en semaine et en soirée. Le numéro est affiché dans la mallette de l’accompagnement, sur l’intranet et dans chaque salle des personnels. L’appel est confidentiel et peut être anonyme.

## Quand appeler ?

- Vous vous sentez épuisé, découragé ou à bout ;
- Vous avez vécu une agression, une menace, un conflit violent ;
- Vous êtes témoin d’une situation qui vous affecte ;
- Vous avez simplement besoin de parler.

## Après un événement grave dans un établissement

Le chef d’établissement ou l’inspecteur prévient la DSDEN. L’académie organise alors :
1. un **appel de soutien** aux personnels directement concernés dans les jours qui suivent ;
2. si besoin, l’intervention d’une **cellule d’écoute** sur place ;
3. un **courrier** rappelant les dispositifs (protection fonctionnelle, accident de service, médecine de prévention) ;
4. un point de suivi quelques semaines après.

## Les relais dans les départements

- Médecins de prévention et assistants de service social des personnels à Laon, Beauvais et Amiens ;
- Psychologue du travail du rectorat ;
- Conseillers RH de proximité de l’Aisne, de l’Oise et de la Somme.

En cas de détresse, appelez le **3114**. En cas de danger immédiat, composez le **17** ou le **112**.`,
    audiences: [],
    scope: 'academie',
    situations: ['in_difficulty'],
    related: ['cellule-ecoute-personnels', 'violences-harcelement-signaler', 'protection-fonctionnelle'],
    contactPointKinds: ['ligne d’écoute', 'psychologue du travail', 'médecin du travail', 'assistant de service social', 'conseiller RH de proximité'],
  },
  {
    slug: 'atteinte-reseaux-sociaux',
    kind: 'faq',
    theme: 'protection',
    title: 'Je suis mis en cause sur les réseaux sociaux : que faire ?',
    summary:
      'Propos injurieux, diffamation, photos diffusées sans accord : les premiers gestes et les soutiens possibles quand votre image est attaquée en ligne.',
    body: `## Que faire tout de suite ?

1. **Ne répondez pas** aux messages : une réponse alimente souvent la diffusion.
2. **Conservez les preuves** : captures d’écran datées, adresses des pages, noms des comptes. Un constat par commissaire de justice peut être utile.
3. **Signalez les contenus** à la plateforme, et sur le portail officiel de signalement des contenus illicites en ligne.
4. **Prévenez votre chef d’établissement** ou votre supérieur, qui informe l’inspection et la DSDEN.

## L’administration peut-elle m’aider ?

Oui. Les attaques liées à vos fonctions ouvrent droit à la **protection fonctionnelle** : l’administration peut intervenir auprès des auteurs (par exemple des parents d’élèves), demander le retrait des contenus, et prendre en charge vos frais d’avocat si vous portez plainte.

## Dois-je porter plainte ?

C’est votre choix. Une plainte est souvent utile pour faire cesser les faits et obtenir réparation. Vous pouvez être accompagné dans cette démarche.

## Et si cela m’affecte ?

C’est normal d’être touché. Parlez-en : la **ligne d’écoute** des personnels, le médecin du travail ou le conseiller RH de proximité peuvent vous soutenir. Un arrêt de travail lié à ces faits peut relever de l’accident de service.

## Prévenir

Vérifiez les paramètres de confidentialité de vos comptes personnels et évitez d’y mentionner votre établissement.`,
    audiences: [],
    scope: 'national',
    situations: ['in_difficulty'],
    related: ['protection-fonctionnelle', 'violences-harcelement-signaler', 'cellule-ecoute-personnels'],
    contactPointKinds: ['chef d’établissement', 'service juridique', 'conseiller RH de proximité', 'ligne d’écoute'],
  },
  {
    slug: 'registre-sante-securite-travail',
    kind: 'sheet',
    theme: 'protection',
    title: 'Le registre santé et sécurité au travail et le droit de retrait',
    summary:
      'Signaler un risque ou une situation dangereuse dans votre lieu de travail : le registre santé et sécurité, le signalement de danger grave et imminent.',
    body: `## Le registre santé et sécurité au travail

Chaque école, établissement et service dispose d’un **registre santé et sécurité au travail**, souvent accessible en ligne. Vous pouvez y consigner :
- un risque ou un dysfonctionnement (locaux dégradés, équipement dangereux, chauffage défaillant) ;
- une situation de travail difficile (incivilités répétées, charge excessive) ;
- une suggestion d’amélioration des conditions de travail.

Le chef de service doit en prendre connaissance, y répondre et prendre les mesures nécessaires. Le registre est consulté par les conseillers de prévention et la formation spécialisée en santé, sécurité et conditions de travail.

## Le danger grave et imminent

Si vous avez un motif raisonnable de penser qu’une situation présente un **danger grave et imminent** pour votre vie ou votre santé, vous pouvez :
1. **alerter** immédiatement votre supérieur ;
2. **vous retirer** de la situation (droit de retrait), sans créer pour autrui une nouvelle situation de danger ; pour un enseignant, cela suppose que les élèves restent sous surveillance ;
3. consigner le signalement dans le **registre spécial** des dangers graves et imminents.

Aucune sanction ni retenue de salaire ne peut être prise contre un agent qui a exercé légitimement ce droit.

## Être accompagné

Le conseiller de prévention de votre département et le conseiller RH de proximité peuvent vous aider à formuler un signalement. Pour une agression, pensez aussi à la **protection fonctionnelle** et à la déclaration d’**accident de service**.`,
    audiences: [],
    scope: 'national',
    situations: ['in_difficulty', 'managing_a_team'],
    related: ['accident-service-trajet', 'protection-fonctionnelle', 'risques-psychosociaux'],
    contactPointKinds: ['conseiller de prévention', 'chef d’établissement', 'conseiller RH de proximité'],
  },
  {
    slug: 'rh-accueillir-agent-victime',
    kind: 'guide',
    theme: 'protection',
    title: 'Fiche RH : accueillir un agent victime d’une agression ou de harcèlement',
    summary:
      'Pour les conseillers RH de proximité : écouter, protéger, orienter et suivre un agent qui se dit victime, sans se substituer aux professionnels.',
    body: `## Écouter

- Recevez l’agent rapidement, dans un lieu calme, en garantissant la confidentialité.
- Laissez-le décrire la situation à son rythme ; ne qualifiez pas les faits et ne mettez pas en doute sa parole.
- Repérez les signes de détresse : en cas de risque suicidaire, ne laissez pas la personne seule, contactez le **3114** ou le **15** avec elle.

## Protéger

- Informez l’agent de ses droits : **protection fonctionnelle**, déclaration d’**accident de service**, dépôt de plainte, **dispositif de signalement**.
- Avec son accord, alertez l’autorité hiérarchique pour que des mesures conservatoires soient prises si les faits se poursuivent.
- Si l’auteur présumé est le supérieur direct de l’agent, passez par l’échelon supérieur.

## Orienter

- Médecin du travail, psychologue du travail, ligne d’écoute ;
- Assistant de service social ;
- Service juridique pour la protection fonctionnelle ;
- Référent égalité pour les agissements sexistes.

Enregistrez chaque orientation dans ProxiRH et **suivez la réponse** de chaque interlocuteur.

## Suivre

Reprenez contact avec l’agent dans les jours qui suivent, puis à intervalles réguliers. Une situation de harcèlement peut relever du groupe « situations RH » de l’académie : proposez-le à l’agent, qui reste maître de ce qui est partagé.

## Prendre soin de soi

Ces situations sont lourdes : parlez-en avec votre coordonnateur et ne restez pas seul avec un cas difficile.`,
    audiences: [],
    hrStaffOnly: true,
    scope: 'national',
    situations: ['in_difficulty'],
    related: ['violences-harcelement-signaler', 'protection-fonctionnelle', 'cellule-ecoute-personnels'],
    contactPointKinds: ['médecin du travail', 'psychologue du travail', 'service juridique', 'assistant de service social', 'coordonnateur'],
  },
];
