/** English messages for form and input validation (keys `validation.*`, `error.checkFields`). */
export const validationEn = {
  'validation.required': 'Fill in this field.',
  'validation.number': 'Enter a number.',
  'validation.date': 'Enter a date.',
  'validation.tooShort': 'Use at least {min} characters.',
  'validation.tooLong': 'Use at most {max} characters.',
  'validation.chooseOne': 'Choose at least one.',
  'validation.chooseAtLeast': 'Choose at least {min}.',
  'validation.tooMany': 'Choose at most {max}.',
  'validation.min': 'Enter {min} or more.',
  'validation.max': 'Enter {max} or less.',
  'validation.email': 'Enter a valid e-mail address, e.g. name@example.com.',
  'validation.url': 'Enter a web address starting with https:// or http://.',
  'validation.format': 'This is not in the expected form.',
  'validation.choice': 'Choose one of the options.',
  'validation.fileTooLarge': 'This file is too large.',
  'validation.invalid': 'Check this value.',
  'validation.country':
    '“{text}” is not a country we know: type its name in English or Dutch, or its two-letter code, e.g. DE.',
  'validation.slugReserved': 'This name is reserved; choose another.',
  'error.checkFields': 'Some fields need your attention; see the messages beside them.',
} as const;
