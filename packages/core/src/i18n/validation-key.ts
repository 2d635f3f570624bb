import type { z } from 'zod';
import type { MessageParams } from '../errors.js';
import type { UiMessageKey } from './ui/en.js';

/** A validation problem in every UI language: a catalogue key and the values it names. */
export type LocalisedIssue = { readonly key: UiMessageKey; readonly params?: MessageParams };

/**
 * The catalogue message for one zod issue, from its code and limits (never from its English text).
 * A `custom` issue is localised when it carries `params: { key }` (and optionally `params.values`);
 * otherwise it has no key and the caller falls back to a generic message.
 */
export function validationKey(issue: z.core.$ZodIssue): LocalisedIssue | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'int' || issue.expected === 'bigint')
        return { key: 'validation.number' };
      if (issue.expected === 'date') return { key: 'validation.date' };
      return { key: 'validation.required' };
    case 'too_small':
      return tooSmall(issue.origin, Number(issue.minimum));
    case 'too_big':
      return tooBig(issue.origin, Number(issue.maximum));
    case 'invalid_format':
      if (issue.format === 'email') return { key: 'validation.email' };
      if (issue.format === 'url') return { key: 'validation.url' };
      if (issue.format === 'date') return { key: 'validation.date' };
      return { key: 'validation.format' };
    case 'invalid_value':
      return { key: 'validation.choice' };
    case 'invalid_union':
      // A union of "empty" and a real value: the branch that explains itself says what is wrong.
      for (const branch of issue.errors) {
        const explained = branch.find((inner) => inner.code === 'custom' && typeof inner.params?.key === 'string');
        if (explained) return validationKey(explained);
      }
      return { key: 'validation.invalid' };
    case 'custom': {
      const key = issue.params?.key;
      if (typeof key !== 'string') return undefined;
      const values = issue.params?.values as MessageParams | undefined;
      return values ? { key: key as UiMessageKey, params: values } : { key: key as UiMessageKey };
    }
    default:
      return { key: 'validation.invalid' };
  }
}

function tooSmall(origin: string, min: number): LocalisedIssue {
  if (origin === 'string')
    return min <= 1 ? { key: 'validation.required' } : { key: 'validation.tooShort', params: { min } };
  if (origin === 'array' || origin === 'set')
    return min <= 1 ? { key: 'validation.chooseOne' } : { key: 'validation.chooseAtLeast', params: { min } };
  if (origin === 'number' || origin === 'int' || origin === 'bigint') return { key: 'validation.min', params: { min } };
  return { key: 'validation.invalid' };
}

function tooBig(origin: string, max: number): LocalisedIssue {
  if (origin === 'string') return { key: 'validation.tooLong', params: { max } };
  if (origin === 'array' || origin === 'set') return { key: 'validation.tooMany', params: { max } };
  if (origin === 'number' || origin === 'int' || origin === 'bigint') return { key: 'validation.max', params: { max } };
  if (origin === 'file') return { key: 'validation.fileTooLarge' };
  return { key: 'validation.invalid' };
}
