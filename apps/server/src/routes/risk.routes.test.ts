import { datasets, METHOD_VERSION } from '@assay/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../test-support/test-app.js';

const noStackTrace = /\bat .*\.(ts|tsx|js):\d+/;

describe('quick risk scan (public, no account)', () => {
  let t: TestApp;
  const get = (path: string, lang: 'nl' | 'en' = 'en') =>
    new Client(t.app).request(path, { headers: { 'accept-language': lang } });
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });

  it('shows the empty form to someone without an account', async () => {
    const response = await get('/scan');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<h1>Quick risk scan</h1>');
    expect(html).toContain('<form method="get" action="/scan">');
    expect(html).toContain('<option value="cobalt">Cobalt');
    expect(html).toContain('href="/about/data"');
  });

  it('renders risks, heat map and world map in English, each score explained with dataset and edition', async () => {
    const response = await get('/scan?material=cobalt-ore&material=tin&country=CD&country=ID');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Heat map: highest risk per raw material and country');
    expect(html).toMatch(/<th scope="row">Cobalt ore and concentrates<\/th>/);
    expect(html).toContain('<strong>Very high</strong>');
    // World maps: one per material, accessible title per country, legend and table alternative.
    expect(html.match(/<svg viewBox="0 0 960 470"/g)).toHaveLength(2);
    expect(html).toMatch(/<title>Democratic Republic of the Congo: Very high \(\d+\)/);
    expect(html).toContain('The map as a table');
    expect(html).toContain('No score (no ISO country code or no data)');
    // Explanations name dataset and edition; the advice follows the OECD.
    expect(html).toContain('World Bank Worldwide Governance Indicators (WGI)');
    expect(html).toContain('2025 Revision (estimates for 2023 and 2024');
    expect(html).toContain('Report: June 2026');
    expect(html).toContain('Documented hotspot');
    // Severity and likelihood apart: artisanal cobalt child labour in DR Congo is documented.
    expect(html).toMatch(
      /Child labour · Cobalt ore and concentrates · Democratic Republic of the Congo · severity [a-z ]+, likelihood very high, documented/,
    );
    expect(html).toContain('Severity and likelihood');
    expect(html).toContain('OECD Minerals Guidance, Annex II');
    expect(html).toContain(METHOD_VERSION);
    // Selections survive in the form, and the link to the scan is shareable.
    expect(html).toContain('<option value="CD" selected="">');
    expect(html).toContain('href="/scan?material=cobalt-ore&amp;material=tin&amp;country=CD&amp;country=ID"');
    expect(html).toContain('action="/lang/nl"');
    expect(html).toContain(
      'name="return" value="/scan?material=cobalt-ore&amp;material=tin&amp;country=CD&amp;country=ID"',
    );
  });

  it('renders the same scan in Dutch, with names from the catalogue in Dutch', async () => {
    const response = await get('/scan?material=cobalt&country=CD', 'nl');
    const html = await response.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<h1>Snelle risicoscan</h1>');
    expect(html).toContain('Heatmap: hoogste risico per grondstof en land');
    expect(html).toMatch(/<title>Democratische Republiek Congo: Zeer hoog \(\d+\)/);
    expect(html).toContain('Zo is deze score opgebouwd');
    expect(html).toContain('Kinderarbeid');
    expect(html).toMatch(/ernst [a-z ]+, waarschijnlijkheid zeer hoog, gedocumenteerd/);
  });

  it('accepts names, alpha-3 codes and comma lists, and a theme for the maps', async () => {
    const response = await get('/scan?material=Kobalt,tin&country=COD,Indonesia&theme=child_labour');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Cobalt: Child labour, by country');
    expect(html).toContain('<option value="child_labour" selected="">');
  });

  it.each([
    ['/scan?material=unobtainium&country=CD', 'There is no raw material “unobtainium” in the catalogue'],
    ['/scan?material=cobalt&country=XX', 'There is no country “XX”'],
    ['/scan?material=cobalt&country=CD&theme=weather', 'There is no theme “weather”'],
    ['/scan?material=cobalt', 'Choose at least one raw material and at least one country.'],
    [
      '/scan?material=cobalt&country=CD,ID,NL,DE,BE,FR,PE,BO,RW,BI,UG',
      'You asked for 11 countries; one scan takes at most 10.',
    ],
    [
      '/scan?material=gold,tin,mica,cobalt,copper,nickel&country=CD',
      'You asked for 6 raw materials; one scan takes at most 5.',
    ],
    ['/scan?material=ore&country=CD', 'matches more than one raw material'],
    ['/scan?material=<script>&country=CD', 'There is no raw material “&lt;script&gt;”'],
  ])('answers %s with a clear message and 400, not a 500', async (path, message) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain(message);
    expect(html).not.toMatch(noStackTrace);
  });

  it('sends no inline script or style (the CSP forbids them)', async () => {
    const html = await (await get('/scan?material=gold&country=PE')).text();
    expect(html).not.toMatch(/<style|style="|<script>/);
  });
});

describe('about the data', () => {
  it('lists every shipped dataset with licence, edition, checksum and redistribution, in both languages', async () => {
    const t = await createTestApp('sqlite');
    const en = await (await new Client(t.app).request('/about/data')).text();
    for (const d of datasets) {
      expect(en).toContain(`id="ds-${d.id}"`);
      expect(en).toContain(d.title.en);
      expect(en).toContain(d.checksum);
      expect(en).toContain(d.edition.replaceAll('&', '&amp;').replaceAll("'", '&#39;'));
    }
    expect(en).toContain('CC BY-ND 4.0');
    expect(en).toContain('Only unchanged (no adaptations)');
    expect(en).toContain(METHOD_VERSION);
    const nl = await (await new Client(t.app).request('/about/data', { headers: { 'accept-language': 'nl' } })).text();
    expect(nl).toContain('<h1>Over de gegevens</h1>');
    expect(nl).toContain('Onduidelijk — nog te bevestigen bij de uitgever');
  });
});
