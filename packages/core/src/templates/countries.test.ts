import { describe, expect, it } from 'vitest';
import { prng } from '../test-support/random.js';
import { CountryIndex, countryKey, unicodeCountryKey } from './countries.js';

describe('countryKey', () => {
  it('normalises case, punctuation, spacing and diacritics', () => {
    expect(countryKey("  Côte d'Ivoire ")).toBe('COTE DIVOIRE');
    expect(countryKey('KOREA, REPUBLIC OF')).toBe('KOREA REPUBLIC OF');
    expect(countryKey('U.S.A.')).toBe('USA');
    expect(countryKey('Bolivia (Plurinational State of)')).toBe('BOLIVIA PLURINATIONAL STATE OF');
    expect(countryKey('Türkiye\u3000')).toBe('TURKIYE');
    expect(countryKey('日本')).toBe('');
  });
  it('gives, for ASCII text in one pass, the key the Unicode definition gives', () => {
    const r = prng(11);
    const alphabet = "abcXYZ019 .,'`-()&/\t\u00e9\u00fc\u2019\u3000";
    for (let i = 0; i < 2000; i++) {
      let s = '';
      for (let n = Math.floor(r() * 24); n > 0; n--) s += alphabet.charAt(Math.floor(r() * alphabet.length));
      expect(countryKey(s)).toBe(unicodeCountryKey(s));
    }
  });
  it('matches free-text countries through the aliases without a C sheet', () => {
    const index = new CountryIndex();
    expect(index.match('Viet Nam').code).toBe('VN');
    expect(index.match('Atlantis')).toEqual({ code: null, recognised: false });
  });
});
