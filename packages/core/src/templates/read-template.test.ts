import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { sharedFiles, sharedPath } from '../test-support/shared-files.js';
import { type Declaration, declarationSchema } from './declaration.schema.js';
import { readTemplate } from './read-template.js';
import { patchSheetXml } from './sheet-patch.js';
import { Workbook } from './workbook.js';
import { rewriteZip } from './zip-write.js';

const dir = sharedPath('rmi-templates');
const load = (name: string): Uint8Array => new Uint8Array(readFileSync(join(dir ?? '', name)));
const read = (name: string): Declaration => {
  const result = readTemplate(load(name), { fileName: name });
  if (!result.declaration)
    throw new Error(`no declaration in ${name}: ${result.findings.map((f) => f.code).join(', ')}`);
  return result.declaration;
};

// Family and version per sample, as Declaration!J3 says (README "Official templates").
const EXPECTED: Record<string, [Declaration['family'], string]> = {
  'AMRT-1.2_blank_zh-saved_cirscn.xlsx': ['AMRT', '1.2'],
  'AMRT-1.3_blank_zh-saved_cirscn.xlsx': ['AMRT', '1.3'],
  'CMRT-6.01_blank_zh-saved_cirscn.xlsx': ['CMRT', '6.01'],
  'CMRT-6.1_blank_zh-saved_cirscn.xlsx': ['CMRT', '6.1'],
  'CMRT-6.22_blank_zh-saved_cirscn.xlsx': ['CMRT', '6.22'],
  'CMRT-6.31_blank_zh-saved_cirscn.xlsx': ['CMRT', '6.31'],
  'CMRT-6.4_blank_en_mineral-system.xlsx': ['CMRT', '6.4'],
  'CMRT-6.4_blank_zh-saved_cirscn.xlsx': ['CMRT', '6.4'],
  'CMRT-6.5_blank_zh-saved_cirscn.xlsx': ['CMRT', '6.5'],
  'CRT-2.21_blank_zh-saved_cirscn.xlsx': ['CRT', '2.2'],
  'CRT-2.2_blank_zh-saved_cirscn.xlsx': ['CRT', '2.2'],
  'EMRT-1.11_blank_zh-saved_cirscn.xlsx': ['EMRT', '1.11'],
  'EMRT-1.1_blank_zh-saved_cirscn.xlsx': ['EMRT', '1.1'],
  'EMRT-1.2_blank_zh-saved_cirscn.xlsx': ['EMRT', '1.2'],
  'EMRT-1.3_blank_zh-saved_cirscn.xlsx': ['EMRT', '1.3'],
  'EMRT-2.0_blank_zh-saved_cirscn.xlsx': ['EMRT', '2.0'],
  'EMRT-2.1_blank_zh-saved_cirscn.xlsx': ['EMRT', '2.1'],
};

// Rows of the embedded Smelter Look-up with a metal (README "Smelter Look-up contents per file").
const LOOKUP_ROWS: Record<string, [number, number]> = {
  'CMRT-6.01_blank_zh-saved_cirscn.xlsx': [587, 311],
  'CMRT-6.4_blank_en_mineral-system.xlsx': [660, 368],
  'CMRT-6.5_blank_zh-saved_cirscn.xlsx': [637, 349],
  'EMRT-2.1_blank_zh-saved_cirscn.xlsx': [491, 305],
  'CRT-2.2_blank_zh-saved_cirscn.xlsx': [90, 64],
  // 106 rows minus the 20 pseudo-rows whose metal is a cached 0.
  'AMRT-1.3_blank_zh-saved_cirscn.xlsx': [86, 49],
};

describe.skipIf(!dir)('readTemplate on every sample template', () => {
  const files = sharedFiles('rmi-templates', ['.xlsx']);
  it('finds all 17 official samples', () => {
    expect(files.map((f) => basename(f)).sort()).toEqual(Object.keys(EXPECTED).sort());
  });
  for (const file of files) {
    const name = basename(file);
    const [family, version] = EXPECTED[name] ?? ['?', '?'];
    it(`reads ${name} as ${family} ${version} from the workbook content`, () => {
      const result = readTemplate(load(name), { fileName: name });
      expect(result.declaration?.family).toBe(family);
      expect(result.declaration?.version).toBe(version);
      expect(declarationSchema.safeParse(result.declaration).success).toBe(true);
      expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    });
  }
  for (const [name, [rows, cids]] of Object.entries(LOOKUP_ROWS)) {
    it(`reads the template's own Look-up of ${name}`, () => {
      const lookup = read(name).lookup;
      expect(lookup.length).toBe(rows);
      expect(new Set(lookup.map((e) => e.smelterId).filter((id) => id?.startsWith('CID'))).size).toBe(cids);
    });
  }
});

describe.skipIf(!dir)('reading does not depend on the UI language', () => {
  it('reads the English and the Chinese CMRT 6.4 blank alike (apart from the leftover row)', () => {
    const en = read('CMRT-6.4_blank_en_mineral-system.xlsx');
    const zh = read('CMRT-6.4_blank_zh-saved_cirscn.xlsx');
    expect(en.language).toBe('English');
    expect(zh.language).toBe('中文 Chinese');
    expect({ ...zh, language: null, smelters: [] }).toEqual({ ...en, language: null, smelters: [] });
  });
  it('reports the leftover Smelter List row of the Chinese CMRT 6.4 blank', () => {
    const [row] = read('CMRT-6.4_blank_zh-saved_cirscn.xlsx').smelters;
    expect(row).toMatchObject({
      row: 5,
      metal: 'Tin',
      lookupName: 'Alpha Metals',
      smelterId: '242332',
      idSource: 'RMI',
      country: 'US',
    });
  });
  it('reports the leftover answers of the CMRT 6.31 blank as answers', () => {
    const d = read('CMRT-6.31_blank_zh-saved_cirscn.xlsx');
    expect(d.scope).toEqual({ code: 'A', text: 'A. Company', description: null });
    const ta = d.minerals.find((m) => m.name === 'Tantalum');
    const values = ['Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8'].map((q) => ta?.answers[q]?.value);
    expect(values).toEqual(['Yes', 'Yes', 'Unknown', 'Yes', '100%', 'No', 'No']);
    expect(d.companyQuestions.find((q) => q.id === 'A')?.value).toBe('Yes');
  });
  it('reads the EMRT 2.x mineral slots from the selection', () => {
    for (const name of ['EMRT-2.0_blank_zh-saved_cirscn.xlsx', 'EMRT-2.1_blank_zh-saved_cirscn.xlsx']) {
      expect(read(name).minerals.map((m) => m.name)).toEqual([
        'Cobalt',
        'Copper',
        'Graphite',
        'Lithium',
        'Mica',
        'Nickel',
      ]);
    }
  });
  it('maps AMRT 1.2 minerals typed in Chinese to English and keeps the label', () => {
    const minerals = read('AMRT-1.2_blank_zh-saved_cirscn.xlsx').minerals;
    expect(minerals.map((m) => [m.name, m.label])).toEqual([
      ['Chromium', '铬'],
      ['Lithium', '锂'],
      ['Aluminum', '铝'],
      ['Nickel', '镍'],
      ['Copper', '铜'],
      ['Zinc', '锌'],
      ['Silver', '银'],
    ]);
  });
  it('ignores the hidden placeholder rows pre-filled with No (EMRT 1.x, CRT)', () => {
    expect(read('EMRT-1.3_blank_zh-saved_cirscn.xlsx').minerals.map((m) => m.answers['Q1']?.value)).toEqual([
      null,
      null,
    ]);
    expect(read('CRT-2.2_blank_zh-saved_cirscn.xlsx').minerals.map((m) => m.name)).toEqual(['Cobalt']);
  });
  it('takes the CRT version from the content, not the "2.21" file name', () => {
    const d = read('CRT-2.21_blank_zh-saved_cirscn.xlsx');
    expect(d.version).toBe('2.2');
    expect(d.companyQuestions.find((q) => q.id === 'G')?.value).toBe('Yes, Using Other Format (Describe)');
  });
});

const filled = sharedPath('rmi-templates/real-filled');

describe.skipIf(!filled)('real filled CMRTs match the observed values', () => {
  const countBy = (d: Declaration) => {
    const counts: Record<string, number> = {};
    for (const s of d.smelters) counts[s.metal ?? '?'] = (counts[s.metal ?? '?'] ?? 0) + 1;
    return counts;
  };
  it('reads JX Advanced Metals', () => {
    const d = read('real-filled/CMRT-6.4_filled_JX-Advanced-Metals.xlsx');
    expect([d.family, d.version, d.language]).toEqual(['CMRT', '6.4', 'English']);
    expect(d.company.name).toBe('JX Advanced Metals Corporation');
    expect(d.scope).toEqual({ code: 'B', text: 'B. Product (or List of Products)', description: null });
    expect(d.date).toBe('2024-05-30');
    // Contact fields: only properties, never values (README privacy rules).
    for (const v of [
      d.company.address,
      d.company.contact.name,
      d.company.contact.phone,
      d.company.authorizer.name,
      d.company.authorizer.phone,
    ]) {
      expect(v !== null && v.length > 0).toBe(true);
    }
    expect(d.company.contact.email?.includes('@')).toBe(true);
    expect(d.company.authorizer.email?.includes('@')).toBe(true);
    expect(d.minerals.map((m) => m.answers['Q1']?.value)).toEqual(['Yes', 'No', 'No', 'Yes']);
    for (const metal of ['Tantalum', 'Tungsten']) {
      const m = d.minerals.find((x) => x.name === metal);
      expect(['Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8'].map((q) => m?.answers[q]?.value)).toEqual([
        'Yes',
        'Yes',
        'Yes',
        'No',
        '100%',
        'Yes',
        'Yes',
      ]);
      expect(m?.inScope).toBe(true);
    }
    expect(d.minerals.filter((m) => m.inScope).map((m) => m.name)).toEqual(['Tantalum', 'Tungsten']);
    // G44 (Q4 Tantalum) holds a list of 10 CIDs; G41 and G47 contain ideographic spaces, trimmed at the ends.
    expect(d.minerals[0]?.answers['Q4']?.comment?.match(/CID\d{6}/g)?.length).toBe(10);
    expect(d.companyQuestions.map((q) => q.value)).toEqual([
      'Yes',
      'Yes',
      'Yes',
      'Yes',
      'Yes, in conformance with IPC1755 (e.g., CMRT)',
      'Yes',
      'Yes',
      'No',
    ]);
    expect(d.companyQuestions.find((q) => q.id === 'B')?.comment).toMatch(/^https?:\/\//);
    expect(countBy(d)).toEqual({ Tantalum: 16, Tungsten: 11 });
    expect(d.smelters.map((s) => s.row)).toEqual(Array.from({ length: 27 }, (_, i) => i + 5));
    const cids = d.smelters.map((s) => s.smelterId);
    expect(new Set(cids).size).toBe(21);
    expect(cids.filter((c) => c === 'CID002082').length).toBe(5);
    // Only non-personal columns are compared, so a failure never prints the smelter contacts (K/L).
    const country = (row: number) => {
      const s = d.smelters.find((x) => x.row === row);
      return [s?.countryName, s?.country];
    };
    expect(country(14)).toEqual(['China', 'CN']);
    expect(country(10)).toEqual([null, null]);
    expect(d.smelters.filter((s) => s.recycled === 'No').length).toBe(19);
    expect(d.smelters.filter((s) => s.recycled === 'Yes').length).toBe(2);
    // Formula-driven G shows 0 when the Look-up has no source: read as empty.
    expect(d.smelters.filter((s) => s.idSource === null).length).toBe(6);
    expect(d.products.map((p) => p.number)).toEqual(['Sputtering Target', 'Sputtering Target', 'Tantalum parts']);
  });
  it('reads Central Glass', () => {
    const d = read('real-filled/CMRT-6.4_filled_Central-Glass.xlsx');
    expect(d.company.name).toBe('Central Glass Co., Ltd.');
    expect(d.scope.code).toBe('A');
    expect(d.date).toBe('2024-05-10');
    expect(d.company.authorizer.phone).toBeNull();
    expect(d.company.contact.email?.includes('@')).toBe(true);
    expect(d.minerals.map((m) => m.answers['Q1']?.value)).toEqual(['No', 'No', 'No', 'Yes']);
    const w = d.minerals.find((m) => m.name === 'Tungsten');
    expect(['Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8'].map((q) => w?.answers[q]?.value)).toEqual([
      'Yes',
      'No',
      'No',
      'No',
      '100%',
      'Yes',
      'Yes',
    ]);
    expect(countBy(d)).toEqual({ Tungsten: 4 });
    expect(d.smelters.map((s) => s.smelterId).sort()).toEqual(['CID002082', 'CID002494', 'CID002513', 'CID002551']);
    expect(d.smelters.every((s) => s.country === 'CN' && s.recycled === 'No' && s.name !== null)).toBe(true);
    expect(d.products).toEqual([]);
  });
});

const legacy = sharedPath('rmi-templates/legacy-and-negative');

describe.skipIf(!legacy)('legacy and invalid samples', () => {
  const bytes = (name: string) => new Uint8Array(readFileSync(join(legacy ?? '', name)));
  it('rejects CMRT 3.01 (.xlsx) with a finding that says what to send instead', () => {
    const result = readTemplate(bytes('CMRT-3.01_devsample_ddm.xlsx'));
    expect(result.declaration).toBeUndefined();
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      severity: 'error',
      code: 'version_unsupported',
      sheet: 'Declaration',
      cell: 'J3',
    });
    expect(result.findings[0]?.message.en).toMatch(/CMRT 3\.01 is not supported/);
    expect(result.findings[0]?.fix.en).toMatch(/current CMRT \(6\.5\)/);
  });
  it('rejects the legacy .xls with an unreadable_file error', () => {
    expect(() => readTemplate(bytes('CMRT-3.01_devsample_ddm.xls'))).toThrowError(/legacy \.xls \(Excel 97–2003\)/);
  });
  it('rejects the JPEG named .xls', () => {
    expect(() => readTemplate(bytes('invalid_cmrt_actually-jpeg_ddm.xls'))).toThrowError(AppError);
  });
});

/** The English CMRT 6.4 blank with Declaration!J3 replaced. */
function withVersionLabel(label: string): Uint8Array {
  const wb = Workbook.open(load('CMRT-6.4_blank_en_mineral-system.xlsx'));
  const info = wb.sheetInfo('Declaration');
  const xml = wb.sheetXml('Declaration') ?? '';
  const patched = patchSheetXml(xml, new Map([['J3', { patch: { kind: 'text', text: label }, formula: 'replace' }]]));
  return rewriteZip(wb.zip, {
    replace: new Map([[info?.path ?? '', new TextEncoder().encode(patched)]]),
    remove: new Set(),
  });
}

describe.skipIf(!dir)('versions outside the known list', () => {
  it('reads a newer CMRT with the newest known layout and a warning', () => {
    const result = readTemplate(withVersionLabel('Revision 6.6\nApril 2026'));
    expect(result.declaration?.version).toBe('6.6');
    expect(result.findings.map((f) => [f.severity, f.code])).toEqual([['warning', 'version_newer']]);
  });
  it('refuses CMRT 5.12 with a clear finding', () => {
    const result = readTemplate(withVersionLabel('Revision 5.12\nApril 2019'));
    expect(result.declaration).toBeUndefined();
    expect(result.findings[0]?.code).toBe('version_unsupported');
  });
});

describe.skipIf(!dir)('translated drop-down values', () => {
  it('maps an AMRT recycled answer stored in another UI language back to English through the L sheet', () => {
    const wb = Workbook.open(load('AMRT-1.3_blank_zh-saved_cirscn.xlsx'));
    const info = wb.sheetInfo('Smelter List');
    const text = (t: string) => ({ patch: { kind: 'text' as const, text: t }, formula: 'replace' as const });
    const patched = patchSheetXml(
      wb.sheetXml('Smelter List') ?? '',
      new Map([
        ['B5', text('Aluminum')],
        ['C5', text('Smelter not listed')],
        ['D5', text('Example Smelter')],
        ['E5', text('CHINA')],
        ['P5', text('Oui')],
        ['B6', text('Aluminum')],
        ['C6', text('Smelter not listed')],
        ['P6', text('Peut-être')],
      ]),
    );
    const bytes = rewriteZip(wb.zip, {
      replace: new Map([[info?.path ?? '', new TextEncoder().encode(patched)]]),
      remove: new Set(),
    });
    const result = readTemplate(bytes);
    expect(result.declaration?.smelters.map((s) => s.recycled)).toEqual(['Yes', 'Peut-être']);
    expect(result.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([
      ['answer_not_in_list', 'Smelter List', 'P6'],
    ]);
  });
});

describe.skipIf(!dir)('identifying a template whose cached title is missing', () => {
  it('falls back to the English title in the hidden L sheet', () => {
    const wb = Workbook.open(load('CRT-2.2_blank_zh-saved_cirscn.xlsx'));
    const info = wb.sheetInfo('Declaration');
    const patched = patchSheetXml(
      wb.sheetXml('Declaration') ?? '',
      new Map([['D2', { patch: { kind: 'empty' }, formula: 'replace' }]]),
    );
    const bytes = rewriteZip(wb.zip, {
      replace: new Map([[info?.path ?? '', new TextEncoder().encode(patched)]]),
      remove: new Set(),
    });
    expect(readTemplate(bytes).declaration?.family).toBe('CRT');
  });
});
