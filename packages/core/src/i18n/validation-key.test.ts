import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZCreateUser } from '../accounts/accounts.schema.js';
import { translator } from './ui/translate.js';
import { validationKey } from './validation-key.js';

const keyOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a failure');
  return result.error.issues.map((issue) => validationKey(issue));
};

describe('validation messages in every language', () => {
  it.each([
    ['missing', z.object({ a: z.string() }), {}, { key: 'validation.required' }],
    ['empty text', z.string().min(1), '', { key: 'validation.required' }],
    ['short text', z.string().min(10), 'kort', { key: 'validation.tooShort', params: { min: 10 } }],
    ['long text', z.string().max(3), 'lang genoeg', { key: 'validation.tooLong', params: { max: 3 } }],
    ['small number', z.number().min(1), 0, { key: 'validation.min', params: { min: 1 } }],
    ['not a number', z.coerce.number(), 'abc', { key: 'validation.number' }],
    ['e-mail', z.email(), 'geen-adres', { key: 'validation.email' }],
    ['choice', z.enum(['a', 'b']), 'c', { key: 'validation.choice' }],
    ['empty list', z.array(z.string()).min(1), [], { key: 'validation.chooseOne' }],
  ])('%s', (_, schema, input, expected) => {
    expect(keyOf(schema, input)[0]).toEqual(expected);
  });

  it('words the sign-up errors in Dutch without field paths or English', () => {
    const nl = translator('nl');
    const texts = keyOf(ZCreateUser, { email: 'x', name: '', password: 'kort' }).map((k) => k && nl(k.key, k.params));
    expect(texts).toEqual([
      'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
      'Vul dit veld in.',
      'Gebruik ten minste 10 tekens.',
    ]);
  });

  it('leaves a custom rule without a key to the caller, and localises one with a key', () => {
    expect(
      keyOf(
        z.string().refine(() => false, 'no'),
        'x',
      )[0],
    ).toBeUndefined();
    const keyed = z
      .string()
      .refine(() => false, { message: 'no', params: { key: 'validation.country', values: { text: 'x' } } });
    expect(keyOf(keyed, 'x')[0]).toEqual({ key: 'validation.country', params: { text: 'x' } });
  });
});
