import { describe, expect, it } from 'vitest';
import { checkCaseNumber, generateCaseNumber } from './case-number.js';
import { checkPassphrase, generatePassphrase } from './passphrase.js';
import type { RandomSource } from './random-source.js';
import { issueReceipt } from './receipt.js';

/** A deterministic byte stream for repeatable tests. */
function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return (length) => {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      out[i] = state >>> 24;
    }
    return out;
  };
}

describe('case numbers', () => {
  it('look like G- and three groups, with 50 random bits', () => {
    const number = generateCaseNumber(seededRandom(1));
    expect(number).toMatch(/^G-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{3}$/);
  });

  it('are different every time with the real random source', () => {
    const numbers = new Set(Array.from({ length: 1000 }, () => generateCaseNumber()));
    expect(numbers.size).toBe(1000);
  });

  it('are read back however the reporter types them', () => {
    const number = generateCaseNumber(seededRandom(2));
    const bare = number.slice(2).replace(/-/g, '');
    for (const typed of [number, number.toLowerCase(), ` ${bare} `, `g ${bare.slice(0, 5)} ${bare.slice(5)}`, bare]) {
      expect(checkCaseNumber(typed)).toEqual({ valid: true, caseNumber: number });
    }
  });

  it('reads O as zero and I or L as one', () => {
    const random: RandomSource = (length) => new Uint8Array(length).fill(1); // all '1'
    const number = generateCaseNumber(random);
    expect(checkCaseNumber(number.replace(/1/g, 'l'))).toEqual({ valid: true, caseNumber: number });
  });

  it('tells a typo apart from something that is not a case number', () => {
    const number = generateCaseNumber(seededRandom(3));
    const last = number.slice(-1);
    const typo = number.slice(0, -1) + (last === 'A' ? 'B' : 'A');
    expect(checkCaseNumber(typo)).toEqual({ valid: false, reason: 'typo' });
    expect(checkCaseNumber('G-123')).toEqual({ valid: false, reason: 'malformed' });
    expect(checkCaseNumber('hello world!')).toEqual({ valid: false, reason: 'malformed' });
    expect(checkCaseNumber('')).toEqual({ valid: false, reason: 'malformed' });
  });
});

describe('passphrases', () => {
  it('have four groups of four characters, 75 random bits', () => {
    expect(generatePassphrase(seededRandom(4))).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('normalise to one secret regardless of case, spaces and dashes', () => {
    const passphrase = generatePassphrase(seededRandom(5));
    const secret = passphrase.replace(/-/g, '');
    for (const typed of [passphrase, passphrase.toLowerCase(), passphrase.replace(/-/g, ' '), ` ${secret} `]) {
      expect(checkPassphrase(typed)).toEqual({ valid: true, secret });
    }
  });

  it('detect a typo before any hash is checked', () => {
    const passphrase = generatePassphrase(seededRandom(6));
    const first = passphrase.charAt(0);
    const typo = (first === '7' ? '8' : '7') + passphrase.slice(1);
    expect(checkPassphrase(typo)).toEqual({ valid: false, reason: 'typo' });
    expect(checkPassphrase('too short')).toEqual({ valid: false, reason: 'malformed' });
  });
});

describe('receipts', () => {
  it('carry a case number and a passphrase that both pass their own checks', () => {
    const receipt = issueReceipt();
    expect(checkCaseNumber(receipt.caseNumber).valid).toBe(true);
    expect(checkPassphrase(receipt.passphrase).valid).toBe(true);
  });
});
