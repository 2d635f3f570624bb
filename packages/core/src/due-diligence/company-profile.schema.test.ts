import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/ui/translate.js';
import { validationKey } from '../i18n/validation-key.js';
import { companyProfileSchema } from './company-profile.schema.js';

const profile = (grievanceChannelUrl: string) => ({
  name: 'Staalwerk Twente',
  positions: ['trading'],
  size: { band: 'small' },
  grievanceChannelUrl,
});

describe('the grievance channel URL', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://klachten.example.nl',
    'mailto:klachten@example.nl',
    'https:klachten.example.nl',
    '//klachten.example.nl',
    'klachten.example.nl',
  ])('refuses %s, with a message in English and Dutch', (url) => {
    const result = companyProfileSchema.safeParse(profile(url));
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path[0] === 'grievanceChannelUrl');
    const key = issue && validationKey(issue);
    expect(key).toEqual({ key: 'validation.url' });
    expect(translator('en')('validation.url')).toContain('https://');
    expect(translator('nl')('validation.url')).toBe('Vul een webadres in dat begint met https:// of http://.');
  });

  it.each(['https://staalwerk.example.nl/meldingen', 'http://www.example.org/concerns?lang=nl'])(
    'accepts %s',
    (url) => {
      expect(companyProfileSchema.parse(profile(url)).grievanceChannelUrl).toBe(url);
    },
  );
});
