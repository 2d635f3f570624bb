import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/ui/translate.js';
import { LAYOUTS } from '../templates/layouts.js';
import { ownAnswerKey, ownMineralName, ownQuestionKey } from './own-declaration-text.js';

const OWN = LAYOUTS.filter((l) => l.family === 'CMRT' || l.family === 'EMRT');
const nl = translator('nl');
const en = translator('en');

describe('the own declaration speaks the page language', () => {
  it.each(OWN.map((l) => [l.id, l] as const))('%s: every question, answer and mineral has a text', (_, layout) => {
    const ids = [...layout.questions.map((q) => q.id), ...layout.companyQuestions.map((q) => q.id)];
    for (const id of ids) expect(ownQuestionKey(layout.family, id), `${layout.id} ${id}`).toBeDefined();
    const answers = [
      ...layout.questions.flatMap((q) => q.answers),
      ...layout.companyQuestions.flatMap((q) => [
        ...q.answers,
        ...(q.perMineral?.kind === 'fixed' ? q.perMineral.rows.flatMap((r) => r.answers) : []),
        ...(q.perMineral?.kind === 'slots' ? q.perMineral.answers : []),
      ]),
    ];
    for (const a of answers) expect(ownAnswerKey(a), `${layout.id} answer ${a}`).toBeDefined();
    const m = layout.minerals;
    const minerals = m.kind === 'fixed' ? m.minerals : m.kind === 'bound' ? m.cells.map((c) => c.mineral) : [];
    for (const name of minerals) expect(ownMineralName(name, 'nl'), `${layout.id} ${name}`).not.toBe('');
  });

  it('gives the full question, not its number, in Dutch and in English', () => {
    const q2 = ownQuestionKey('CMRT', 'Q2');
    expect(q2 && en(q2)).toBe('Does any 3TG remain in the product(s)?');
    expect(q2 && nl(q2)).toBe('Blijft er 3TG achter in het product of de producten?');
    const a = ownQuestionKey('emrt', 'A');
    expect(a && nl(a)).toBe('Hebt u een beleid voor verantwoorde inkoop van mineralen vastgesteld?');
    expect(ownMineralName('Cobalt', 'nl')).toBe('Kobalt');
    expect(ownMineralName('tungsten', 'nl')).toBe('Wolfraam');
    expect(ownMineralName('Tungsten', 'en')).toBe('Tungsten');
    const unknown = ownAnswerKey('Unknown');
    expect(unknown && nl(unknown)).toBe('Onbekend');
  });

  it.each([
    ['CMRT', 'Q9'],
    ['AMRT', 'Q1'],
    ['CMRT', 'constructor'],
  ])('knows no question %s %s', (family, id) => {
    expect(ownQuestionKey(family, id)).toBeUndefined();
  });

  it('knows no answer or mineral outside the templates, nor inherited names', () => {
    expect(ownAnswerKey('Maybe')).toBeUndefined();
    expect(ownAnswerKey('toString')).toBeUndefined();
    expect(ownMineralName('Aluminum', 'nl')).toBe('Aluminum');
    expect(ownMineralName('constructor', 'nl')).toBe('constructor');
  });
});
