import type { GrievanceMessageKey } from './messages.en.js';

/** German texts of the public grievance channel. */
export const de: Readonly<Record<GrievanceMessageKey, string>> = {
  // Öffentliches Formular
  'grievances.form.title': 'Ein Problem melden',
  'grievances.form.intro':
    'Erzählen Sie uns von Schäden an Menschen oder Natur, die mit {organisation} oder mit den Firmen zu tun haben, bei denen es einkauft. Zum Beispiel: gefährliche Arbeit, Kinder, die arbeiten, Zwangsarbeit, Verschmutzung, Gewalt oder Bestechung.',
  'grievances.form.who_can_report':
    'Alle können dieses Formular benutzen: Arbeiterinnen und Arbeiter, Menschen aus der Nachbarschaft, Gewerkschaften und Organisationen, die ihnen helfen.',
  'grievances.form.anonymity':
    'Sie müssen Ihren Namen nicht nennen. Wir speichern Ihre Internetadresse nicht und verwenden keine Tracking-Cookies. Wenn Sie unerkannt bleiben möchten, schreiben Sie Ihren Namen nicht auf und auch keine Angaben, an denen man Sie erkennen kann.',
  'grievances.form.protection':
    '{organisation} duldet keine Strafe und keine Rache gegen Menschen, die in gutem Glauben ein Problem melden.',
  'grievances.form.emergency': 'Wenn jemand gerade in Gefahr ist, rufen Sie zuerst den örtlichen Notruf.',
  'grievances.form.language_note': 'Sie können auf Deutsch, Englisch, Niederländisch oder Französisch schreiben.',
  'grievances.form.category.label': 'Worum geht es?',
  'grievances.form.category.hint':
    'Wählen Sie, was am besten passt. Wenn Sie nicht sicher sind, wählen Sie „Etwas anderes“.',
  'grievances.form.country.label': 'Land (wenn Sie möchten)',
  'grievances.form.place.label': 'Ort: Mine, Fabrik, Schrottplatz, Dorf oder Stadt (wenn Sie möchten)',
  'grievances.form.concerned.label': 'Um welche Firma geht es? (wenn Sie es wissen)',
  'grievances.form.member.label': 'Um welches Mitgliedsunternehmen geht es? (wenn Sie es wissen)',
  'grievances.form.member.unknown': 'Weiß ich nicht',
  'grievances.form.description.label': 'Was ist passiert?',
  'grievances.form.description.hint':
    'Schreiben Sie, was passiert ist, wann und wo, und wer betroffen ist. In Ihren eigenen Worten. Mindestens {min} Zeichen.',
  'grievances.form.attachments.label': 'Fotos oder Dokumente (wenn Sie möchten)',
  'grievances.form.attachments.hint':
    'Fotos (JPEG oder PNG), PDF oder Textdateien. Höchstens {count} Dateien mit je {size} MB.',
  'grievances.form.attachments.privacy':
    'Wir entfernen Ort und Kameradaten aus Fotos, bevor wir sie speichern. PDF-Dateien speichern wir so, wie sie sind: Darin kann der Name der Person stehen, die sie erstellt hat.',
  'grievances.form.contact.label': 'E-Mail-Adresse (wenn Sie möchten)',
  'grievances.form.contact.hint':
    'Nur wenn wir Ihnen schreiben sollen. Auch ohne E-Mail können Sie unsere Antworten mit Ihrer Fallnummer und Ihrem Kennwort lesen.',
  'grievances.form.consent.label':
    'Ich bin einverstanden, dass {organisation} diese E-Mail-Adresse nur benutzt, um mir zu dieser Meldung zu schreiben.',
  'grievances.form.language.label': 'Sprache unserer Antworten',
  'grievances.form.honeypot.label': 'Dieses Feld bitte leer lassen',
  'grievances.form.what_next':
    'Nach dem Absenden bekommen Sie eine Fallnummer und ein Kennwort. Innerhalb von {days} Tagen bestätigen wir, dass Ihre Meldung angekommen ist. Dann prüfen wir die Sache und sagen Ihnen, was wir tun.',
  'grievances.form.submit': 'Meldung absenden',
  'grievances.step.wait':
    'In kurzer Zeit kamen viele Meldungen aus Ihrem Netzwerk oder mit genau diesem Text. Damit der Kanal für alle offen bleibt: Bitte warten Sie {seconds} Sekunden und drücken Sie dann noch einmal auf „Meldung absenden“. Ihre Meldung ist unten noch ausgefüllt.',
  'grievances.step.files':
    'Ihre Dateien konnten nicht behalten werden. Bitte wählen Sie sie noch einmal aus, bevor Sie absenden.',

  // Eingangsbestätigung
  'grievances.receipt.title': 'Danke. Ihre Meldung wurde gesendet.',
  'grievances.receipt.case_number': 'Fallnummer',
  'grievances.receipt.passphrase': 'Kennwort',
  'grievances.receipt.keep_safe':
    'Schreiben Sie beide Codes auf oder machen Sie ein Foto von dieser Seite, und bewahren Sie sie sicher auf. Wir können das Kennwort nicht noch einmal zeigen und es nicht für Sie wiederfinden. Ohne Kennwort kann niemand die Antworten auf Ihre Meldung lesen, auch Sie nicht.',
  'grievances.receipt.shared_device':
    'Wenn auch andere dieses Telefon oder diesen Computer benutzen, schließen Sie diese Seite, wenn Sie fertig sind.',
  'grievances.receipt.next_steps':
    'Innerhalb von {days} Tagen bestätigen wir, dass Ihre Meldung angekommen ist. Kommen Sie auf die Seite „Meldung verfolgen“ zurück, um unsere Antworten zu lesen und uns zu schreiben.',
  'grievances.receipt.follow_up_link': 'Zur Seite „Meldung verfolgen“',

  // Meldung verfolgen
  'grievances.follow_up.title': 'Meldung verfolgen',
  'grievances.follow_up.intro':
    'Geben Sie Ihre Fallnummer und Ihr Kennwort ein, um unsere Antworten zu lesen und uns zu schreiben.',
  'grievances.follow_up.case_number.label': 'Fallnummer',
  'grievances.follow_up.passphrase.label': 'Kennwort',
  'grievances.follow_up.open': 'Meine Meldung öffnen',
  'grievances.follow_up.not_found':
    'Mit dieser Fallnummer und diesem Kennwort konnten wir keine Meldung öffnen. Prüfen Sie beides und versuchen Sie es noch einmal.',
  'grievances.follow_up.case_number_typo': 'In dieser Fallnummer ist ein Tippfehler. Bitte prüfen Sie sie.',
  'grievances.follow_up.passphrase_typo': 'In diesem Kennwort ist ein Tippfehler. Bitte prüfen Sie es.',
  'grievances.follow_up.rate_limited':
    'Zu viele falsche Versuche von hier für diese Meldung. Bitte warten Sie {seconds} Sekunden und versuchen Sie es dann noch einmal.',
  'grievances.follow_up.status': 'Stand',
  'grievances.follow_up.received_on': 'Eingegangen am {date}',
  'grievances.follow_up.your_report': 'Ihre Meldung',
  'grievances.follow_up.messages': 'Nachrichten',
  'grievances.follow_up.no_messages': 'Noch keine Nachrichten.',
  'grievances.follow_up.from_you': 'Sie',
  'grievances.follow_up.from_organisation': '{organisation}',
  'grievances.follow_up.reply.label': 'Nachricht schreiben',
  'grievances.follow_up.reply.submit': 'Nachricht senden',
  'grievances.follow_up.reply.sent': 'Ihre Nachricht wurde gesendet.',
  'grievances.follow_up.closed_note':
    'Dieser Fall ist abgeschlossen. Wenn Sie mit dem Ergebnis nicht einverstanden sind, schreiben Sie uns. Wir können den Fall wieder öffnen.',
  'grievances.follow_up.leave': 'Meine Meldung schließen',

  // Status
  'grievances.status.received': 'Eingegangen',
  'grievances.status.received.description': 'Ihre Meldung ist angekommen. Wir bestätigen Ihnen das bald.',
  'grievances.status.acknowledged': 'Eingang bestätigt',
  'grievances.status.acknowledged.description': 'Wir haben Ihre Meldung gelesen und kümmern uns darum.',
  'grievances.status.under_investigation': 'Wird geprüft',
  'grievances.status.under_investigation.description':
    'Wir finden heraus, was passiert ist. Vielleicht stellen wir Ihnen hier Fragen.',
  'grievances.status.remedy': 'Lösung vereinbart',
  'grievances.status.remedy.description': 'Eine Lösung wurde vereinbart. Wir prüfen, ob sie umgesetzt wird.',
  'grievances.status.closed': 'Abgeschlossen',
  'grievances.status.closed.description': 'Wir haben die Arbeit an dieser Meldung beendet.',

  // Kategorien
  'grievances.category.conflict_security': 'Gewalt, bewaffnete Gruppen, Soldaten oder Wachleute',
  'grievances.category.serious_abuses': 'Schwere Misshandlung: Folter, sexuelle Gewalt oder anderes schweres Leid',
  'grievances.category.child_labour': 'Kinder, die arbeiten',
  'grievances.category.forced_labour':
    'Zwangsarbeit: Menschen, die nicht gehen können, Schulden, Papiere oder Lohn weggenommen',
  'grievances.category.health_safety': 'Gefährliche oder ungesunde Arbeit',
  'grievances.category.freedom_of_association': 'Beschäftigte dürfen keiner Gewerkschaft beitreten oder keine gründen',
  'grievances.category.environment': 'Verschmutzung von Wasser, Luft oder Boden, oder Schäden an der Natur',
  'grievances.category.corruption': 'Bestechung, Korruption oder Betrug',
  'grievances.category.land_rights': 'Land oder Häuser weggenommen, oder Menschen ohne faire Vereinbarung umgesiedelt',
  'grievances.category.labour_rights': 'Zu niedriger oder kein Lohn, oder unfaire Arbeitszeiten oder Verträge',
  'grievances.category.discrimination':
    'Ungleichbehandlung wegen Geschlecht, Herkunft, Religion oder aus einem anderen Grund',
  'grievances.category.water': 'Zu viel Wasser verbraucht, oder Brunnen und Flüsse trocknen aus',
  'grievances.category.biodiversity': 'Wälder abgeholzt, oder Schaden an Tieren, Pflanzen oder geschützter Natur',
  'grievances.category.other': 'Etwas anderes',

  // Ergebnisse
  'grievances.outcome.remedied': 'Gelöst: Es gab Wiedergutmachung',
  'grievances.outcome.substantiated': 'Bestätigt: Es wurden Maßnahmen ergriffen',
  'grievances.outcome.unsubstantiated': 'Wir konnten die Meldung nicht bestätigen',
  'grievances.outcome.referred': 'Weitergegeben an die Stelle, die etwas tun kann',
  'grievances.outcome.withdrawn': 'Zurückgezogen',
  'grievances.outcome.inadmissible': 'Gehört nicht zu dieser Meldestelle',

  // Fehler im Formular
  'grievances.error.invalid': 'Bitte prüfen Sie das Formular. Einige Angaben müssen geändert werden.',
  'grievances.error.category': 'Bitte wählen Sie, worum es in Ihrer Meldung geht.',
  'grievances.error.country': 'Bitte wählen Sie ein Land aus der Liste.',
  'grievances.error.text_too_long': 'Dieser Text ist zu lang. Bitte höchstens {max} Zeichen.',
  'grievances.error.description_too_short': 'Bitte schreiben Sie in mindestens {min} Zeichen, was passiert ist.',
  'grievances.error.description_too_long':
    'Ihr Text ist zu lang: höchstens {max} Zeichen. Den Rest können Sie als Textdatei anhängen.',
  'grievances.error.email': 'Diese E-Mail-Adresse scheint nicht zu stimmen.',
  'grievances.error.consent_required':
    'Wenn Sie eine E-Mail-Adresse angeben, kreuzen Sie bitte das Kästchen an, mit dem Sie uns erlauben, sie zu benutzen. Oder lassen Sie die E-Mail-Adresse leer.',
  'grievances.error.member': 'Bitte wählen Sie ein Mitgliedsunternehmen aus der Liste.',
  'grievances.error.language': 'Bitte wählen Sie eine Sprache.',
  'grievances.error.honeypot': 'Bitte lassen Sie dieses Feld leer.',

  // Fehler bei Dateien
  'grievances.attachment.empty': 'Diese Datei ist leer.',
  'grievances.attachment.too_large': 'Diese Datei ist zu groß. Jede Datei darf höchstens {size} MB haben.',
  'grievances.attachment.unsupported_type':
    'Diese Art von Datei können wir nicht annehmen. Bitte senden Sie ein Foto (JPEG oder PNG), ein PDF oder eine Textdatei.',
  'grievances.attachment.type_mismatch':
    'Der Name dieser Datei passt nicht zu ihrem Inhalt. Bitte prüfen Sie die Datei.',
  'grievances.attachment.too_many': 'Sie können höchstens {count} Dateien anhängen.',
  'grievances.attachment.total_too_large': 'Die Dateien sind zusammen zu groß: höchstens {size} MB.',
};
