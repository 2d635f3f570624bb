import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../test-support/shared-files.js';
import type { Declaration, Mineral } from './declaration.schema.js';
import { fillTemplate, withFullCalcOnLoad } from './fill-template.js';
import type { TemplateLayout } from './layout-types.js';
import { layoutFor } from './layouts.js';
import { readTemplate } from './read-template.js';
import { Workbook } from './workbook.js';
import { ZipArchive } from './zip-archive.js';

const dir = sharedPath('rmi-templates');
const load = (name: string): Uint8Array => new Uint8Array(readFileSync(join(dir ?? '', name)));

const SCOPE_C = "C. User defined [Specify in 'Description of scope']";

/** A synthetic declaration that fills every field the layout has (no real contact data). */
function sampleDeclaration(blank: Declaration, layout: TemplateLayout, pick: readonly string[]): Declaration {
  const m = layout.minerals;
  const names = m.kind === 'fixed' ? m.minerals : [...pick].sort();
  const minerals: Mineral[] = names.map((name, i) => {
    const answers: Mineral['answers'] = {};
    layout.questions.forEach((q, k) => {
      if (q.minerals && !q.minerals.includes(name)) return;
      answers[q.id] = {
        value: q.answers[(i + k) % q.answers.length] ?? null,
        comment: (i + k) % 3 === 0 ? null : `Note ${q.id} ${name}`,
      };
    });
    const q1 = answers['Q1']?.value ?? null;
    const q2 = answers['Q2']?.value ?? null;
    return {
      name,
      label: null,
      inScope: q1 === 'Yes' && !(q2 !== null && layout.gating.q2Excludes.includes(q2)),
      answers,
    };
  });
  const companyQuestions = layout.companyQuestions.map((q, k) => ({
    id: q.id,
    value: q.perMineral ? null : (q.answers[k % q.answers.length] ?? null),
    comment: `Comment ${q.id}`,
    ...(q.perMineral
      ? {
          perMineral:
            q.perMineral.kind === 'fixed'
              ? q.perMineral.rows.map((r, i) => ({
                  mineral: r.mineral,
                  value: r.answers[i % r.answers.length] ?? null,
                }))
              : names.map((mineral, i) => ({ mineral, value: q.answers[i % q.answers.length] ?? null })),
        }
      : {}),
  }));
  const cols = layout.smelterList.columns;
  const only = <T extends Record<string, unknown>>(
    row: T,
    columns: Record<string, string | undefined>,
    keep: readonly string[],
  ): T =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, k in columns || keep.includes(k) ? v : null])) as T;
  const listed = blank.lookup.find(
    (e) => names.includes(e.metal) && e.smelterId?.startsWith('CID') && e.country !== null,
  );
  const smelterBase = {
    idSource: 'RMI',
    street: null,
    city: 'Example City',
    state: null,
    contactName: 'C. Person',
    contactEmail: 'c.person@example.com',
    nextSteps: 'None',
    mineNames: 'Mine A, Mine B',
    mineCountry: 'CHINA',
    recycled: 'No',
    comments: 'Checked',
  };
  const smelters: Declaration['smelters'] = [
    ...(listed
      ? [
          {
            ...smelterBase,
            metal: listed.metal,
            lookupName: listed.alias,
            name: null,
            country: listed.country,
            countryName: listed.countryName,
            smelterId: listed.smelterId,
          },
        ]
      : []),
    {
      ...smelterBase,
      metal: names[0] ?? null,
      lookupName: 'Smelter not listed',
      name: 'New Smelter Ltd',
      country: 'DE',
      countryName: 'GERMANY',
      smelterId: null,
      idSource: null,
      recycled: 'Unknown',
    },
  ].map((s) => only(s, cols, ['country', 'countryName', 'smelterId', 'metal']));
  const products = [
    { number: 'P-100', name: 'Capacitor', requesterNumber: 'R-1', requesterName: 'Cap A', comments: 'First' },
    { number: 'P-200', name: 'Resistor', requesterNumber: null, requesterName: null, comments: null },
  ].map((p) => only(p, layout.productList.columns, []));
  const mines = layout.mineList
    ? [
        {
          metal: names[0] ?? null,
          smelterName: 'New Smelter Ltd',
          name: 'Mine X',
          mineId: 'M-1',
          idSource: 'Own',
          country: 'RW',
          countryName: 'RWANDA',
          street: null,
          city: 'Kigali',
          state: null,
          contactName: 'M. Person',
          contactEmail: 'm.person@example.com',
          nextSteps: 'Audit',
          comments: 'Artisanal',
        },
      ]
    : [];
  return {
    family: blank.family,
    version: blank.version,
    language: blank.language,
    company: {
      name: 'Example Metals B.V.',
      uniqueId: 'NL-123',
      uniqueIdAuthority: 'KvK',
      address: 'Main Street 1, Utrecht',
      contact: { name: 'A. Tester', email: 'a.tester@example.com', phone: '+31 30 000 0000' },
      authorizer: { name: 'B. Boss', title: 'Director', email: 'b.boss@example.com', phone: '+31 30 000 0001' },
    },
    scope: { code: 'C', text: SCOPE_C, description: 'Capacitor product line' },
    date: '2025-03-14',
    minerals,
    companyQuestions,
    products,
    smelters,
    mines,
    lookup: blank.lookup,
  };
}

const withoutRows = (d: Declaration) => ({
  ...d,
  smelters: d.smelters.map(({ row: _r, ...s }) => s),
  products: d.products.map(({ row: _r, ...p }) => p),
  mines: d.mines.map(({ row: _r, ...m }) => m),
});

function countsPerSheet(bytes: Uint8Array): Record<string, number[]> {
  const wb = Workbook.open(bytes);
  const out: Record<string, number[]> = {};
  const count = (xml: string, s: string) => xml.split(s).length - 1;
  for (const s of wb.sheets) {
    const xml = wb.sheetXml(s.name) ?? '';
    out[s.name] = [
      count(xml, '<dataValidation '),
      count(xml, '<x14:dataValidation '),
      count(xml, '<conditionalFormatting'),
      count(xml, '<x14:conditionalFormatting'),
      count(xml, '<mergeCell '),
      count(xml, '<sheetProtection'),
    ];
  }
  return out;
}

// One blank per layout, with the minerals to select where the template lets the user choose.
const CASES: [string, string[]][] = [
  ['CMRT-6.22_blank_zh-saved_cirscn.xlsx', []],
  ['CMRT-6.4_blank_en_mineral-system.xlsx', []],
  ['CMRT-6.5_blank_zh-saved_cirscn.xlsx', []],
  ['EMRT-1.3_blank_zh-saved_cirscn.xlsx', []],
  ['EMRT-2.0_blank_zh-saved_cirscn.xlsx', ['Cobalt', 'Lithium', 'Mica']],
  ['EMRT-2.1_blank_zh-saved_cirscn.xlsx', ['Copper', 'Graphite', 'Nickel', 'Cobalt']],
  ['CRT-2.2_blank_zh-saved_cirscn.xlsx', []],
  ['AMRT-1.2_blank_zh-saved_cirscn.xlsx', ['Aluminum', 'Copper', 'Nickel']],
  ['AMRT-1.3_blank_zh-saved_cirscn.xlsx', ['Aluminum', 'Silver', 'Tin']],
];

describe.skipIf(!dir)('fillTemplate round trip', () => {
  for (const [name, pick] of CASES) {
    it(`fills ${name} and reads back the same declaration, keeping every validation and format`, () => {
      const blankBytes = load(name);
      const blank = readTemplate(blankBytes).declaration;
      if (!blank) throw new Error('blank not readable');
      const layout = layoutFor(blank.family, blank.version);
      if (!layout) throw new Error('no layout');
      const declaration = sampleDeclaration(blank, layout, pick);
      const filled = fillTemplate(blankBytes, declaration);
      const back = readTemplate(filled);
      expect(back.findings).toEqual([]);
      expect(back.declaration && withoutRows(back.declaration)).toEqual(declaration);
      expect(countsPerSheet(filled)).toEqual(countsPerSheet(blankBytes));

      const before = ZipArchive.open(blankBytes);
      const after = ZipArchive.open(filled);
      const wb = Workbook.open(blankBytes);
      const changed = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels']);
      for (const sheet of ['Declaration', 'Smelter List', 'Product List', 'Mine List']) {
        const info = wb.sheetInfo(sheet);
        if (info) changed.add(info.path);
      }
      for (const e of before.entries) {
        const copy = after.entry(e.name);
        if (e.name.endsWith('calcChain.xml')) {
          expect(copy).toBeUndefined();
          continue;
        }
        expect(copy).toBeDefined();
        if (!copy || changed.has(e.name)) continue;
        expect(
          Buffer.compare(
            after.bytes.subarray(copy.localOffset, copy.recordEnd),
            before.bytes.subarray(e.localOffset, e.recordEnd),
          ),
        ).toBe(0);
      }
      const workbookXml = after.readText('xl/workbook.xml') ?? '';
      expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
      expect(after.readText('[Content_Types].xml')).not.toMatch(/calcChain/);
      expect(after.readText('xl/_rels/workbook.xml.rels')).not.toMatch(/calcChain/);
    });
  }

  it('clears the leftovers of a "blank" that was not quite blank', () => {
    const blankBytes = load('CMRT-6.4_blank_zh-saved_cirscn.xlsx');
    const blank = readTemplate(blankBytes).declaration;
    if (!blank) throw new Error('blank not readable');
    const back = readTemplate(fillTemplate(blankBytes, { ...blank, smelters: [] })).declaration;
    expect(back?.smelters).toEqual([]);
  });

  it('refuses a declaration that does not match the schema', () => {
    const blank = readTemplate(load('CRT-2.2_blank_zh-saved_cirscn.xlsx')).declaration;
    if (!blank) throw new Error('blank not readable');
    const bad = { ...blank, date: '30-05-2024' } as Declaration;
    expect(() => fillTemplate(load('CRT-2.2_blank_zh-saved_cirscn.xlsx'), bad)).toThrowError(/expected shape/);
  });

  it('refuses a declaration of another family', () => {
    const blank = readTemplate(load('CRT-2.2_blank_zh-saved_cirscn.xlsx')).declaration;
    if (!blank) throw new Error('blank not readable');
    expect(() => fillTemplate(load('CMRT-6.5_blank_zh-saved_cirscn.xlsx'), blank)).toThrowError(/blank CRT template/);
  });
});

const filled = sharedPath('rmi-templates/real-filled');

describe.skipIf(!dir || !filled)('filling a real declaration', () => {
  it('writes the JX declaration into the English CMRT 6.4 blank and reads it back unchanged', () => {
    const jx = readTemplate(
      new Uint8Array(readFileSync(join(filled ?? '', 'CMRT-6.4_filled_JX-Advanced-Metals.xlsx'))),
    ).declaration;
    if (!jx) throw new Error('sample not readable');
    const back = readTemplate(fillTemplate(load('CMRT-6.4_blank_en_mineral-system.xlsx'), jx)).declaration;
    // Compared as a boolean so that a failure never prints the personal contact data.
    expect(back !== undefined && isDeepStrictEqual(withoutRows(back), withoutRows(jx))).toBe(true);
  });
});

describe('withFullCalcOnLoad', () => {
  it('adds the attribute to an existing calcPr, or adds calcPr after definedNames', () => {
    expect(withFullCalcOnLoad('<workbook><calcPr calcId="1"/></workbook>')).toBe(
      '<workbook><calcPr fullCalcOnLoad="1" calcId="1"/></workbook>',
    );
    expect(withFullCalcOnLoad('<workbook><calcPr fullCalcOnLoad="0"/></workbook>')).toBe(
      '<workbook><calcPr fullCalcOnLoad="1"/></workbook>',
    );
    expect(withFullCalcOnLoad('<workbook><sheets/><definedNames></definedNames></workbook>')).toBe(
      '<workbook><sheets/><definedNames></definedNames><calcPr fullCalcOnLoad="1"/></workbook>',
    );
  });
});
