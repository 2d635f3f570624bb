import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, checkCharacter, hasValidCheckCharacter, normaliseCode } from './code-alphabet.js';

describe('code alphabet', () => {
  it('has 32 distinct characters without I, L, O or U', () => {
    expect(new Set(CODE_ALPHABET).size).toBe(32);
    expect(CODE_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it('forgives case, separators and look-alike letters', () => {
    expect(normaliseCode(' ab-cd\u00a0ef\u2013gh_jk.o i l ')).toBe('ABCDEFGHJK011');
  });

  it('rejects characters outside the alphabet', () => {
    expect(normaliseCode('ABCU')).toBeUndefined();
    expect(normaliseCode('AB?C')).toBeUndefined();
  });

  it('catches every single wrong character', () => {
    const payload = '7KQ2M9XW4R';
    const code = payload + checkCharacter(payload);
    expect(hasValidCheckCharacter(code)).toBe(true);
    for (let i = 0; i < code.length; i++) {
      for (const other of CODE_ALPHABET) {
        if (other === code[i]) continue;
        const typo = code.slice(0, i) + other + code.slice(i + 1);
        expect(hasValidCheckCharacter(typo), typo).toBe(false);
      }
    }
  });

  it('catches most swaps of two neighbouring characters', () => {
    let caught = 0;
    let swaps = 0;
    for (const a of CODE_ALPHABET) {
      for (const b of CODE_ALPHABET) {
        if (a === b) continue;
        const payload = `3${a}${b}9`;
        const code = payload + checkCharacter(payload);
        swaps++;
        if (!hasValidCheckCharacter(`3${b}${a}9${code.slice(-1)}`)) caught++;
      }
    }
    expect(caught / swaps).toBeGreaterThan(0.95);
  });
});
