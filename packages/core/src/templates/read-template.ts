/**
 * Reads any supported RMI template into the canonical {@link Declaration}, by cell address from
 * the layout of its family and version, so the UI language it was saved in does not matter
 * (labels are never read; answers are stored in English, RMI-TEMPLATES §3.3).
 */

import { OTHER_MINERAL, RECYCLED } from './answer-sets.js';
import { colNumber, ref } from './cell-ref.js';
import { CountryIndex } from './countries.js';
import type {
  Answer,
  CompanyQuestion,
  Declaration,
  Finding,
  LookupEntry,
  Mine,
  Mineral,
  Product,
  Smelter,
  TemplateReadResult,
} from './declaration.schema.js';
import { identifyTemplate } from './identify-template.js';
import type { AnswerSet, MineField, ProductField, SmelterField, TemplateLayout } from './layout-types.js';
import { chooseLayout, SUPPORTED_VERSIONS } from './layouts.js';
import { canonicalMineral, stripRequiredMarker } from './mineral-names.js';
import { canonicalAnswer, cleanListText, cleanText, looseKey, parseDate } from './normalise.js';
import { makeFinding } from './rules.js';
import type { CellValue, SheetCells } from './sheet-cells.js';
import { Workbook } from './workbook.js';
import type { InflateRaw, ZipLimits } from './zip-archive.js';

/** Options of {@link readTemplate}. */
export type ReadOptions = {
  /** The file name, used only in error messages (never to identify the template). */
  readonly fileName?: string;
  readonly limits?: ZipLimits;
  /**
   * A faster (native) raw-DEFLATE inflater to use instead of the built-in pure-JS one, e.g.
   * `nodeInflateRaw` from `@assay/services` under Node; the limits hold either way.
   */
  readonly inflateRaw?: InflateRaw;
};

const DECLARATION = 'Declaration';
const SMELTER_LIST = 'Smelter List';

/** Reads a template file. Throws `unreadable_file` only when the file cannot be read at all. */
export function readTemplate(bytes: Uint8Array, options: ReadOptions = {}): TemplateReadResult {
  const wb = Workbook.open(bytes, options);
  return readWorkbook(wb);
}

/** Reads an opened workbook (used by the writer to re-read what it wrote). */
export function readWorkbook(wb: Workbook): TemplateReadResult {
  const declSheet = wb.sheet(DECLARATION, { maxCol: 10, maxRow: 200 });
  const identity = identifyTemplate(wb, declSheet);
  if ('code' in identity) return { findings: [identity] };
  const { family, version } = identity;
  const choice = chooseLayout(family, version);
  const { minimum, latest } = SUPPORTED_VERSIONS[family];
  if (choice.status === 'unsupported' || identity.legacy || !declSheet) {
    return {
      findings: [
        makeFinding('version_unsupported', {
          sheet: DECLARATION,
          cell: 'J3',
          params: { family, version, minimum, latest },
        }),
      ],
    };
  }
  const findings: Finding[] = [];
  if (choice.status === 'newer')
    findings.push(
      makeFinding('version_newer', {
        sheet: DECLARATION,
        cell: 'J3',
        params: { family, version, known: choice.knownVersion },
      }),
    );
  if (choice.status === 'unlisted')
    findings.push(
      makeFinding('version_unlisted', {
        sheet: DECLARATION,
        cell: 'J3',
        params: { family, version, known: choice.knownVersion },
      }),
    );
  const reader = new DeclarationReader(wb, declSheet, choice.layout, findings);
  return { declaration: reader.read(family, version), findings };
}

function truncate(s: string, n = 60): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** Reads one declaration with one layout, collecting read findings. */
class DeclarationReader {
  private readonly date1904: boolean;

  constructor(
    private readonly wb: Workbook,
    private readonly decl: SheetCells,
    private readonly layout: TemplateLayout,
    private readonly findings: Finding[],
  ) {
    this.date1904 = /<workbookPr[^>]*date1904="(1|true)"/.test(wb.workbookXml);
  }

  private at(a1: string): CellValue | undefined {
    const { row, col } = ref(a1);
    return this.decl.value(row, col);
  }

  private text(a1: string): string | null {
    return cleanText(this.at(a1));
  }

  private answer(row: number, allowed: AnswerSet): Answer {
    const cell = `D${row}`;
    const match = canonicalAnswer(this.decl.value(row, 4), allowed);
    if (!match.known && match.value !== null) {
      this.findings.push(
        makeFinding('answer_not_in_list', {
          sheet: DECLARATION,
          cell,
          params: { value: truncate(match.value), allowed: allowed.join(' / ') },
        }),
      );
    }
    return { value: match.value, comment: cleanText(this.decl.value(row, 7)) };
  }

  read(family: Declaration['family'], version: string): Declaration {
    const c = this.layout.company;
    const scopeText = this.text(c.scope);
    const scopeLetter = scopeText ? /^\s*([ABC])[.)]/i.exec(scopeText)?.[1]?.toUpperCase() : undefined;
    const dateValue = this.at(c.date);
    const date = parseDate(dateValue, this.date1904);
    if (date.iso === null && date.text !== null) {
      this.findings.push(
        makeFinding('date_unreadable', { sheet: DECLARATION, cell: c.date, params: { value: truncate(date.text) } }),
      );
    }
    this.checkAnchors();
    const slots = this.slotNames();
    const minerals = this.minerals(slots);
    return {
      family,
      version,
      language: this.text('D3'),
      company: {
        name: this.text(c.name),
        uniqueId: this.text(c.uniqueId),
        uniqueIdAuthority: this.text(c.uniqueIdAuthority),
        address: this.text(c.address),
        contact: { name: this.text(c.contactName), email: this.text(c.contactEmail), phone: this.text(c.contactPhone) },
        authorizer: {
          name: this.text(c.authorizerName),
          title: this.text(c.authorizerTitle),
          email: this.text(c.authorizerEmail),
          phone: this.text(c.authorizerPhone),
        },
      },
      scope: {
        code: scopeLetter === 'A' || scopeLetter === 'B' || scopeLetter === 'C' ? scopeLetter : null,
        text: scopeText,
        description: this.text(c.scopeDescription),
      },
      date: date.iso,
      minerals,
      companyQuestions: this.companyQuestions(slots),
      products: this.products(),
      smelters: this.smelters(),
      mines: this.mines(),
      lookup: this.lookup(),
    };
  }

  /**
   * Verifies the layout by markers that survive translation (§11.3): question headers start with
   * "1)" (full-width "1）" in Japanese), company questions with "A.". A label elsewhere means rows
   * were inserted or deleted, and every address below would be off.
   */
  private checkAnchors(): void {
    const anchors: { cell: string; row: number; marker: RegExp; expected: string }[] = [
      ...this.layout.questions.map((q, i) => ({
        cell: `B${q.headerRow}`,
        row: q.headerRow,
        marker: new RegExp(`^${i + 1}\\s*[)）]`),
        expected: `${i + 1}) …`,
      })),
      ...this.layout.companyQuestions.map((q) => ({
        cell: `B${q.row}`,
        row: q.row,
        marker: new RegExp(`^${q.id}\\s*[.．]`),
        expected: `${q.id}. …`,
      })),
    ];
    for (const a of anchors) {
      const label = cleanListText(this.decl.value(a.row, 2));
      if (label === null || a.marker.test(label)) continue;
      this.findings.push(
        makeFinding('layout_mismatch', { sheet: DECLARATION, cell: a.cell, params: { expected: a.expected } }),
      );
      return;
    }
  }

  /**
   * The mineral names of the slot rows, in slot order. Fixed layouts: the layout's list. EMRT 2.x
   * and AMRT: the cached labels of the Q1 rows (sorted by the template's own helper columns);
   * when those are missing or disagree with the selection, the selection sorted alphabetically.
   */
  private slotNames(): { name: string; label: string | null; cell: string | null }[] {
    const m = this.layout.minerals;
    if (m.kind === 'fixed') return m.minerals.map((name) => ({ name, label: null, cell: null }));
    const selected: { name: string; label: string | null; cell: string }[] = [];
    if (m.kind === 'bound') {
      for (const { cell, mineral } of m.cells) {
        const v = this.text(cell);
        if (v !== null && v.toLowerCase() === mineral.toLowerCase())
          selected.push({ name: mineral, label: null, cell });
      }
    } else {
      m.cells.forEach((cell, i) => {
        let v = this.text(cell);
        let at = cell;
        if (v !== null && v === OTHER_MINERAL && m.otherCells?.[i]) {
          at = m.otherCells[i] ?? cell;
          v = this.text(at);
        }
        if (v === null || v === OTHER_MINERAL) return;
        const canonical = canonicalMineral(v);
        if (!canonical)
          this.findings.push(
            makeFinding('mineral_unrecognised', { sheet: DECLARATION, cell: at, params: { value: truncate(v) } }),
          );
        selected.push({ name: canonical ?? v, label: canonical && canonical !== v ? v : null, cell: at });
      });
    }
    const q1 = this.layout.questions[0];
    if (q1) {
      const labels: string[] = [];
      for (let k = 0; k < m.slots; k++) {
        const v = cleanListText(this.decl.value(q1.headerRow + 1 + k, 2));
        if (v !== null) labels.push(stripRequiredMarker(v));
      }
      const byLabel = (label: string) => selected.find((s) => (s.label ?? s.name) === label || s.name === label);
      if (labels.length === selected.length && labels.every((l) => byLabel(l))) {
        return labels.map((l) => byLabel(l) as (typeof selected)[number]);
      }
    }
    return [...selected].sort((a, b) =>
      (a.label ?? a.name).localeCompare(b.label ?? b.name, 'en', { sensitivity: 'base' }),
    );
  }

  private minerals(slots: readonly { name: string; label: string | null }[]): Mineral[] {
    const { questions, gating } = this.layout;
    return slots.map((slot, i) => {
      const answers: Record<string, Answer> = {};
      for (const q of questions) {
        if (q.minerals && !q.minerals.includes(slot.name)) continue;
        answers[q.id] = this.answer(q.headerRow + 1 + i, q.answers);
      }
      const q1 = answers['Q1']?.value ?? null;
      const q2 = answers['Q2']?.value ?? null;
      const inScope = q1 === 'Yes' && !(q2 !== null && gating.q2Excludes.includes(q2));
      return { name: slot.name, label: slot.label, inScope, answers };
    });
  }

  private companyQuestions(slots: readonly { name: string }[]): CompanyQuestion[] {
    return this.layout.companyQuestions.map((q) => {
      const main = q.perMineral
        ? { value: cleanText(this.decl.value(q.row, 4)), comment: cleanText(this.decl.value(q.row, 7)) }
        : this.answer(q.row, q.answers);
      const out: CompanyQuestion = { id: q.id, value: main.value, comment: main.comment };
      if (q.perMineral?.kind === 'fixed') {
        out.perMineral = q.perMineral.rows.map((r) => ({
          mineral: r.mineral,
          value: this.answer(r.row, r.answers).value,
        }));
      } else if (q.perMineral?.kind === 'slots') {
        const answers = q.perMineral.answers;
        out.perMineral = slots.map((s, k) => ({ mineral: s.name, value: this.answer(q.row + 1 + k, answers).value }));
      }
      return out;
    });
  }

  private smelters(): Smelter[] {
    const { firstRow, columns } = this.layout.smelterList;
    const sheet = this.wb.sheet(SMELTER_LIST, { maxCol: 17 });
    if (!sheet) return [];
    return listRows<SmelterField>(sheet, firstRow, columns).flatMap(({ row, get }) => {
      const metal = get('metal');
      const smelterId = get('smelterId') ?? get('smelterIdInput');
      // Skip rows without metal, look-up, name or id (§11.4): helper values alone are not a row.
      if (metal === null && get('lookupName') === null && get('name') === null && smelterId === null) return [];
      const countryName = get('country');
      const recycled = get('recycled');
      return [
        {
          row,
          metal: metal === null ? null : (canonicalMineral(metal) ?? metal),
          lookupName: get('lookupName'),
          name: get('name'),
          country: this.countries().match(countryName).code,
          countryName,
          smelterId,
          idSource: get('idSource'),
          street: get('street'),
          city: get('city'),
          state: get('state'),
          contactName: get('contactName'),
          contactEmail: get('contactEmail'),
          nextSteps: get('nextSteps'),
          mineNames: get('mineNames'),
          mineCountry: get('mineCountry'),
          recycled: recycled === null ? null : this.recycled(recycled, `${columns.recycled ?? ''}${row}`),
          comments: get('comments'),
        },
      ];
    });
  }

  /**
   * The "100% recycled" answer. AMRT's drop-down is itself translated (Smelter List Z2:Z4, §9.3),
   * so a stored answer can be in any UI language: map it back through the L sheet's rows for
   * those cells (English in column D, other languages from E on).
   */
  private recycled(value: CellValue | undefined, cell: string): string | null {
    let match = canonicalAnswer(value, RECYCLED);
    if (!match.known && match.value !== null) {
      const english = this.translations().get(looseKey(match.value));
      if (english) match = canonicalAnswer(english, RECYCLED);
    }
    if (!match.known && match.value !== null) {
      this.findings.push(
        makeFinding('answer_not_in_list', {
          sheet: SMELTER_LIST,
          cell,
          params: { value: truncate(match.value), allowed: RECYCLED.join(' / ') },
        }),
      );
    }
    return match.value;
  }

  private translated: Map<string, string> | undefined;

  /** Translations of the recycled drop-down values from the hidden L sheet (scanned on first need). */
  private translations(): Map<string, string> {
    if (this.translated) return this.translated;
    const map = new Map<string, string>();
    const sheet = this.wb.sheet('L', { maxCol: 16 });
    for (let row = 2; sheet && row <= sheet.lastRow; row++) {
      const key =
        cleanText(sheet.value(row, 1)) ??
        `${cleanText(sheet.value(row, 2)) ?? ''}${cleanText(sheet.value(row, 3)) ?? ''}`;
      if (!/^Smelter List(Z|AH)[2-4]$/.test(key)) continue;
      const english = cleanText(sheet.value(row, 4));
      if (english === null) continue;
      for (let col = 5; col <= 16; col++) {
        const text = cleanText(sheet.value(row, col));
        if (text !== null) map.set(looseKey(text), english);
      }
    }
    this.translated = map;
    return map;
  }

  private mines(): Mine[] {
    const layout = this.layout.mineList;
    const sheet = layout ? this.wb.sheet('Mine List', { maxCol: 13 }) : undefined;
    if (!layout || !sheet) return [];
    return listRows<MineField>(sheet, layout.firstRow, layout.columns).flatMap(({ row, get }) => {
      const metal = get('metal');
      if (metal === null && get('smelterName') === null && get('name') === null && get('mineId') === null) return [];
      const countryName = get('country');
      return [
        {
          row,
          metal: metal === null ? null : (canonicalMineral(metal) ?? metal),
          smelterName: get('smelterName'),
          name: get('name'),
          mineId: get('mineId'),
          idSource: get('idSource'),
          country: this.countries().match(countryName).code,
          countryName,
          street: get('street'),
          city: get('city'),
          state: get('state'),
          contactName: get('contactName'),
          contactEmail: get('contactEmail'),
          nextSteps: get('nextSteps'),
          comments: get('comments'),
        },
      ];
    });
  }

  private products(): Product[] {
    const { firstRow, columns } = this.layout.productList;
    const sheet = this.wb.sheet('Product List', { maxCol: 6 });
    if (!sheet) return [];
    return listRows<ProductField>(sheet, firstRow, columns).flatMap(({ row, get }) => {
      const p = {
        row,
        number: get('number'),
        name: get('name'),
        requesterNumber: get('requesterNumber'),
        requesterName: get('requesterName'),
        comments: get('comments'),
      };
      // The copyright footer (B1001 or B2006, §7) is not a product.
      return [p.number, p.name, p.comments].some((v) => v?.startsWith('©')) ? [] : [p];
    });
  }

  private lookup(): LookupEntry[] {
    if (!this.layout.hasLookup) return [];
    const sheet = this.wb.sheet('Smelter Look-up', { maxCol: 5 });
    if (!sheet) return [];
    const out: LookupEntry[] = [];
    // The list repeats a handful of metals: each is made canonical once.
    const metals = new Map<string, string>();
    // Header on row 4, data from row 5 (§5); read by position, the headers are corrupted in Chinese.
    for (let row = 5; row <= sheet.lastRow; row++) {
      const metal = listText(sheet.value(row, 1));
      const alias = text(sheet.value(row, 2));
      if (metal === null || alias === null) continue;
      let canonical = metals.get(metal);
      if (canonical === undefined) {
        canonical = canonicalMineral(metal) ?? metal;
        metals.set(metal, canonical);
      }
      const countryName = listText(sheet.value(row, 4));
      out.push({
        metal: canonical,
        alias,
        standardName: listText(sheet.value(row, 3)),
        country: this.countries().match(countryName).code,
        countryName,
        smelterId: listText(sheet.value(row, 5)),
      });
    }
    return out;
  }

  private countryIndex: CountryIndex | undefined;

  /** The country index of this workbook (its sheet `C`). */
  countries(): CountryIndex {
    this.countryIndex ??= new CountryIndex(this.wb.sheet('C', { maxCol: 2, maxRow: 300 }));
    return this.countryIndex;
  }
}

/** True for a UTF-16 unit that no trimming removes: printable ASCII other than the space. */
function solid(c: number): boolean {
  return c > 0x20 && c < 0x7f;
}

/** {@link cleanText}, without its trimming pass for the usual text that starts and ends with a printable ASCII character. */
function text(value: CellValue | undefined): string | null {
  return typeof value === 'string' &&
    value.length > 0 &&
    solid(value.charCodeAt(0)) &&
    solid(value.charCodeAt(value.length - 1))
    ? value
    : cleanText(value);
}

/** {@link cleanListText} by way of {@link text}. */
function listText(value: CellValue | undefined): string | null {
  if (value === 0) return null;
  const s = text(value);
  return s === '0' ? null : s;
}

/**
 * Every row from `firstRow` down to the sheet's last value that has text in one of the layout's
 * columns, in order; `get` returns a field's trimmed text (a cached formula 0 counts as empty). Rows are
 * not assumed contiguous: suppliers leave gaps (§11.4).
 */
function listRows<F extends string>(
  sheet: SheetCells,
  firstRow: number,
  columns: Readonly<Partial<Record<F, string>>>,
): { row: number; get: (field: F) => string | null }[] {
  const cols: [F, number][] = [];
  for (const [field, letters] of Object.entries(columns) as [F, string | undefined][]) {
    if (letters !== undefined) cols.push([field, colNumber(letters)]);
  }
  const out: { row: number; get: (field: F) => string | null }[] = [];
  // Only rows holding some value can hold one in a layout column.
  for (const row of sheet.rowsWithValues()) {
    if (row < firstRow) continue;
    let cells: Map<F, string> | undefined;
    for (const [field, col] of cols) {
      const v = listText(sheet.value(row, col));
      if (v === null) continue;
      cells ??= new Map<F, string>();
      cells.set(field, v);
    }
    if (cells !== undefined) {
      const found = cells;
      out.push({ row, get: (field) => found.get(field) ?? null });
    }
  }
  return out;
}
