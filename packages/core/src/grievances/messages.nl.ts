import type { GrievanceMessageKey } from './messages.en.js';

/** Dutch texts of the public grievance channel. */
export const nl: Readonly<Record<GrievanceMessageKey, string>> = {
  // Publiek formulier
  'grievances.form.title': 'Een probleem melden',
  'grievances.form.intro':
    'Vertel ons over schade aan mensen of natuur die te maken heeft met {organisation} of met de bedrijven waar het van koopt. Bijvoorbeeld: onveilig werk, kinderen die werken, gedwongen werk, vervuiling, geweld of omkoping.',
  'grievances.form.who_can_report':
    'Iedereen kan dit formulier gebruiken: werknemers, mensen die in de buurt wonen, vakbonden en organisaties die hen helpen.',
  'grievances.form.anonymity':
    'U hoeft uw naam niet te geven. Wij bewaren uw internetadres niet en gebruiken geen volgcookies. Wilt u onbekend blijven? Schrijf dan uw naam niet op, en ook geen gegevens waaraan iemand u kan herkennen.',
  'grievances.form.protection':
    '{organisation} accepteert geen straf of wraak tegen iemand die te goeder trouw een probleem meldt.',
  'grievances.form.emergency': 'Is iemand nu in gevaar? Bel dan eerst de plaatselijke hulpdiensten.',
  'grievances.form.language_note': 'U kunt schrijven in het Nederlands, Engels, Duits of Frans.',
  'grievances.form.category.label': 'Waar gaat het over?',
  'grievances.form.category.hint': 'Kies wat het beste past. Weet u het niet zeker? Kies dan “Iets anders”.',
  'grievances.form.country.label': 'Land (als u wilt)',
  'grievances.form.place.label': 'Plaats: mijn, fabriek, schroothandel, dorp of stad (als u wilt)',
  'grievances.form.concerned.label': 'Over welk bedrijf gaat het? (als u het weet)',
  'grievances.form.member.label': 'Over welk lid-bedrijf gaat het? (als u het weet)',
  'grievances.form.member.unknown': 'Weet ik niet',
  'grievances.form.description.label': 'Wat is er gebeurd?',
  'grievances.form.description.hint':
    'Vertel wat er gebeurde, wanneer en waar, en wie erdoor getroffen is. Gebruik uw eigen woorden. Minstens {min} tekens.',
  'grievances.form.attachments.label': "Foto's of documenten (als u wilt)",
  'grievances.form.attachments.hint':
    "Foto's (JPEG of PNG), PDF of tekstbestanden. Hoogstens {count} bestanden van elk {size} MB.",
  'grievances.form.attachments.privacy':
    "Wij halen de locatie en cameragegevens uit foto's voordat we ze bewaren. PDF-bestanden bewaren we zoals ze zijn: daarin kan de naam staan van wie ze maakte.",
  'grievances.form.contact.label': 'E-mailadres (als u wilt)',
  'grievances.form.contact.hint':
    'Alleen als u wilt dat wij u schrijven. Zonder e-mail kunt u onze antwoorden ook lezen met uw zaaknummer en wachtwoord.',
  'grievances.form.consent.label':
    'Ik ga ermee akkoord dat {organisation} dit e-mailadres alleen gebruikt om mij over deze melding te schrijven.',
  'grievances.form.language.label': 'Taal van onze antwoorden',
  'grievances.form.honeypot.label': 'Laat dit veld leeg',
  'grievances.form.what_next':
    'Na het versturen krijgt u een zaaknummer en een wachtwoord. Binnen {days} dagen bevestigen wij dat we uw melding hebben ontvangen. Daarna zoeken we het uit en vertellen we u wat we doen.',
  'grievances.form.submit': 'Melding versturen',
  'grievances.step.wait':
    'Er kwamen in korte tijd veel meldingen binnen vanaf uw netwerk, of met precies deze tekst. Zo blijft het kanaal voor iedereen open: wacht {seconds} seconden en druk dan nog een keer op “Melding versturen”. Uw melding staat hieronder nog ingevuld.',
  'grievances.step.files': 'Uw bestanden konden niet bewaard blijven. Kies ze opnieuw voordat u verstuurt.',

  // Ontvangstbevestiging
  'grievances.receipt.title': 'Dank u. Uw melding is verstuurd.',
  'grievances.receipt.case_number': 'Zaaknummer',
  'grievances.receipt.passphrase': 'Wachtwoord',
  'grievances.receipt.keep_safe':
    'Schrijf beide codes op, of maak een foto van deze pagina, en bewaar ze op een veilige plek. Wij kunnen het wachtwoord niet nog eens tonen en niet voor u terugvinden. Zonder wachtwoord kan niemand de antwoorden op uw melding lezen, ook u niet.',
  'grievances.receipt.shared_device':
    'Gebruiken ook anderen deze telefoon of computer? Sluit dan deze pagina als u klaar bent.',
  'grievances.receipt.next_steps':
    'Binnen {days} dagen bevestigen wij dat we uw melding hebben ontvangen. Kom terug naar de opvolgpagina om onze antwoorden te lezen en ons te schrijven.',
  'grievances.receipt.follow_up_link': 'Naar de opvolgpagina',

  // Opvolgpagina
  'grievances.follow_up.title': 'Uw melding volgen',
  'grievances.follow_up.intro': 'Vul uw zaaknummer en wachtwoord in om onze antwoorden te lezen en ons te schrijven.',
  'grievances.follow_up.case_number.label': 'Zaaknummer',
  'grievances.follow_up.passphrase.label': 'Wachtwoord',
  'grievances.follow_up.open': 'Mijn melding openen',
  'grievances.follow_up.not_found':
    'Met dit zaaknummer en wachtwoord konden we geen melding openen. Controleer beide en probeer het opnieuw.',
  'grievances.follow_up.case_number_typo': 'Er zit een tikfout in dit zaaknummer. Controleer het alstublieft.',
  'grievances.follow_up.passphrase_typo': 'Er zit een tikfout in dit wachtwoord. Controleer het alstublieft.',
  'grievances.follow_up.rate_limited':
    'Te veel verkeerde pogingen vanaf hier voor deze melding. Wacht {seconds} seconden en probeer het dan opnieuw.',
  'grievances.follow_up.status': 'Stand van zaken',
  'grievances.follow_up.received_on': 'Ontvangen op {date}',
  'grievances.follow_up.your_report': 'Uw melding',
  'grievances.follow_up.messages': 'Berichten',
  'grievances.follow_up.no_messages': 'Nog geen berichten.',
  'grievances.follow_up.from_you': 'U',
  'grievances.follow_up.from_organisation': '{organisation}',
  'grievances.follow_up.reply.label': 'Schrijf een bericht',
  'grievances.follow_up.reply.submit': 'Bericht versturen',
  'grievances.follow_up.reply.sent': 'Uw bericht is verstuurd.',
  'grievances.follow_up.closed_note':
    'Deze zaak is afgesloten. Bent u het niet eens met de uitkomst? Schrijf ons dan. We kunnen de zaak opnieuw openen.',
  'grievances.follow_up.leave': 'Mijn melding sluiten',

  // Statussen
  'grievances.status.received': 'Ontvangen',
  'grievances.status.received.description': 'Uw melding is aangekomen. We bevestigen dit binnenkort aan u.',
  'grievances.status.acknowledged': 'Ontvangst bevestigd',
  'grievances.status.acknowledged.description': 'We hebben uw melding gelezen en gaan ermee aan de slag.',
  'grievances.status.under_investigation': 'In onderzoek',
  'grievances.status.under_investigation.description':
    'We zoeken uit wat er is gebeurd. Misschien stellen we u hier vragen.',
  'grievances.status.remedy': 'Oplossing afgesproken',
  'grievances.status.remedy.description': 'Er is een oplossing afgesproken. We controleren of die wordt uitgevoerd.',
  'grievances.status.closed': 'Afgesloten',
  'grievances.status.closed.description': 'We zijn klaar met deze melding.',

  // Categorieën
  'grievances.category.conflict_security': 'Geweld, gewapende groepen, soldaten of bewakers',
  'grievances.category.serious_abuses': 'Ernstig misbruik: marteling, seksueel geweld of ander zwaar leed',
  'grievances.category.child_labour': 'Kinderen die werken',
  'grievances.category.forced_labour':
    'Gedwongen werk: mensen die niet weg kunnen, schulden, papieren of loon afgepakt',
  'grievances.category.health_safety': 'Onveilig of ongezond werk',
  'grievances.category.freedom_of_association': 'Werknemers die geen vakbond mogen oprichten of er lid van worden',
  'grievances.category.environment': 'Vervuiling van water, lucht of grond, of schade aan de natuur',
  'grievances.category.corruption': 'Omkoping, corruptie of fraude',
  'grievances.category.land_rights': 'Land of woningen afgenomen, of mensen verplaatst zonder eerlijke afspraak',
  'grievances.category.labour_rights': 'Te laag of geen loon, of oneerlijke werktijden of contracten',
  'grievances.category.discrimination': 'Ongelijke behandeling vanwege geslacht, afkomst, geloof of iets anders',
  'grievances.category.water': 'Te veel water gebruikt, of putten en rivieren die droogvallen',
  'grievances.category.biodiversity': 'Bossen gekapt, of schade aan dieren, planten of beschermde natuur',
  'grievances.category.other': 'Iets anders',

  // Uitkomsten
  'grievances.outcome.remedied': 'Opgelost: er is herstel geboden',
  'grievances.outcome.substantiated': 'Bevestigd: er zijn maatregelen genomen',
  'grievances.outcome.unsubstantiated': 'We konden de melding niet bevestigen',
  'grievances.outcome.referred': 'Doorgegeven aan de organisatie die er iets aan kan doen',
  'grievances.outcome.withdrawn': 'Ingetrokken',
  'grievances.outcome.inadmissible': 'Hoort niet bij dit meldpunt',

  // Fouten in het formulier
  'grievances.error.invalid': 'Controleer het formulier. Sommige antwoorden moeten anders.',
  'grievances.error.category': 'Kies waar uw melding over gaat.',
  'grievances.error.country': 'Kies een land uit de lijst.',
  'grievances.error.text_too_long': 'Deze tekst is te lang. Gebruik hoogstens {max} tekens.',
  'grievances.error.description_too_short': 'Vertel in minstens {min} tekens wat er is gebeurd.',
  'grievances.error.description_too_long':
    'Uw tekst is te lang: hoogstens {max} tekens. De rest kunt u toevoegen als tekstbestand.',
  'grievances.error.email': 'Dit e-mailadres lijkt niet te kloppen.',
  'grievances.error.consent_required':
    'Wilt u een e-mailadres geven? Vink dan het vakje aan waarmee u ons toestemming geeft het te gebruiken. Of laat het e-mailadres leeg.',
  'grievances.error.member': 'Kies een lid-bedrijf uit de lijst.',
  'grievances.error.language': 'Kies een taal.',
  'grievances.error.honeypot': 'Laat dit veld leeg.',

  // Fouten bij bestanden
  'grievances.attachment.empty': 'Dit bestand is leeg.',
  'grievances.attachment.too_large': 'Dit bestand is te groot. Elk bestand mag hoogstens {size} MB zijn.',
  'grievances.attachment.unsupported_type':
    'Dit soort bestand kunnen we niet aannemen. Stuur een foto (JPEG of PNG), een PDF of een tekstbestand.',
  'grievances.attachment.type_mismatch':
    'De naam van dit bestand past niet bij wat erin staat. Controleer het bestand.',
  'grievances.attachment.too_many': 'U kunt hoogstens {count} bestanden toevoegen.',
  'grievances.attachment.total_too_large': 'De bestanden samen zijn te groot: hoogstens {size} MB.',
};
