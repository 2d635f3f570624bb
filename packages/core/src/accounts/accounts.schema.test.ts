import { describe, expect, it } from 'vitest';
import { maskEmailAddress, sameEmailAddress, suggestSlug, ZEmail, ZSlug } from './accounts.schema.js';
import { assignableRoles, can } from './roles.js';

describe('slugs', () => {
  it.each([
    ['acme-metals', true],
    ['a1', true],
    ['Acme', false],
    ['-acme', false],
    ['acme--metals', false],
    ['x', false],
    ['api', false],
    ['report', false],
  ])('%s is valid: %s', (slug, valid) => {
    expect(ZSlug.safeParse(slug).success).toBe(valid);
  });

  it('suggests a URL-safe slug from a name with accents and punctuation', () => {
    expect(suggestSlug('Métaal Recycling B.V.')).toBe('metaal-recycling-b-v');
    expect(ZSlug.safeParse(suggestSlug('Métaal Recycling B.V.')).success).toBe(true);
  });
});

describe('emails', () => {
  it('normalises case and whitespace', () => {
    expect(ZEmail.parse('  Ann@Example.ORG ')).toBe('ann@example.org');
  });
  it('rejects what is not an address', () => {
    expect(ZEmail.safeParse('ann@').success).toBe(false);
  });
  it('compares addresses trimmed and case-insensitively', () => {
    expect(sameEmailAddress(' Ann@Example.ORG', 'ann@example.org ')).toBe(true);
    expect(sameEmailAddress('ann@example.org', 'anne@example.org')).toBe(false);
  });
  it('masks an address down to its first character and its domain', () => {
    expect(maskEmailAddress(' Jan.Jansen@Example.com ')).toBe('j***@example.com');
    expect(maskEmailAddress('j@example.com')).toBe('j***@example.com');
    expect(maskEmailAddress('émile@example.fr')).toBe('é***@example.fr');
    expect(maskEmailAddress('not an address')).toBe('***');
  });
});

describe('roles', () => {
  it('lets editors edit data but not manage members', () => {
    expect(can('editor', 'data.edit')).toBe(true);
    expect(can('editor', 'members.manage')).toBe(false);
    expect(can('viewer', 'data.edit')).toBe(false);
    expect(can('admin', 'audit.read')).toBe(true);
  });
  it('never lets an actor grant more than they hold', () => {
    expect(assignableRoles('admin')).not.toContain('owner');
    expect(assignableRoles('editor')).toEqual([]);
  });
});
