import type { validationEn } from './validation-en.js';

/** Dutch messages for form and input validation. */
export const validationNl: Record<keyof typeof validationEn, string> = {
  'validation.required': 'Vul dit veld in.',
  'validation.number': 'Vul een getal in.',
  'validation.date': 'Vul een datum in.',
  'validation.tooShort': 'Gebruik ten minste {min} tekens.',
  'validation.tooLong': 'Gebruik hoogstens {max} tekens.',
  'validation.chooseOne': 'Kies er ten minste één.',
  'validation.chooseAtLeast': 'Kies er ten minste {min}.',
  'validation.tooMany': 'Kies er hoogstens {max}.',
  'validation.min': 'Vul {min} of meer in.',
  'validation.max': 'Vul {max} of minder in.',
  'validation.email': 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
  'validation.url': 'Vul een webadres in dat begint met https:// of http://.',
  'validation.format': 'Dit heeft niet de verwachte vorm.',
  'validation.choice': 'Kies een van de mogelijkheden.',
  'validation.fileTooLarge': 'Dit bestand is te groot.',
  'validation.invalid': 'Controleer deze waarde.',
  'validation.country':
    '“{text}” is geen land dat wij kennen: typ de naam in het Nederlands of Engels, of de code van twee letters, bijvoorbeeld DE.',
  'validation.slugReserved': 'Deze naam is gereserveerd; kies een andere.',
  'error.checkFields': 'Een aantal velden vraagt uw aandacht; zie de meldingen ernaast.',
  'error.atLine': 'Regel {line}',
  'error.checkTheseFields': 'Controleer deze velden: {fields}.',
};
