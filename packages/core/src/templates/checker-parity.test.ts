/**
 * The findings a careful reviewer raises beyond (and with) RMI's Checker, on the two real filled
 * CMRTs of ../shared/rmi-templates/real-filled: each finding is provoked by one mutated copy (made
 * in memory, never written) and must appear with its cell. Skips visibly without ../shared.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CellEdit, patchCells } from '../test-support/patch-cells.js';
import { sharedPath } from '../test-support/shared-files.js';
import { checkTemplate } from './check-template.js';
import type { Declaration, Finding } from './declaration.schema.js';
import { layoutFor } from './layouts.js';

const dir = sharedPath('rmi-templates/real-filled');
const FILES = ['CMRT-6.4_filled_JX-Advanced-Metals.xlsx', 'CMRT-6.4_filled_Central-Glass.xlsx'];
const TODAY = { today: '2025-01-15' };

type Edits = Record<string, Record<string, CellEdit>>;

describe.skipIf(!dir)('Checker parity on the real filled CMRTs, one mutation per finding', () => {
  for (const name of FILES) {
    const bytes = (): Uint8Array => new Uint8Array(readFileSync(join(dir ?? '', name)));
    const original = checkTemplate(bytes(), TODAY);
    const d = original.declaration as Declaration;
    const layout = layoutFor(d.family, d.version);
    if (!layout) throw new Error(`no layout for ${d.family} ${d.version}`);
    const col = layout.smelterList.columns;
    const check = (edits: Edits) => checkTemplate(patchCells(bytes(), edits), TODAY);
    const cellsOf = (findings: readonly Finding[], code: string) =>
      findings.filter((f) => f.code === code).map((f) => f.cell);
    const listed = d.smelters.filter((s) => s.smelterId !== null && s.countryName !== null && s.row !== undefined);
    const first = listed[0];
    if (!first?.row) throw new Error(`${name}: a listed smelter row`);
    const row = first.row;

    it(`${name}: reads without a zero, date or parity finding before mutation`, () => {
      for (const code of ['zero_placeholder', 'date_ambiguous', 'smelter_id_other_metal', 'smelters_missing'])
        expect(cellsOf(original.findings, code)).toEqual([]);
    });

    it(`${name}: a metal declared in scope without any smelter row is an error`, () => {
      const metal = first.metal ?? '';
      const edits: Edits = { 'Smelter List': {} };
      const sheet = edits['Smelter List'] ?? {};
      for (const s of d.smelters.filter((x) => x.metal === metal))
        for (const letters of Object.values(col)) if (letters) sheet[`${letters}${s.row}`] = null;
      const result = check(edits);
      expect(result.findings.find((f) => f.code === 'smelters_missing')).toMatchObject({
        severity: 'error',
        message: { en: `${metal} is in scope but the Smelter List has no ${metal} smelter.` },
      });
    });

    it(`${name}: a "Smelter not yet identified" row`, () => {
      const result = check({
        'Smelter List': {
          [`${col.lookupName}${row}`]: 'Smelter not yet identified',
          [`${col.smelterId}${row}`]: null,
          [`${col.smelterIdInput}${row}`]: null,
          [`${col.name}${row}`]: null,
        },
      });
      expect(cellsOf(result.findings, 'smelter_not_identified')).toEqual([`${col.lookupName}${row}`]);
    });

    it(`${name}: an empty smelter country next to a CID`, () => {
      const result = check({ 'Smelter List': { [`${col.country}${row}`]: null } });
      expect(cellsOf(result.findings, 'smelter_country_missing')).toContain(`${col.country}${row}`);
    });

    it(`${name}: a CID of another metal`, () => {
      const other = d.lookup.find(
        (e) => e.metal !== first.metal && e.smelterId && !d.smelters.some((s) => s.smelterId === e.smelterId),
      );
      if (!other?.smelterId) throw new Error('a look-up CID of another metal');
      const result = check({
        'Smelter List': { [`${col.smelterId}${row}`]: other.smelterId, [`${col.smelterIdInput}${row}`]: null },
      });
      expect(result.findings.find((f) => f.code === 'smelter_id_other_metal')).toMatchObject({
        severity: 'error',
        cell: `${col.smelterId}${row}`,
      });
    });

    it(`${name}: literal 0 placeholders in an answer cell and in smelter cells`, () => {
      const q1 = layout.questions[0]?.headerRow ?? 0;
      const result = check({
        Declaration: { [`D${q1 + 1}`]: 0 },
        'Smelter List': { [`${col.name}${row}`]: 0, [`${col.country}${row}`]: '0' },
      });
      expect(cellsOf(result.findings, 'zero_placeholder')).toEqual([`D${q1 + 1}`, `${col.name}${row}`]);
      const smelterZero = result.findings.find((f) => f.code === 'zero_placeholder' && f.sheet === 'Smelter List');
      expect(smelterZero?.message.en).toContain(`${col.name}${row}, ${col.country}${row}`);
      // The 0 answer is read as empty, so the Checker's "missing answer" applies to it.
      expect(cellsOf(result.findings, 'answer_missing')).toContain(`D${q1 + 1}`);
      expect(cellsOf(result.findings, 'answer_not_in_list')).not.toContain(`D${q1 + 1}`);
    });

    it(`${name}: the policy question answered Yes without a URL`, () => {
      const b = layout.companyQuestions.find((q) => q.id === 'B');
      if (!b) throw new Error('question B');
      const result = check({ Declaration: { [`D${b.row}`]: 'Yes', [`G${b.row}`]: null } });
      expect(cellsOf(result.findings, 'policy_url_missing')).toEqual([`G${b.row}`]);
    });

    it(`${name}: dates typed as text, and typed ambiguously`, () => {
      const at = layout.company.date;
      const text = check({ Declaration: { [at]: '30-May-2024' } });
      expect(text.declaration?.date).toBe('2024-05-30');
      expect(cellsOf(text.findings, 'date_as_text')).toEqual([at]);
      const ambiguous = check({ Declaration: { [at]: '03/04/2024' } });
      expect(ambiguous.declaration?.date).toBe('2024-04-03');
      const finding = ambiguous.findings.find((f) => f.code === 'date_ambiguous');
      expect(finding).toMatchObject({ cell: at, severity: 'warning' });
      expect(finding?.message.en).toContain('2024-04-03');
      expect(finding?.message.en).toContain('2024-03-04');
      expect(cellsOf(ambiguous.findings, 'date_as_text')).toEqual([]);
    });

    it(`${name}: CR LF in cell text is read as LF`, () => {
      const result = check({ Declaration: { [layout.company.address]: 'Line one_x000D_\nLine two' } });
      expect(result.declaration?.company.address).toBe('Line one\nLine two');
    });
  }
});
