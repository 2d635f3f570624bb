import { describe, expect, it } from 'vitest';
import { suggestSlug, ZEmail, ZSlug } from './accounts.schema.js';
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
