/**
 * English texts of the public grievance channel: the reference catalogue. Every other language has
 * exactly these keys (checked by the type of its file and by messages.test.ts). Written for people
 * who may read little and fear a lot: short sentences, no legal words, say what happens next.
 * `{organisation}`, `{days}` and the other placeholders are filled in by the page.
 */
export const en = {
  // Public form
  'grievances.form.title': 'Report a problem',
  'grievances.form.intro':
    'Tell us about harm to people or nature that is linked to {organisation} or to the companies it buys from. For example: unsafe work, children working, forced work, pollution, violence or bribes.',
  'grievances.form.who_can_report':
    'Anyone can use this form: workers, people who live nearby, unions and organisations that help them.',
  'grievances.form.anonymity':
    'You do not have to give your name. We do not store your internet address and we do not use tracking cookies. If you want to stay unknown, do not write your name or details that show who you are.',
  'grievances.form.protection':
    '{organisation} does not accept any punishment or revenge against a person who reports a problem in good faith.',
  'grievances.form.emergency': 'If someone is in danger right now, first call the local emergency services.',
  'grievances.form.language_note': 'You can write in English, Dutch, German or French.',
  'grievances.form.category.label': 'What is it about?',
  'grievances.form.category.hint': 'Choose what fits best. If you are not sure, choose “Something else”.',
  'grievances.form.country.label': 'Country (if you want)',
  'grievances.form.place.label': 'Place: mine, factory, scrap yard, village or town (if you want)',
  'grievances.form.concerned.label': 'Which company is it about? (if you know)',
  'grievances.form.member.label': 'Which member company is it about? (if you know)',
  'grievances.form.member.unknown': 'I do not know',
  'grievances.form.description.label': 'What happened?',
  'grievances.form.description.hint':
    'Tell us what happened, when and where, and who is affected. Use your own words. At least {min} characters.',
  'grievances.form.attachments.label': 'Photos or documents (if you want)',
  'grievances.form.attachments.hint':
    'Photos (JPEG or PNG), PDF or text files. At most {count} files of {size} MB each.',
  'grievances.form.attachments.privacy':
    'We remove the location and camera details from photos before we store them. PDF files are stored as they are: they can contain the name of the person who made them.',
  'grievances.form.contact.label': 'Email address (if you want)',
  'grievances.form.contact.hint':
    'Only if you want us to write to you. Without email you can still read our answers with your case number and passphrase.',
  'grievances.form.consent.label':
    'I agree that {organisation} uses this email address only to contact me about this report.',
  'grievances.form.language.label': 'Language of our answers',
  'grievances.form.honeypot.label': 'Leave this field empty',
  'grievances.form.what_next':
    'After you send the report, you get a case number and a passphrase. We confirm within {days} days that we received your report. Then we look into it and tell you what we do.',
  'grievances.form.submit': 'Send report',
  'grievances.step.wait':
    'Many reports reached this channel from your network, or with this same text, in a short time. So that the channel stays open for everyone, please wait {seconds} seconds, then press “Send report” again. Your report is still filled in below.',
  'grievances.step.files': 'Your files could not be kept. Please choose them again before you send.',

  // Receipt page
  'grievances.receipt.title': 'Thank you. Your report has been sent.',
  'grievances.receipt.case_number': 'Case number',
  'grievances.receipt.passphrase': 'Passphrase',
  'grievances.receipt.keep_safe':
    'Write down both codes, or take a photo of this page, and keep them in a safe place. We cannot show the passphrase again and we cannot find it for you. Without it nobody can read the answers to your report, also not you.',
  'grievances.receipt.shared_device': 'If other people use this phone or computer, close this page when you are done.',
  'grievances.receipt.next_steps':
    'We confirm within {days} days that we received your report. Come back to the follow-up page to read our answers and to write to us.',
  'grievances.receipt.follow_up_link': 'Go to the follow-up page',

  // Follow-up page
  'grievances.follow_up.title': 'Follow your report',
  'grievances.follow_up.intro': 'Enter your case number and passphrase to read our answers and to write to us.',
  'grievances.follow_up.case_number.label': 'Case number',
  'grievances.follow_up.passphrase.label': 'Passphrase',
  'grievances.follow_up.open': 'Open my report',
  'grievances.follow_up.not_found':
    'We could not open a report with this case number and passphrase. Check both and try again.',
  'grievances.follow_up.case_number_typo': 'There is a typing mistake in this case number. Please check it.',
  'grievances.follow_up.passphrase_typo': 'There is a typing mistake in this passphrase. Please check it.',
  'grievances.follow_up.rate_limited':
    'Too many wrong tries from here for this report. Please wait {seconds} seconds, then try again.',
  'grievances.follow_up.status': 'Status',
  'grievances.follow_up.received_on': 'Received on {date}',
  'grievances.follow_up.your_report': 'Your report',
  'grievances.follow_up.messages': 'Messages',
  'grievances.follow_up.no_messages': 'No messages yet.',
  'grievances.follow_up.from_you': 'You',
  'grievances.follow_up.from_organisation': '{organisation}',
  'grievances.follow_up.reply.label': 'Write a message',
  'grievances.follow_up.reply.submit': 'Send message',
  'grievances.follow_up.reply.sent': 'Your message has been sent.',
  'grievances.follow_up.closed_note':
    'This case is closed. If you do not agree with the result, write to us. We can open the case again.',
  'grievances.follow_up.leave': 'Close my report',

  // Statuses, as the reporter sees them
  'grievances.status.received': 'Received',
  'grievances.status.received.description': 'Your report has arrived. We will confirm this to you soon.',
  'grievances.status.acknowledged': 'Receipt confirmed',
  'grievances.status.acknowledged.description': 'We have read your report and will look into it.',
  'grievances.status.under_investigation': 'Being looked into',
  'grievances.status.under_investigation.description':
    'We are finding out what happened. We may ask you questions here.',
  'grievances.status.remedy': 'Solution agreed',
  'grievances.status.remedy.description': 'A solution has been agreed. We are checking that it is carried out.',
  'grievances.status.closed': 'Closed',
  'grievances.status.closed.description': 'We have finished our work on this report.',

  // Categories (plain words for the risk themes)
  'grievances.category.conflict_security': 'Violence, armed groups, soldiers or guards',
  'grievances.category.serious_abuses': 'Serious abuse: torture, sexual violence or other grave harm',
  'grievances.category.child_labour': 'Children working',
  'grievances.category.forced_labour': 'Forced work: people who cannot leave, debts, papers or pay taken away',
  'grievances.category.health_safety': 'Unsafe or unhealthy work',
  'grievances.category.freedom_of_association': 'Workers stopped from joining or starting a union',
  'grievances.category.environment': 'Pollution of water, air or land, or damage to nature',
  'grievances.category.corruption': 'Bribes, corruption or fraud',
  'grievances.category.land_rights': 'Land or homes taken, or people moved without a fair agreement',
  'grievances.category.labour_rights': 'Wages too low or not paid, or unfair hours or contracts',
  'grievances.category.discrimination': 'Unequal treatment because of gender, origin, religion or another reason',
  'grievances.category.water': 'Too much water used, or wells and rivers running dry',
  'grievances.category.biodiversity': 'Forests cut down, or harm to animals, plants or protected nature',
  'grievances.category.other': 'Something else',

  // Outcomes, as the reporter sees them
  'grievances.outcome.remedied': 'Solved: a remedy was provided',
  'grievances.outcome.substantiated': 'Confirmed: measures were taken',
  'grievances.outcome.unsubstantiated': 'We could not confirm what was reported',
  'grievances.outcome.referred': 'Passed on to the organisation that can act on it',
  'grievances.outcome.withdrawn': 'Withdrawn',
  'grievances.outcome.inadmissible': 'Not something this channel can handle',

  // Form errors
  'grievances.error.invalid': 'Please check the form. Some answers need a change.',
  'grievances.error.category': 'Please choose what your report is about.',
  'grievances.error.country': 'Please choose a country from the list.',
  'grievances.error.text_too_long': 'This text is too long. Please use at most {max} characters.',
  'grievances.error.description_too_short': 'Please tell us what happened in at least {min} characters.',
  'grievances.error.description_too_long':
    'Your text is too long: at most {max} characters. You can add the rest as a text file.',
  'grievances.error.email': 'This email address does not look right.',
  'grievances.error.consent_required':
    'To give us an email address, tick the box that allows us to use it. Or leave the email address empty.',
  'grievances.error.member': 'Please choose a member company from the list.',
  'grievances.error.language': 'Please choose a language.',
  'grievances.error.honeypot': 'Please leave this field empty.',

  // Attachment errors
  'grievances.attachment.empty': 'This file is empty.',
  'grievances.attachment.too_large': 'This file is too big. Each file can be at most {size} MB.',
  'grievances.attachment.unsupported_type':
    'We cannot accept this kind of file. Please send a photo (JPEG or PNG), a PDF or a text file.',
  'grievances.attachment.type_mismatch': 'The name of this file does not match what is inside. Please check the file.',
  'grievances.attachment.too_many': 'You can add at most {count} files.',
  'grievances.attachment.total_too_large': 'The files together are too big: at most {size} MB.',
} as const;

/** A key of the grievance catalogue. */
export type GrievanceMessageKey = keyof typeof en;
