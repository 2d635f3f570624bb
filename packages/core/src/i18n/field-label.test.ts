import { describe, expect, it } from 'vitest';
import { fieldLabel, fieldLabels } from './field-label.js';

describe('fieldLabel', () => {
  it.each([
    ['owner.password', 'Wachtwoord', 'Password'],
    ['organisation.slug', 'Korte naam voor webadressen', 'Short name for web addresses'],
    ['materials.0.originCountries.0', 'Herkomstland 1 van materiaal 1', 'Country of origin 1 of material 1'],
    ['materials.2.originCountries', 'Herkomstlanden van materiaal 3', 'Countries of origin of material 3'],
    ['materials.0.volumeKgPerYear', 'Volume per jaar (kg) van materiaal 1', 'Volume per year (kg) of material 1'],
    // The field that names the row is the row.
    ['materials.1.materialId', 'Materiaal 2', 'Material 2'],
    ['size.employees', 'Aantal medewerkers', 'Number of employees'],
    ['answers.3.level', 'Niveau van antwoord 4', 'Level of answer 4'],
    // A record keyed by question code: the whole it belongs to.
    ['answers.Tin.Q2', 'Antwoorden', 'Answers'],
    // Unknown containers fall back to the last part's own name; unknown fields are "a field".
    ['profile.country', 'Land', 'Country'],
    ['something.unknownThing', 'Een veld', 'A field'],
    ['(input)', 'Een veld', 'A field'],
    ['', 'Een veld', 'A field'],
  ])('%s → %s / %s', (path, nl, en) => {
    expect(fieldLabel('nl', path)).toBe(nl);
    expect(fieldLabel('en', path)).toBe(en);
  });

  it('keeps a name that starts with an abbreviation as it is inside a sentence', () => {
    expect(fieldLabel('en', 'cnCodes')).toBe('CN codes');
  });

  it('lists several fields once each, in the language', () => {
    expect(fieldLabels('nl', ['owner.email', 'owner.password', 'owner.password', 'organisation.name'])).toBe(
      'E-mailadres, Wachtwoord en Naam van de organisatie',
    );
    expect(fieldLabels('en', ['name'])).toBe('Name');
  });
});
