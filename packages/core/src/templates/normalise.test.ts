import { describe, expect, it } from 'vitest';
import { PERCENT, RECYCLED, YES_NO } from './answer-sets.js';
import { canonicalAnswer, cleanListText, cleanText, isoToSerial, parseDate, serialToIso } from './normalise.js';

describe('cleanText', () => {
  it('trims trailing tabs, line breaks, no-break and ideographic spaces', () => {
    expect(cleanText('JX Advanced Metals Corporation\t')).toBe('JX Advanced Metals Corporation');
    expect(cleanText('\u3000 CID002082\u3000\n')).toBe('CID002082');
    expect(cleanText('\u00a0')).toBeNull();
  });
  it('keeps numbers as their decimal text', () => {
    expect(cleanText(242332)).toBe('242332');
  });
  it('treats a pasted formula 0 as empty in list columns only', () => {
    expect(cleanListText(0)).toBeNull();
    expect(cleanListText('0')).toBeNull();
    expect(cleanText(0)).toBe('0');
  });
});

describe('canonicalAnswer', () => {
  it('accepts "100%" as the number 1 or as text', () => {
    expect(canonicalAnswer(1, PERCENT)).toEqual({ value: '100%', known: true });
    expect(canonicalAnswer('100%', PERCENT)).toEqual({ value: '100%', known: true });
  });
  it('ignores case and surrounding spaces', () => {
    expect(canonicalAnswer(' yes\t', YES_NO)).toEqual({ value: 'Yes', known: true });
  });
  it('maps the translated Yes/No of the AMRT recycled list', () => {
    expect(canonicalAnswer('是', RECYCLED).value).toBe('Yes');
    expect(canonicalAnswer('未知', RECYCLED).value).toBe('Unknown');
  });
  it('returns unknown text as written', () => {
    expect(canonicalAnswer('Maybe', YES_NO)).toEqual({ value: 'Maybe', known: false });
  });
});

describe('dates', () => {
  it('converts Excel serials (1900 system) and back', () => {
    expect(serialToIso(45442)).toBe('2024-05-30');
    expect(serialToIso(45422)).toBe('2024-05-10');
    expect(isoToSerial('2024-05-30')).toBe(45442);
    expect(serialToIso(1, true)).toBe('1904-01-02');
  });
  it('reads DD-MMM-YYYY text as the Instructions ask', () => {
    expect(parseDate('30-May-2024').iso).toBe('2024-05-30');
    expect(parseDate('5-Mrt-2024').iso).toBe('2024-03-05');
  });
  it('reads ISO, CJK, month-name-first and day-first numeric text', () => {
    expect(parseDate('2024-05-30').iso).toBe('2024-05-30');
    expect(parseDate('2024年5月30日').iso).toBe('2024-05-30');
    expect(parseDate('May 30, 2024').iso).toBe('2024-05-30');
    expect(parseDate('30/05/2024').iso).toBe('2024-05-30');
    expect(parseDate('05/30/2024').iso).toBe('2024-05-30');
    expect(parseDate('45442').iso).toBe('2024-05-30');
  });
  it('reads a numeric date valid both ways day first, and gives the other reading', () => {
    expect(parseDate('03/04/2024')).toEqual({
      iso: '2024-04-03',
      text: '03/04/2024',
      otherReading: '2024-03-04',
      fromText: true,
    });
    expect(parseDate('04.04.2024').otherReading).toBeUndefined();
    expect(parseDate('30/05/2024').otherReading).toBeUndefined();
    expect(parseDate(45442)).toEqual({ iso: '2024-05-30', text: '45442' });
  });
  it('turns CR LF and CR line breaks into LF', () => {
    expect(cleanText('a\r\nb\rc\n')).toBe('a\nb\nc');
  });
  it('keeps the text of something that is not a date', () => {
    expect(parseDate('soon')).toEqual({ iso: null, text: 'soon', fromText: true });
    expect(parseDate('31-Feb-2024').iso).toBeNull();
  });
});
