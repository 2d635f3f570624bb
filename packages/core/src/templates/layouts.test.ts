import { describe, expect, it } from 'vitest';
import { chooseLayout, compareVersions, LAYOUTS } from './layouts.js';

describe('template versions', () => {
  it('compare as RMI writes them (decimals, not integers)', () => {
    expect(compareVersions('6.31', '6.4')).toBeLessThan(0);
    expect(compareVersions('6.5', '6.22')).toBeGreaterThan(0);
    expect(compareVersions('2.11', '2.1')).toBeGreaterThan(0);
    expect(compareVersions('6.6.1', '6.6')).toBeGreaterThan(0);
    expect(compareVersions('6.01', '6.01')).toBe(0);
  });
  it('choose the layout of a known version', () => {
    expect(chooseLayout('CMRT', '6.22')).toMatchObject({ status: 'known', layout: { id: 'cmrt-6.0' } });
    expect(chooseLayout('CMRT', '6.31')).toMatchObject({ status: 'known', layout: { id: 'cmrt-6' } });
    expect(chooseLayout('EMRT', '1.11')).toMatchObject({ status: 'known', layout: { id: 'emrt-1.1' } });
    expect(chooseLayout('EMRT', '2.1')).toMatchObject({ status: 'known', layout: { id: 'emrt-2.1' } });
    expect(chooseLayout('AMRT', '1.21')).toMatchObject({ status: 'known', layout: { id: 'amrt-1.2' } });
  });
  it('read a newer minor version with the newest layout of its major version', () => {
    expect(chooseLayout('CMRT', '6.6.1')).toMatchObject({ status: 'newer', knownVersion: '6.5' });
    expect(chooseLayout('EMRT', '2.11')).toMatchObject({ status: 'newer', layout: { id: 'emrt-2.1' } });
    expect(chooseLayout('AMRT', '1.31')).toMatchObject({ status: 'newer', layout: { id: 'amrt-1.3' } });
  });
  it('read a version between known ones with the nearest older layout', () => {
    expect(chooseLayout('CMRT', '6.32')).toMatchObject({ status: 'unlisted', knownVersion: '6.31' });
  });
  it('refuse versions before the supported minimum and unknown majors', () => {
    expect(chooseLayout('CMRT', '5.12').status).toBe('unsupported');
    expect(chooseLayout('CMRT', '3.01').status).toBe('unsupported');
    expect(chooseLayout('CMRT', '7.0').status).toBe('unsupported');
    expect(chooseLayout('AMRT', '1.1').status).toBe('unsupported');
  });
  it('give every layout distinct versions', () => {
    const all = LAYOUTS.flatMap((l) => l.versions.map((v) => `${l.family} ${v}`));
    expect(new Set(all).size).toBe(all.length);
  });
});
