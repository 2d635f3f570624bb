import type { GrievanceMessageKey } from './messages.en.js';

/** French texts of the public grievance channel. */
export const fr: Readonly<Record<GrievanceMessageKey, string>> = {
  // Formulaire public
  'grievances.form.title': 'Signaler un problème',
  'grievances.form.intro':
    'Parlez-nous d’un tort fait à des personnes ou à la nature, lié à {organisation} ou aux entreprises qui le fournissent. Par exemple : travail dangereux, enfants qui travaillent, travail forcé, pollution, violence ou pots-de-vin.',
  'grievances.form.who_can_report':
    'Tout le monde peut utiliser ce formulaire : travailleurs, habitants des environs, syndicats et organisations qui les aident.',
  'grievances.form.anonymity':
    'Vous n’êtes pas obligé de donner votre nom. Nous ne gardons pas votre adresse internet et nous n’utilisons pas de cookies de suivi. Si vous voulez rester inconnu, n’écrivez pas votre nom, ni des détails qui permettent de vous reconnaître.',
  'grievances.form.protection':
    '{organisation} n’accepte aucune punition ni vengeance contre une personne qui signale un problème de bonne foi.',
  'grievances.form.emergency': 'Si quelqu’un est en danger maintenant, appelez d’abord les secours locaux.',
  'grievances.form.language_note': 'Vous pouvez écrire en français, en anglais, en néerlandais ou en allemand.',
  'grievances.form.category.label': 'De quoi s’agit-il ?',
  'grievances.form.category.hint':
    'Choisissez ce qui convient le mieux. Si vous n’êtes pas sûr, choisissez « Autre chose ».',
  'grievances.form.country.label': 'Pays (si vous voulez)',
  'grievances.form.place.label': 'Lieu : mine, usine, dépôt de ferraille, village ou ville (si vous voulez)',
  'grievances.form.concerned.label': 'Quelle entreprise est concernée ? (si vous le savez)',
  'grievances.form.member.label': 'Quelle entreprise membre est concernée ? (si vous le savez)',
  'grievances.form.member.unknown': 'Je ne sais pas',
  'grievances.form.description.label': 'Que s’est-il passé ?',
  'grievances.form.description.hint':
    'Dites ce qui s’est passé, quand et où, et qui est touché. Avec vos propres mots. Au moins {min} caractères.',
  'grievances.form.attachments.label': 'Photos ou documents (si vous voulez)',
  'grievances.form.attachments.hint':
    'Photos (JPEG ou PNG), PDF ou fichiers texte. Au plus {count} fichiers de {size} Mo chacun.',
  'grievances.form.attachments.privacy':
    'Nous retirons le lieu et les informations de l’appareil photo avant d’enregistrer les photos. Les fichiers PDF sont gardés tels quels : ils peuvent contenir le nom de la personne qui les a faits.',
  'grievances.form.contact.label': 'Adresse e-mail (si vous voulez)',
  'grievances.form.contact.hint':
    'Seulement si vous voulez que nous vous écrivions. Sans e-mail, vous pouvez aussi lire nos réponses avec votre numéro de dossier et votre mot de passe.',
  'grievances.form.consent.label':
    'J’accepte que {organisation} utilise cette adresse e-mail seulement pour m’écrire au sujet de ce signalement.',
  'grievances.form.language.label': 'Langue de nos réponses',
  'grievances.form.honeypot.label': 'Laissez ce champ vide',
  'grievances.form.what_next':
    'Après l’envoi, vous recevez un numéro de dossier et un mot de passe. Dans les {days} jours, nous confirmons que nous avons reçu votre signalement. Ensuite nous examinons la situation et nous vous disons ce que nous faisons.',
  'grievances.form.submit': 'Envoyer le signalement',
  'grievances.step.wait':
    'Beaucoup de signalements sont arrivés en peu de temps depuis votre réseau, ou avec exactement ce texte. Pour que le canal reste ouvert à tous, attendez {seconds} secondes, puis appuyez encore une fois sur « Envoyer le signalement ». Votre signalement est toujours rempli ci-dessous.',
  'grievances.step.files': 'Vos fichiers n’ont pas pu être gardés. Choisissez-les à nouveau avant d’envoyer.',

  // Accusé de réception
  'grievances.receipt.title': 'Merci. Votre signalement a été envoyé.',
  'grievances.receipt.case_number': 'Numéro de dossier',
  'grievances.receipt.passphrase': 'Mot de passe',
  'grievances.receipt.keep_safe':
    'Notez les deux codes, ou prenez une photo de cette page, et gardez-les dans un endroit sûr. Nous ne pouvons pas montrer le mot de passe une deuxième fois, ni le retrouver pour vous. Sans lui, personne ne peut lire les réponses à votre signalement, même pas vous.',
  'grievances.receipt.shared_device':
    'Si d’autres personnes utilisent ce téléphone ou cet ordinateur, fermez cette page quand vous avez fini.',
  'grievances.receipt.next_steps':
    'Dans les {days} jours, nous confirmons que nous avons reçu votre signalement. Revenez sur la page de suivi pour lire nos réponses et nous écrire.',
  'grievances.receipt.follow_up_link': 'Aller à la page de suivi',

  // Page de suivi
  'grievances.follow_up.title': 'Suivre votre signalement',
  'grievances.follow_up.intro':
    'Entrez votre numéro de dossier et votre mot de passe pour lire nos réponses et nous écrire.',
  'grievances.follow_up.case_number.label': 'Numéro de dossier',
  'grievances.follow_up.passphrase.label': 'Mot de passe',
  'grievances.follow_up.open': 'Ouvrir mon signalement',
  'grievances.follow_up.not_found':
    'Nous n’avons pas pu ouvrir de signalement avec ce numéro de dossier et ce mot de passe. Vérifiez les deux et réessayez.',
  'grievances.follow_up.case_number_typo': 'Ce numéro de dossier contient une faute de frappe. Merci de le vérifier.',
  'grievances.follow_up.passphrase_typo': 'Ce mot de passe contient une faute de frappe. Merci de le vérifier.',
  'grievances.follow_up.rate_limited':
    'Trop d’essais erronés d’ici pour ce signalement. Attendez {seconds} secondes, puis réessayez.',
  'grievances.follow_up.status': 'Où en est le dossier',
  'grievances.follow_up.received_on': 'Reçu le {date}',
  'grievances.follow_up.your_report': 'Votre signalement',
  'grievances.follow_up.messages': 'Messages',
  'grievances.follow_up.no_messages': 'Pas encore de messages.',
  'grievances.follow_up.from_you': 'Vous',
  'grievances.follow_up.from_organisation': '{organisation}',
  'grievances.follow_up.reply.label': 'Écrire un message',
  'grievances.follow_up.reply.submit': 'Envoyer le message',
  'grievances.follow_up.reply.sent': 'Votre message a été envoyé.',
  'grievances.follow_up.closed_note':
    'Ce dossier est clos. Si vous n’êtes pas d’accord avec le résultat, écrivez-nous. Nous pouvons rouvrir le dossier.',
  'grievances.follow_up.leave': 'Fermer mon signalement',

  // Statuts
  'grievances.status.received': 'Reçu',
  'grievances.status.received.description': 'Votre signalement est arrivé. Nous allons vous le confirmer bientôt.',
  'grievances.status.acknowledged': 'Réception confirmée',
  'grievances.status.acknowledged.description': 'Nous avons lu votre signalement et nous allons nous en occuper.',
  'grievances.status.under_investigation': 'En cours d’examen',
  'grievances.status.under_investigation.description':
    'Nous cherchons à savoir ce qui s’est passé. Nous pourrons vous poser des questions ici.',
  'grievances.status.remedy': 'Solution convenue',
  'grievances.status.remedy.description': 'Une solution a été convenue. Nous vérifions qu’elle est mise en œuvre.',
  'grievances.status.closed': 'Clos',
  'grievances.status.closed.description': 'Nous avons terminé notre travail sur ce signalement.',

  // Catégories
  'grievances.category.conflict_security': 'Violence, groupes armés, soldats ou gardes',
  'grievances.category.serious_abuses': 'Abus graves : torture, violences sexuelles ou autres souffrances graves',
  'grievances.category.child_labour': 'Enfants qui travaillent',
  'grievances.category.forced_labour':
    'Travail forcé : personnes qui ne peuvent pas partir, dettes, papiers ou salaire confisqués',
  'grievances.category.health_safety': 'Travail dangereux ou mauvais pour la santé',
  'grievances.category.freedom_of_association': 'Travailleurs empêchés de créer un syndicat ou d’y adhérer',
  'grievances.category.environment': 'Pollution de l’eau, de l’air ou du sol, ou dégâts à la nature',
  'grievances.category.corruption': 'Pots-de-vin, corruption ou fraude',
  'grievances.category.land_rights': 'Terres ou maisons prises, ou personnes déplacées sans accord équitable',
  'grievances.category.labour_rights': 'Salaire trop bas ou non payé, ou horaires ou contrats injustes',
  'grievances.category.discrimination':
    'Traitement inégal en raison du sexe, de l’origine, de la religion ou d’un autre motif',
  'grievances.category.water': 'Trop d’eau utilisée, ou puits et rivières qui s’assèchent',
  'grievances.category.biodiversity': 'Forêts coupées, ou atteintes aux animaux, aux plantes ou à la nature protégée',
  'grievances.category.other': 'Autre chose',

  // Résultats
  'grievances.outcome.remedied': 'Résolu : une réparation a été apportée',
  'grievances.outcome.substantiated': 'Confirmé : des mesures ont été prises',
  'grievances.outcome.unsubstantiated': 'Nous n’avons pas pu confirmer ce qui a été signalé',
  'grievances.outcome.referred': 'Transmis à l’organisation qui peut agir',
  'grievances.outcome.withdrawn': 'Retiré',
  'grievances.outcome.inadmissible': 'Ne relève pas de ce canal de signalement',

  // Erreurs du formulaire
  'grievances.error.invalid': 'Merci de vérifier le formulaire. Certaines réponses doivent être corrigées.',
  'grievances.error.category': 'Merci de choisir le sujet de votre signalement.',
  'grievances.error.country': 'Merci de choisir un pays dans la liste.',
  'grievances.error.text_too_long': 'Ce texte est trop long. Utilisez au plus {max} caractères.',
  'grievances.error.description_too_short': 'Merci de dire ce qui s’est passé en au moins {min} caractères.',
  'grievances.error.description_too_long':
    'Votre texte est trop long : au plus {max} caractères. Vous pouvez joindre la suite dans un fichier texte.',
  'grievances.error.email': 'Cette adresse e-mail ne semble pas correcte.',
  'grievances.error.consent_required':
    'Pour nous donner une adresse e-mail, cochez la case qui nous permet de l’utiliser. Ou laissez l’adresse e-mail vide.',
  'grievances.error.member': 'Merci de choisir une entreprise membre dans la liste.',
  'grievances.error.language': 'Merci de choisir une langue.',
  'grievances.error.honeypot': 'Merci de laisser ce champ vide.',

  // Erreurs de fichiers
  'grievances.attachment.empty': 'Ce fichier est vide.',
  'grievances.attachment.too_large': 'Ce fichier est trop gros. Chaque fichier peut faire au plus {size} Mo.',
  'grievances.attachment.unsupported_type':
    'Nous ne pouvons pas accepter ce type de fichier. Envoyez une photo (JPEG ou PNG), un PDF ou un fichier texte.',
  'grievances.attachment.type_mismatch':
    'Le nom de ce fichier ne correspond pas à son contenu. Merci de vérifier le fichier.',
  'grievances.attachment.too_many': 'Vous pouvez joindre au plus {count} fichiers.',
  'grievances.attachment.total_too_large': 'Les fichiers ensemble sont trop gros : au plus {size} Mo.',
};
